#include "officectl/io/mbox_split.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/limits.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

namespace officectl::io {
namespace {

constexpr std::size_t k_block = 256 * 1024;
// How much after a `From ` line is looked at to tell a message's header.
constexpr std::size_t k_header_lookahead = 64 * 1024;
constexpr int k_header_lines = 200;

bool blank(std::string_view line) { return line == "\n" || line == "\r\n"; }

// The field name of a header line (`Subject: x` -> `Subject`), empty when it is none.
std::string_view field_name(std::string_view line) {
    auto colon = line.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon > 200) {
        return {};
    }
    auto name = line.substr(0, colon);
    bool printable = std::all_of(name.begin(), name.end(), [](char ch) {
        auto c = static_cast<unsigned char>(ch);
        return c > 32 && c < 127;
    });
    return printable ? name : std::string_view();
}

// Fields every mail header has one of; `Year: 1963` after `From Russia with love`
// in a body is no message's header.
bool mail_field(std::string_view name) {
    static constexpr std::string_view k_fields[] = {
        "from", "sender", "to", "cc", "date", "subject", "message-id", "received", "return-path",
        "mime-version", "delivered-to", "reply-to", "in-reply-to", "references", "content-type"};
    for (auto field : k_fields) {
        if (name.size() == field.size() &&
            std::equal(name.begin(), name.end(), field.begin(), [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; })) {
            return true;
        }
    }
    return false;
}

} // namespace

MboxSplitter::MboxSplitter(int fd, std::string start, bool seekable)
    : m_fd(fd), m_seekable(seekable), m_data(std::make_unique_for_overwrite<char[]>(std::max(start.size(), k_block))),
      m_capacity(std::max(start.size(), k_block)), m_size(start.size()) {
    std::memcpy(m_data.get(), start.data(), start.size());
}

bool MboxSplitter::fill() {
    if (m_eof) {
        return false;
    }
    // Drop what is done with (before the message being read, else before m_pos).
    auto keep = m_keeping ? m_keep : m_pos;
    if (keep > 0 && keep >= m_size / 2) {
        std::memmove(m_data.get(), m_data.get() + keep, m_size - keep);
        m_size -= keep;
        m_pos -= keep;
        m_keep -= std::min(m_keep, keep);
        m_base += keep;
    }
    if (m_capacity - m_size < k_block) {
        auto capacity = std::max(2 * m_capacity, m_size + k_block);
        auto bigger = std::make_unique_for_overwrite<char[]>(capacity);
        std::memcpy(bigger.get(), m_data.get(), m_size);
        m_data = std::move(bigger);
        m_capacity = capacity;
    }
    ssize_t n = 0;
    do {
        n = ::read(m_fd, m_data.get() + m_size, m_capacity - m_size);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        throw Error(ExitCode::io, fmt::format("cannot read: {}", std::strerror(errno)));
    }
    m_size += static_cast<std::size_t>(n);
    m_eof = n == 0;
    return n > 0;
}

bool MboxSplitter::next_line(Line& line) {
    std::size_t searched = 0; // bytes after m_pos known to hold no \n
    for (;;) {
        auto from = m_data.get() + m_pos + searched;
        auto* nl = static_cast<const char*>(std::memchr(from, '\n', m_size - m_pos - searched));
        if (nl != nullptr && static_cast<std::size_t>(nl - (m_data.get() + m_pos)) < core::limits::k_line_bytes) {
            line = {static_cast<std::size_t>(nl - (m_data.get() + m_pos)) + 1, true};
            return true;
        }
        auto available = m_size - m_pos;
        if (available >= core::limits::k_line_bytes) { // a piece of a very long line
            line = {core::limits::k_line_bytes, false};
            return true;
        }
        searched = available;
        if (!fill()) {
            if (available == 0) {
                return false;
            }
            line = {available, true}; // the last line, without its \n
            return true;
        }
    }
}

bool MboxSplitter::header_after(std::size_t length) {
    // Enough of what follows to see the header block: read until a blank line
    // ends it or k_header_lookahead bytes are there.
    while (buffer().find("\n\n", m_pos + length) == std::string_view::npos &&
           m_size - m_pos - length < k_header_lookahead && fill()) {
    }
    auto rest = buffer().substr(m_pos + length, k_header_lookahead);
    bool known = false;
    for (int lines = 0; !rest.empty() && lines < k_header_lines; ++lines) {
        auto nl = rest.find('\n');
        auto line = rest.substr(0, nl);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (line.empty()) {
            break; // the header ends
        }
        if (line.front() == ' ' || line.front() == '\t') {
            if (lines == 0) {
                return false;
            }
        } else {
            auto name = field_name(line);
            if (name.empty()) {
                return false; // text, not a header
            }
            known = known || mail_field(name);
        }
        if (nl == std::string_view::npos) {
            break;
        }
        rest.remove_prefix(nl + 1);
    }
    return known;
}

void MboxSplitter::skip_bom_and_blank_lines() {
    while (m_size - m_pos < 3 && fill()) {
    }
    if (buffer().substr(m_pos, 3) == "\xEF\xBB\xBF") {
        m_pos += 3;
    }
    Line line;
    while (next_line(line) && line.complete && blank(text(line))) {
        m_pos += line.length;
    }
}

bool MboxSplitter::next(MboxMessage& message) {
    if (!m_started) {
        m_started = true;
        skip_bom_and_blank_lines();
    }
    message = MboxMessage{};
    m_keeping = false;
    Line line;
    if (m_stopped || !next_line(line)) {
        return false;
    }
    message.offset = m_base + m_pos;
    m_pos += line.length; // the `From ` line, a piece at a time should it be endless
    while (!line.complete && next_line(line)) {
        m_pos += line.length;
    }
    m_keep = m_pos; // the message stays in the buffer from here while it is read
    m_keeping = true;
    bool at_start = true; // m_pos begins a line
    auto bytes = [&] {
        if (message.too_large) {
            return std::string_view();
        }
        auto end = m_pos;
        if (end > m_keep && m_data[end - 1] == '\n') {
            --end; // the separator's line break
        }
        return buffer().substr(m_keep, end - m_keep);
    };
    while (next_line(line)) {
        if (at_start && line.complete && text(line).substr(0, 5) == "From " && header_after(line.length)) {
            message.bytes = bytes();
            return true;
        }
        auto piece = text(line);
        at_start = line.complete && !piece.empty() && piece.back() == '\n';
        m_pos += line.length;
        if (!message.too_large && m_pos - m_keep > core::limits::k_message_bytes) {
            message.too_large = true;
            m_keeping = false; // nothing of it is kept
            if (!m_seekable) { // a pipe may never end: stop here
                m_stopped = true;
                return true;
            }
        }
    }
    // The last message: all of it, its final line break included.
    message.bytes = message.too_large ? std::string_view() : buffer().substr(m_keep, m_pos - m_keep);
    return true;
}

} // namespace officectl::io
