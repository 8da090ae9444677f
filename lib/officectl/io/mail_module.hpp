#pragma once
// The mail module (officectl-mail.so): reading a message with GMime and an HTML
// body with libxml2, and composing one (a report as a mail) with GMime. GMime brings GLib, GIO, gpgme and a dozen more shared
// objects, so they are loaded by the commands that read mail, not by every
// start (core/module.hpp). mail_parse.hpp, html_text.hpp and mail_compose.hpp are the interface
// the rest of officectl calls; this is the table behind it.
#include "officectl/io/mail_compose.hpp"
#include "officectl/io/mail_reader.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace officectl::io {

struct MailModule {
    std::optional<ParsedMail> (*parse_mail)(std::string_view bytes, std::string source, const std::string& keep_dir,
                                            std::string& why);
    std::string (*html_to_text)(std::string_view html);
    std::string (*compose_mail)(const OutgoingMail& mail);
};

// The module's own implementations (mail_parse.cpp, html_text.cpp).
namespace gmime {
std::optional<ParsedMail> parse_mail(std::string_view bytes, std::string source, const std::string& keep_dir,
                                     std::string& why);
std::string compose_mail(const OutgoingMail& mail); // mail_compose.cpp
}
namespace libxml {
std::string html_to_text(std::string_view html);
}

} // namespace officectl::io

// The module's entry (mail_module_entry.cpp); weak, so that it is null where the
// module is not linked in.
extern "C" const officectl::io::MailModule* officectl_mail_module() __attribute__((weak));
