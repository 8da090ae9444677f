// The mail module's composer of messages (mail_compose.hpp says what it does).
#include "officectl/io/mail_compose.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/visible_text.hpp"
#include "officectl/io/mail_module.hpp"

#include <fmt/format.h>
#include <gmime/gmime.h>

#include <algorithm>
#include <mutex>

namespace officectl::io {
namespace {

template <typename T> struct Owned {
    T* p;
    explicit Owned(T* ptr) : p(ptr) {}
    Owned(const Owned&) = delete;
    Owned& operator=(const Owned&) = delete;
    ~Owned() {
        if (p != nullptr) {
            g_object_unref(p);
        }
    }
};

// The mailboxes of `text` added to the message's `type` header; a usage Error
// naming `option` when it holds none, a group, or a line break.
void add_addresses(GMimeMessage* msg, GMimeAddressType type, const std::string& text, const char* option) {
    bool control = std::any_of(text.begin(), text.end(), [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
    InternetAddressList* list = control ? nullptr : internet_address_list_parse(nullptr, text.c_str());
    Owned<InternetAddressList> owner(list);
    int n = list != nullptr ? internet_address_list_length(list) : 0;
    for (int i = 0; i < n; ++i) {
        InternetAddress* a = internet_address_list_get_address(list, i);
        const char* addr = INTERNET_ADDRESS_IS_MAILBOX(a) ? internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)) : nullptr;
        if (addr == nullptr || std::string_view(addr).find('@') == std::string_view::npos) {
            n = 0;
            break;
        }
    }
    if (n == 0) {
        throw usage_error(fmt::format("{}: \"{}\" is not an e-mail address (ann@example.be, or \"Ann <ann@example.be>\")",
                                      option, core::visible_text(text, false)));
    }
    internet_address_list_append(g_mime_message_get_addresses(msg, type), list);
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
    Owned<GMimeMessage> msg(g_mime_message_new(TRUE));
    if (m.from) {
        add_addresses(msg.p, GMIME_ADDRESS_TYPE_FROM, *m.from, "--mail-from");
    }
    if (m.to.empty()) {
        throw usage_error("--mail-to: give at least one address");
    }
    for (const auto& to : m.to) {
        add_addresses(msg.p, GMIME_ADDRESS_TYPE_TO, to, "--mail-to");
    }
    g_mime_message_set_subject(msg.p, m.subject.c_str(), "utf-8");
    GDateTime* date = g_date_time_new_from_unix_utc(m.date.time_since_epoch().count());
    g_mime_message_set_date(msg.p, date);
    g_date_time_unref(date);
    // The sender's domain names the message (else the host's name, GMime's default).
    std::string domain;
    if (m.from) {
        auto at = m.from->rfind('@');
        domain = at == std::string::npos ? "" : m.from->substr(at + 1);
        domain.erase(std::remove_if(domain.begin(), domain.end(), [](char c) { return c == '>' || c == ' '; }), domain.end());
    }
    char* id = g_mime_utils_generate_message_id(domain.empty() ? nullptr : domain.c_str());
    g_mime_message_set_message_id(msg.p, id);
    g_free(id);

    Owned<GMimeMultipart> body(g_mime_multipart_new_with_subtype("alternative"));
    Owned<GMimeTextPart> plain(text_part("plain", m.text));
    Owned<GMimeTextPart> html(text_part("html", m.html));
    g_mime_multipart_add(body.p, GMIME_OBJECT(plain.p)); // the last alternative is the one preferred
    g_mime_multipart_add(body.p, GMIME_OBJECT(html.p));
    g_mime_message_set_mime_part(msg.p, GMIME_OBJECT(body.p));

    char* text = g_mime_object_to_string(GMIME_OBJECT(msg.p), nullptr);
    std::string out = text != nullptr ? text : "";
    g_free(text);
    return out;
}

} // namespace officectl::io
