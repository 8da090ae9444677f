// The mail module's reader of messages (mail_parse.hpp says what it does).
#include "officectl/io/mail_parse.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/io/csv_reader.hpp"
#include "officectl/io/file_digest.hpp"
#include "officectl/io/gobject_ref.hpp"
#include "officectl/io/mail_module.hpp"
#include "officectl/io/private_files.hpp"

#include <fmt/format.h>
#include <gmime/gmime.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <mutex>

namespace officectl::io {
namespace fs = std::filesystem;
namespace {

void ensure_gmime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

std::string owned(char* s) {
    std::string out = s != nullptr ? s : "";
    g_free(s);
    return out;
}

// Makes any bytes valid UTF-8 (invalid sequences become U+FFFD: best effort), and
// reads stray C1 controls as the Windows-1252 characters they almost always are.
std::string valid_utf8(std::string_view s) {
    if (g_utf8_validate(s.data(), static_cast<gssize>(s.size()), nullptr)) {
        return c1_as_cp1252(s);
    }
    return c1_as_cp1252(owned(g_utf8_make_valid(s.data(), static_cast<gssize>(s.size()))));
}

// LF line ends, so one message reads the same from an mbox (LF) and a Maildir (CRLF).
std::string unix_lines(std::string text) {
    text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
    return text;
}

std::vector<MailAddress> addresses(InternetAddressList* list) {
    std::vector<MailAddress> out;
    if (list == nullptr) {
        return out;
    }
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress* ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            const char* name = internet_address_get_name(ia);
            const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia));
            out.push_back({valid_utf8(name ? name : ""), core::to_lower(valid_utf8(addr ? addr : ""))});
        } else if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            auto members = addresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)));
            out.insert(out.end(), members.begin(), members.end());
        }
    }
    return out;
}

std::vector<std::string> message_ids(const char* header) {
    std::vector<std::string> out;
    if (header == nullptr) {
        return out;
    }
    GMimeReferences* refs = g_mime_references_parse(nullptr, header);
    if (refs == nullptr) {
        return out;
    }
    for (int i = 0; i < g_mime_references_length(refs); ++i) {
        out.emplace_back(g_mime_references_get_message_id(refs, i));
    }
    g_mime_references_free(refs);
    return out;
}

// Decoded content of a part, through a SHA-256 filter: into a null stream, or,
// when attachments are kept, into memory and then into keep_dir/ab/abcdef...
MailAttachment describe_attachment(GMimePart* part, const std::string& keep_dir) {
    MailAttachment a;
    const char* name = g_mime_part_get_filename(part);
    a.name = valid_utf8(name ? name : "");
    a.type = owned(g_mime_content_type_get_mime_type(g_mime_object_get_content_type(GMIME_OBJECT(part))));
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (content == nullptr) {
        return a;
    }
    GRef<GMimeStream> sink(keep_dir.empty() ? g_mime_stream_null_new() : g_mime_stream_mem_new());
    GRef<GMimeStream> filtered(g_mime_stream_filter_new(sink.get()));
    GRef<GMimeFilter> checksum(g_mime_filter_checksum_new(G_CHECKSUM_SHA256));
    g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), checksum.get());
    g_mime_data_wrapper_write_to_stream(content, filtered.get());
    g_mime_stream_flush(filtered.get());
    a.sha256 = owned(g_mime_filter_checksum_get_string(GMIME_FILTER_CHECKSUM(checksum.get())));
    if (keep_dir.empty()) {
        a.size = GMIME_STREAM_NULL(sink.get())->written;
        return a;
    }
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(sink.get()));
    a.size = bytes->len;
    auto dir = fs::path(keep_dir) / a.sha256.substr(0, 2);
    auto file = dir / a.sha256;
    std::error_code ec;
    if (!fs::exists(file, ec)) {
        // Parsers run side by side and may meet the same attachment: each writes its
        // own temporary file, and the rename puts one whole copy in place.
        try {
            make_private_dirs(dir);
            write_private_file(file, std::string_view(reinterpret_cast<const char*>(bytes->data), bytes->len));
        } catch (const Error& e) {
            throw Error(ExitCode::cant_create, fmt::format("cannot keep attachment \"{}\": {}", a.name, e.what()));
        }
    }
    a.path = file.string();
    return a;
}

