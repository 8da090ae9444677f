// The mail module's composer of messages (mail_compose.hpp says what it does).
#include "officectl/io/mail_compose.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/visible_text.hpp"
#include "officectl/io/gobject_ref.hpp"
#include "officectl/io/mail_module.hpp"

#include <fmt/format.h>
#include <gmime/gmime.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <mutex>

namespace officectl::io {
namespace {

// Outlook's separator: a ';' outside quotes is read as ','.
std::string commas(const std::string& text) {
    std::string out = text;
    bool quoted = false;
    for (char& c : out) {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == ';' && !quoted) {
            c = ',';
        }
    }
    return out;
}

bool ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; });
}

// A domain fit to name a Message-ID: letters, digits, '-' and '.', with a dot.
bool plain_domain(std::string_view d) {
    return d.find('.') != std::string_view::npos && d.front() != '.' && d.back() != '.' &&
           std::all_of(d.begin(), d.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.'; });
}

// The mailboxes of `text` added to the message's `type` header (at most `most`
// of them); the domain of the first. A usage Error naming `option` when it
// holds none, a group, a line break, an address longer than 254 characters or
// one whose local part is not ASCII (it would need SMTPUTF8).
std::string add_addresses(GMimeMessage* msg, GMimeAddressType type, const std::string& text, const char* option,
                          int most) {
    auto refuse = [&](const std::string& why) {
        return usage_error(fmt::format("{}: \"{}\" {}", option, core::visible_text(text, false), why));
    };
    bool control = std::any_of(text.begin(), text.end(), [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
    InternetAddressList* list = control ? nullptr : internet_address_list_parse(nullptr, commas(text).c_str());
    GRef<InternetAddressList> owner(list);
    int n = list != nullptr ? internet_address_list_length(list) : 0;
    std::string first_domain;
    for (int i = 0; i < n; ++i) {
        InternetAddress* a = internet_address_list_get_address(list, i);
        const char* addr = INTERNET_ADDRESS_IS_MAILBOX(a) ? internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)) : nullptr;
        std::string_view address = addr != nullptr ? addr : "";
        auto at = address.rfind('@');
        if (at == std::string_view::npos || at == 0 || at + 1 == address.size()) {
            n = 0;
            break;
        }
        if (address.size() > 254) {
            throw refuse("is longer than an e-mail address may be (254 characters)");
        }
        if (!ascii(address.substr(0, at))) {
            throw refuse("has letters outside ASCII before the @, which few mail servers take (SMTPUTF8)");
        }
        if (i == 0) {
            first_domain = std::string(address.substr(at + 1));
        }
    }
    if (n == 0) {
        throw refuse("is not an e-mail address (ann@example.be, or \"Ann <ann@example.be>\")");
    }
    if (n > most) {
        throw refuse(fmt::format("holds {} addresses: give one", n));
    }
    internet_address_list_append(g_mime_message_get_addresses(msg, type), list);
    return first_domain;
}

GMimeTextPart* text_part(const char* subtype, const std::string& text) {
    GMimeTextPart* part = g_mime_text_part_new_with_subtype(subtype);
    g_mime_text_part_set_text(part, text.c_str());
    g_mime_text_part_set_charset(part, "utf-8"); // also when it is all ASCII (GMime would say us-ascii)
    // Quoted-printable: 7-bit lines of at most 76 characters, whatever the
    // content (an HTML table row runs past SMTP's 998, and not every relay
    // takes 8 bits); it stays readable where a client shows the source.
    g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    return part;
}

} // namespace

std::string gmime::compose_mail(const OutgoingMail& m) {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
    GRef<GMimeMessage> msg(g_mime_message_new(TRUE));
    std::string from_domain;
    if (m.from) {
        from_domain = add_addresses(msg.get(), GMIME_ADDRESS_TYPE_FROM, *m.from, "--mail-from", 1);
    }
    if (m.to.empty()) {
        throw usage_error("--mail-to: give at least one address");
    }
    for (const auto& to : m.to) {
        add_addresses(msg.get(), GMIME_ADDRESS_TYPE_TO, to, "--mail-to", std::numeric_limits<int>::max());
    }
    g_mime_message_set_subject(msg.get(), m.subject.c_str(), "utf-8");
    GDateTime* date = g_date_time_new_from_unix_utc(m.date.time_since_epoch().count());
    g_mime_message_set_date(msg.get(), date);
    g_date_time_unref(date);
    // The sender's domain names the message; else the host's, when it is a
    // domain (GMime's own choice gives "vm.(none)" on many machines).
    std::string domain = plain_domain(from_domain) ? from_domain : "";
    if (domain.empty()) {
        char host[256] = {};
        if (::gethostname(host, sizeof host - 1) == 0 && plain_domain(host)) {
            domain = host;
        }
    }
    char* id = g_mime_utils_generate_message_id(domain.empty() ? "localhost.localdomain" : domain.c_str());
    g_mime_message_set_message_id(msg.get(), id);
    g_free(id);

    GRef<GMimeMultipart> body(g_mime_multipart_new_with_subtype("alternative"));
    GRef<GMimeTextPart> plain(text_part("plain", m.text));
    GRef<GMimeTextPart> html(text_part("html", m.html));
    g_mime_multipart_add(body.get(), GMIME_OBJECT(plain.get())); // the last alternative is the one preferred
    g_mime_multipart_add(body.get(), GMIME_OBJECT(html.get()));
    g_mime_message_set_mime_part(msg.get(), GMIME_OBJECT(body.get()));

    char* text = g_mime_object_to_string(GMIME_OBJECT(msg.get()), nullptr);
    std::string out = text != nullptr ? text : "";
    g_free(text);
    return out;
}

} // namespace officectl::io
