#pragma once
// An mbox cut into its messages, one at a time, read in blocks from a file or a
// pipe: memory holds one message (at most limits::k_message_bytes) and a block.
//
// A message starts at a line `From ...` that begins the file (after a UTF-8 BOM
// and blank lines) or any later line, when the lines after it are a mail header
// (fields up to a blank line, one of them From, Date, Subject, Received, ...).
// So `From Russia with love` in a body that was not escaped as `>From` stays in
// its message, mboxes that leave out the blank line between
// messages still split, and one message that cannot be parsed never takes the
// ones after it along. The line break before the next `From ` is the
// separator's, not the message's (as GMime's mbox parser has it).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace officectl::io {

struct MboxMessage {
    std::uint64_t offset = 0; // where its `From ` line starts in the file
    std::string_view bytes;   // the message, without the `From ` line; valid until the next call
    bool too_large = false;   // longer than limits::k_message_bytes: `bytes` is empty
};

class MboxSplitter {
public:
    // `fd` stays the caller's; `start` holds bytes already read from it. A pipe
    // (`seekable` false) is read no further than a message that is too large.
    MboxSplitter(int fd, std::string start, bool seekable);

    // The next message; false at the end. Throws an io Error when reading fails.
    // The message stays in the splitter's buffer (no copy): `message.bytes`
    // points into it until the next call.
    bool next(MboxMessage& message);

private:
    struct Line {
        std::size_t length = 0; // bytes from m_pos, its \n included when complete
        bool complete = false;  // false: a piece of a line longer than limits::k_line_bytes
    };
    bool fill();                                  // reads a block; false at the end of input
    bool next_line(Line& line);                   // the line at m_pos, reading as needed; false at the end
    bool header_after(std::size_t length);        // whether a mail header starts `length` bytes after m_pos
    std::string_view buffer() const { return {m_data.get(), m_size}; }
    std::string_view text(const Line& line) const { return buffer().substr(m_pos, line.length); }
    void skip_bom_and_blank_lines();

    int m_fd;
    bool m_seekable;
    std::unique_ptr<char[]> m_data; // read, not zeroed: the bytes [0, m_size) hold input
    std::size_t m_capacity = 0;
    std::size_t m_size = 0;
    std::size_t m_pos = 0;          // the next byte to look at
    std::size_t m_keep = 0;         // the current message starts here: kept when the buffer moves
    bool m_keeping = false;
    std::uint64_t m_base = 0;       // file offset of m_data[0]
    bool m_eof = false;
    bool m_started = false;
    bool m_stopped = false;   // a pipe whose message was too large: the rest is not read
};

} // namespace officectl::io