// The content of a part, transfer encoding undone (none, base64 or
// quoted-printable), read without GMime's stream and filter objects; nullopt for
// any other encoding.
std::optional<std::string> decoded_content(GMimePart* part) {
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (content == nullptr) {
        return std::string();
    }
    auto encoding = g_mime_data_wrapper_get_encoding(content);
    bool plain = encoding == GMIME_CONTENT_ENCODING_DEFAULT || encoding == GMIME_CONTENT_ENCODING_7BIT ||
                 encoding == GMIME_CONTENT_ENCODING_8BIT || encoding == GMIME_CONTENT_ENCODING_BINARY;
    if (!plain && encoding != GMIME_CONTENT_ENCODING_BASE64 && encoding != GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE) {
        return std::nullopt;
    }
    GMimeStream* stream = g_mime_data_wrapper_get_stream(content);
    if (stream == nullptr || g_mime_stream_reset(stream) == -1) {
        return std::nullopt;
    }
    std::string raw;
    char buffer[16 * 1024];
    ssize_t n = 0;
    while ((n = g_mime_stream_read(stream, buffer, sizeof buffer)) > 0) {
        raw.append(buffer, static_cast<size_t>(n));
    }
    if (n < 0) {
        return std::nullopt;
    }
    if (plain) {
        return raw;
    }
    GMimeEncoding state;
    g_mime_encoding_init_decode(&state, encoding);
    std::string out(g_mime_encoding_outlen(&state, raw.size()), '\0');
    out.resize(g_mime_encoding_flush(&state, raw.data(), raw.size(), out.data()));
    return out;
}

bool same_charset(const char* charset, std::initializer_list<const char*> names) {
    return std::any_of(names.begin(), names.end(), [&](const char* n) { return g_ascii_strcasecmp(charset, n) == 0; });
}

// The text of a text part in UTF-8. Text that is UTF-8 (or ASCII) already is taken
// as it is: GMime's g_mime_text_part_get_text would convert it from UTF-8 to UTF-8
// through iconv and four GObjects, 8 % of an import's parsing. Anything else —
// another charset, bytes that are not what the part says — goes GMime's way, so
// a message reads the same as it always did (its content hash depends on it).
std::string part_text(GMimeObject* obj) {
    if (!GMIME_IS_TEXT_PART(obj)) {
        return {};
    }
    const char* charset = g_mime_object_get_content_type_parameter(obj, "charset");
    bool utf8 = charset != nullptr && same_charset(charset, {"utf-8", "utf8"});
    bool ascii = charset != nullptr && same_charset(charset, {"us-ascii", "ascii"});
    if (charset == nullptr || utf8 || ascii) {
        if (auto text = decoded_content(GMIME_PART(obj))) {
            text->resize(std::strlen(text->c_str())); // GMime hands text out as a C string
            bool is_ascii = std::all_of(text->begin(), text->end(), [](char c) { return (c & 0x80) == 0; });
            if (charset == nullptr || is_ascii ||
                (utf8 && g_utf8_validate(text->data(), static_cast<gssize>(text->size()), nullptr))) {
                return valid_utf8(*text);
            }
        }
    }
    return valid_utf8(owned(g_mime_text_part_get_text(GMIME_TEXT_PART(obj))));
}

std::string content_hash(const ParsedMail& m) {
    Sha256 sum;
    auto add = [&](std::string_view s) {
        sum.add(s);
        sum.add("\x1f");
    };
    add(m.from ? m.from->addr : "");
    for (const auto& t : m.to) {
        add(t.addr);
    }
    add(m.date ? std::to_string(*m.date) : "");
    add(m.subject);
    add(m.body);
    for (const auto& a : m.attachments) {
        add(a.sha256);
    }
    return sum.hex();
}

