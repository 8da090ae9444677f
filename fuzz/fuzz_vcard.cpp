// vCard text values: escaped (RFC 6350 3.4) and folded at 75 octets (3.2) for
// any UTF-8 text. Checked, not only run: every folded line fits in 75 octets
// and never splits a UTF-8 sequence, and unfolding and unescaping give the
// value back.

#include "officectl/contact/vcard.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

std::string unfold(const std::string& folded) {
    std::string out;
    for (std::size_t pos = 0; pos < folded.size();) {
        auto end = folded.find("\r\n", pos);
        if (end == std::string::npos) {
            __builtin_trap(); // every line ends in CRLF
        }
        auto line = folded.substr(pos, end - pos);
        if (line.size() > 75) {
            __builtin_trap();
        }
        if (pos > 0) {
            if (line.empty() || line[0] != ' ') {
                __builtin_trap(); // continuation lines start with a space
            }
            line.erase(0, 1);
        }
        if (!line.empty() && (static_cast<unsigned char>(line[0]) & 0xC0) == 0x80) {
            __builtin_trap(); // a line starts inside a UTF-8 sequence
        }
        out += line;
        pos = end + 2;
    }
    return out;
}

std::string unescape(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            char c = text[++i];
            out += (c == 'n' || c == 'N') ? '\n' : c;
        } else {
            out += text[i];
        }
    }
    return out;
}

bool valid_utf8(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size()) {
            return false;
        }
        for (std::size_t k = 1; k < n; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
                return false;
            }
        }
        i += n;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string value(reinterpret_cast<const char*>(data), size);
    if (!valid_utf8(value) || value.find('\r') != std::string::npos) {
        return -1; // values are UTF-8 text; CR is not kept in a vCard value
    }
    auto escaped = officectl::contact::vcard_escape(value);
    auto line = "NOTE:" + escaped;
    auto folded = officectl::contact::vcard_fold(line);
    if (unfold(folded) != line || unescape(escaped) != value) {
        __builtin_trap();
    }
    return 0;
}
