// parse_mail, html_to_text and compose_mail, through the mail module (mail_module.hpp).
#include "officectl/io/mail_module.hpp"

#include "officectl/core/module.hpp"
#include "officectl/io/html_text.hpp"
#include "officectl/io/mail_compose.hpp"
#include "officectl/io/mail_parse.hpp"

namespace officectl::io {
namespace {

const MailModule& mail() { return core::module_table(officectl_mail_module, "officectl-mail.so", "officectl_mail_module"); }

} // namespace

std::optional<ParsedMail> parse_mail(std::string_view bytes, std::string source, const std::string& keep_dir,
                                     std::string& why) {
    return mail().parse_mail(bytes, std::move(source), keep_dir, why);
}

std::string html_to_text(std::string_view html) { return mail().html_to_text(html); }

std::string compose_mail(const OutgoingMail& m) { return mail().compose_mail(m); }

} // namespace officectl::io