ParsedMail parse_message(GMimeMessage* msg, std::string source, const std::string& keep_dir) {
    ParsedMail m;
    m.source = std::move(source);
    if (const char* id = g_mime_message_get_message_id(msg)) {
        m.message_id = valid_utf8(id);
    }
    m.in_reply_to = message_ids(g_mime_object_get_header(GMIME_OBJECT(msg), "In-Reply-To"));
    for (auto& r : message_ids(g_mime_object_get_header(GMIME_OBJECT(msg), "References"))) {
        if (std::find(m.in_reply_to.begin(), m.in_reply_to.end(), r) == m.in_reply_to.end()) {
            m.in_reply_to.push_back(r);
        }
    }
    auto from = addresses(g_mime_message_get_from(msg));
    if (!from.empty()) {
        m.from = from.front();
    }
    m.to = addresses(g_mime_message_get_to(msg));
    auto cc = addresses(g_mime_message_get_cc(msg));
    m.to.insert(m.to.end(), cc.begin(), cc.end());
    if (GDateTime* d = g_mime_message_get_date(msg)) {
        m.date = g_date_time_to_unix(d);
    }
    if (const char* s = g_mime_message_get_subject(msg)) {
        m.subject = valid_utf8(s);
    }
    // Body: the first text/plain part that is no attachment, else the first HTML one.
    std::string plain, html;
    if (GMimeObject* top = g_mime_message_get_mime_part(msg)) {
        auto visit = [&](GMimeObject* obj) {
            if (GMIME_IS_MULTIPART(obj) || GMIME_IS_MESSAGE_PART(obj)) {
                return;
            }
            if (!GMIME_IS_PART(obj)) {
                return;
            }
            auto* part = GMIME_PART(obj);
            GMimeContentType* type = g_mime_object_get_content_type(obj);
            bool text = g_mime_content_type_is_type(type, "text", "plain");
            bool is_html = g_mime_content_type_is_type(type, "text", "html");
            if (g_mime_part_is_attachment(part) || (!text && !is_html)) {
                m.attachments.push_back(describe_attachment(part, keep_dir));
            } else if (text && plain.empty()) {
                plain = part_text(obj);
            } else if (is_html && html.empty()) {
                html = part_text(obj);
            }
        };
        if (GMIME_IS_MULTIPART(top)) {
            GMimePartIter* iter = g_mime_part_iter_new(top);
            do {
                if (GMimeObject* cur = g_mime_part_iter_get_current(iter)) {
                    visit(cur);
                }
            } while (g_mime_part_iter_next(iter));
            g_mime_part_iter_free(iter);
        } else {
            visit(top);
        }
    }
    m.body = std::string(core::trim(unix_lines(!plain.empty() ? plain : libxml::html_to_text(html))));
    m.content_hash = content_hash(m);
    return m;
}

} // namespace

std::optional<ParsedMail> gmime::parse_mail(std::string_view bytes, std::string source, const std::string& keep_dir,
                                     std::string& why) {
    ensure_gmime();
    // GMime reads the bytes where they are: a memory stream over a byte array it
    // does not own, and only reads (data and len). The parser copies each part's
    // content (persist_stream off), so nothing refers to the bytes afterwards.
    GByteArray view{reinterpret_cast<guint8*>(const_cast<char*>(bytes.data())), static_cast<guint>(bytes.size())};
    GRef<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_stream_mem_set_byte_array(GMIME_STREAM_MEM(stream.get()), &view);
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream.get()), FALSE);
    GRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    // Each part's content copied while parsing, not sought again in the stream later.
    g_mime_parser_set_persist_stream(parser.get(), FALSE);
    GMimeMessage* msg = g_mime_parser_construct_message(parser.get(), nullptr);
    if (msg == nullptr) {
        why = "not mail";
        return std::nullopt;
    }
    GRef<GMimeMessage> owner(msg);
    auto parsed = parse_message(msg, std::move(source), keep_dir);
    if (!parsed.from && parsed.to.empty() && parsed.subject.empty() && parsed.message_id.empty() && !parsed.date) {
        why = "not mail"; // no header that mail has: text, not a message
        return std::nullopt;
    }
    return parsed;
}

} // namespace officectl::io
