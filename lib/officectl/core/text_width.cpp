#include "officectl/core/text_width.hpp"

#include <utf8proc.h>

namespace officectl::core {
namespace {

// Decodes one code point at s[pos]; returns its byte length (1 for invalid bytes).
size_t next_codepoint(std::string_view s, size_t pos, utf8proc_int32_t& cp) {
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                              static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
    if (n <= 0) {
        cp = -1;
        return 1;
    }
    return static_cast<size_t>(n);
}

int width_of(utf8proc_int32_t cp) { return cp < 0 ? 1 : utf8proc_charwidth(cp); }

} // namespace

int display_width(std::string_view s) {
    int width = 0;
    for (size_t pos = 0; pos < s.size();) {
        utf8proc_int32_t cp = 0;
        pos += next_codepoint(s, pos, cp);
        width += width_of(cp);
    }
    return width;
}

std::string truncate_to_width(std::string_view s, int width) {
    if (display_width(s) <= width) {
        return std::string(s);
    }
    if (width <= 0) {
        return {};
    }
    std::string out;
    int used = 0;
    for (size_t pos = 0; pos < s.size();) {
        utf8proc_int32_t cp = 0;
        auto len = next_codepoint(s, pos, cp);
        int w = width_of(cp);
        if (used + w > width - 1) { // keep one column for the ellipsis
            break;
        }
        out.append(s.substr(pos, len));
        used += w;
        pos += len;
    }
    return out + "…";
}

} // namespace officectl::core
