#include "officectl/io/mail_shape.hpp"

#include "officectl/core/limits.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

namespace officectl::io {
namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) {
            return false;
        }
    }
    return true;
}

// The boundary a `boundary=` parameter at `at` declares (quoted or a token).
std::string_view boundary_value(std::string_view m, std::size_t at) {
    auto v = m.substr(at);
    if (!v.empty() && v.front() == '"') {
        v.remove_prefix(1);
        return v.substr(0, v.find_first_of("\"\r\n"));
    }
    return v.substr(0, v.find_first_of("; \t\r\n"));
}

std::string_view trim_end(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

// Calls `each(line)` for every line of `m` (without its \n).
template <typename F> void for_each_line(std::string_view m, F each) {
    for (std::size_t pos = 0; pos < m.size();) {
        auto nl = m.find('\n', pos);
        each(m.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
        if (nl == std::string_view::npos) {
            break;
        }
        pos = nl + 1;
    }
}

bool nested_message(std::string_view line) {
    if (line.empty() || (line[0] != 'c' && line[0] != 'C') || !starts_with_ci(line, "content-type:")) {
        return false;
    }
    auto value = line.substr(13);
    auto first = value.find_first_not_of(" \t");
    return first != std::string_view::npos && starts_with_ci(value.substr(first), "message/");
}

// The parts exactly: lines that open a part under a boundary the message
// declares (`--b`; `--b--` closes), and nested messages. Only run when the cheap
// count is over the limit; stops counting past it.
std::size_t exact_parts(std::string_view m) {
    std::unordered_set<std::string_view> boundaries;
    static constexpr std::string_view k_key = "boundary=";
    for (std::size_t pos = 0; (pos = m.find('=', pos)) != std::string_view::npos; ++pos) {
        if (pos + 1 >= k_key.size() && starts_with_ci(m.substr(pos + 1 - k_key.size()), k_key)) {
            if (auto b = boundary_value(m, pos + 1); !b.empty()) {
                boundaries.insert(b);
            }
        }
    }
    std::size_t parts = 0;
    for_each_line(m, [&](std::string_view line) {
        if (line.size() > 2 && line[0] == '-' && line[1] == '-') {
            parts += boundaries.count(trim_end(line.substr(2)));
        } else if (nested_message(line)) {
            ++parts;
        }
    });
    return parts;
}

} // namespace

std::optional<std::string> beyond_mail_limits(std::string_view m) {
    using core::limits::k_mail_header_bytes;
    using core::limits::k_mime_parts;
    // One pass: where the header ends, and, cheaply, how many parts there can
    // be: every part needs a line starting with `--` or a nested message; most
    // mail has a handful of those, and is done here.
    std::size_t candidates = 0;
    std::size_t header = std::string_view::npos;
    for_each_line(m, [&](std::string_view line) {
        if (header == std::string_view::npos && (line.empty() || line == "\r")) {
            header = static_cast<std::size_t>(line.data() - m.data());
        }
        candidates += (line.size() > 2 && line[0] == '-' && line[1] == '-') || nested_message(line);
    });
    if (std::min(header, m.size()) > k_mail_header_bytes) {
        return fmt::format("a header larger than {} MiB", k_mail_header_bytes >> 20);
    }
    if (candidates > k_mime_parts && exact_parts(m) > k_mime_parts) {
        return fmt::format("more than {} MIME parts", k_mime_parts);
    }
    return std::nullopt;
}

} // namespace officectl::io
