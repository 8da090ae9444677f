#include "officectl/io/csv_reader.hpp"

#include <utf8proc.h>

#include <array>
#include <cstdint>

namespace officectl::io {
namespace {

// utf8proc's check: overlong forms, surrogates (ED A0..BF), code points past
// U+10FFFF (F4 90.., F5..F7 lead bytes) and cut sequences are not UTF-8; a NUL
// byte is (readers refuse NULs themselves). ASCII is passed over byte by byte.
bool valid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    std::size_t i = 0;
    while (i < s.size()) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
        if (n < 0) {
            return false;
        }
        i += static_cast<std::size_t>(n);
    }
    return true;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Windows-1252 0x80..0x9F; the rest of the upper half is Latin-1.
constexpr std::array<std::uint16_t, 32> k_cp1252{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

} // namespace

std::string c1_as_cp1252(std::string_view s) {
    if (s.find('\xc2') == std::string_view::npos) {
        return std::string(s);
    }
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
        if (c == 0xC2 && next >= 0x80 && next <= 0x9F && k_cp1252[next - 0x80] != 0xFFFD) {
            append_utf8(out, k_cp1252[next - 0x80]);
            ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string to_utf8(std::string_view text) {
    if (valid_utf8(text)) {
        return std::string(text);
    }
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out += ch;
        } else if (c < 0xA0) {
            append_utf8(out, k_cp1252[c - 0x80]);
        } else {
            append_utf8(out, c);
        }
    }
    return out;
}

} // namespace officectl::io
