// The entry of officectl-mail.so (mail_module.hpp).
#include "officectl/io/mail_module.hpp"

extern "C" const officectl::io::MailModule* officectl_mail_module() {
    static const officectl::io::MailModule table{officectl::io::gmime::parse_mail, officectl::io::libxml::html_to_text,
                                                 officectl::io::gmime::compose_mail};
    return &table;
}
