#include "officectl/core/visible_text.hpp"

#include <utf8proc.h>

#include <algorithm>

namespace officectl::core {
namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD"; // U+FFFD

bool plain_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char ch) {
        auto c = static_cast<unsigned char>(ch);
        return c >= 0x20 && c < 0x7F;
    });
}

// U+2400 + c for a C0 control, U+2421 for DEL: three bytes of UTF-8 each.
void append_picture(std::string& out, unsigned c) {
    unsigned cp = c == 0x7F ? 0x2421 : 0x2400 + c;
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
}

} // namespace

std::string visible_text(std::string_view s, bool keep_breaks) {
    if (plain_ascii(s)) {
        return std::string(s);
    }
    std::string out;
    out.reserve(s.size());
    for (size_t pos = 0; pos < s.size();) {
        auto c = static_cast<unsigned char>(s[pos]);
        if (c >= 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
            ++pos;
            continue;
        }
        if (c < 0x80) { // a C0 control or DEL
            bool crlf = c == '\r' && pos + 1 < s.size() && s[pos + 1] == '\n';
            if (keep_breaks && (c == '\n' || c == '\t')) {
                out += static_cast<char>(c);
            } else if (!(keep_breaks && crlf)) {
                append_picture(out, c);
            }
            ++pos;
            continue;
        }
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                                  static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
        if (n <= 0) { // not UTF-8: one byte shown as U+FFFD
            out += k_replacement;
            ++pos;
            continue;
        }
        // C1 controls, and the noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF) that
        // no text holds and HTML parsers refuse.
        bool noncharacter = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
        if ((cp >= 0x80 && cp <= 0x9F) || noncharacter) {
            out += k_replacement;
        } else {
            out.append(s.substr(pos, static_cast<size_t>(n)));
        }
        pos += static_cast<size_t>(n);
    }
    return out;
}

std::string repaired_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t pos = 0; pos < s.size();) {
        if (static_cast<unsigned char>(s[pos]) < 0x80) {
            out += s[pos++];
            continue;
        }
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                                  static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
        if (n <= 0) {
            out += k_replacement;
            ++pos;
        } else {
            out.append(s.substr(pos, static_cast<size_t>(n)));
            pos += static_cast<size_t>(n);
        }
    }
    return out;
}

} // namespace officectl::core
