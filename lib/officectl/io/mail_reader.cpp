// A source of mail (an mbox, a message file, a pipe) read message by message:
// each message is read into memory (a Maildir file with one read: a file stream
// made GMime seek and read again for each part), checked against the limits,
// then parsed from memory.

#include "officectl/io/mail_reader.hpp"

#include "officectl/core/limits.hpp"
#include "officectl/io/mail_parse.hpp"
#include "officectl/io/mail_shape.hpp"
#include "officectl/io/mbox_split.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

namespace officectl::io {
namespace {

using core::limits::k_message_bytes;

// How much of a file is read to tell what it is.
constexpr std::size_t k_sniff_bytes = 64 * 1024;

class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

std::string too_large() { return fmt::format("larger than {} MiB", k_message_bytes >> 20); }

// Appends what `fd` holds to `out`, up to `limit` bytes in all; false when more
// was there (then `out` holds limit + 1 bytes) or reading failed (`why` set).
bool read_rest(int fd, std::string& out, std::size_t limit, std::string& why) {
    constexpr std::size_t k_block = 256 * 1024;
    while (out.size() <= limit) {
        auto used = out.size();
        auto want = std::min(k_block, limit + 1 - used);
        out.resize(used + want);
        ssize_t n = ::read(fd, out.data() + used, want);
        if (n < 0 && errno == EINTR) {
            out.resize(used);
            continue;
        }
        if (n < 0) {
            why = std::strerror(errno);
            out.resize(used);
            return false;
        }
        out.resize(used + static_cast<std::size_t>(n));
        if (n == 0) {
            return true;
        }
    }
    return false;
}

// A file of `size` bytes (as fstat said) read whole: a message file is written
// once (Maildir delivers it whole under its final name), so no second read is
// spent looking for more. False (and `why`) when reading fails.
bool read_sized(int fd, std::size_t size, std::unique_ptr<char[]>& out, std::size_t& used, std::string& why) {
    out = std::make_unique_for_overwrite<char[]>(std::max<std::size_t>(size, 1)); // no zeroing: read over at once
    used = 0;
    while (used < size) {
        ssize_t n = ::read(fd, out.get() + used, size - used);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            why = std::strerror(errno);
            return false;
        }
        if (n == 0) {
            break; // shorter than it was: parse what there is
        }
        used += static_cast<std::size_t>(n);
    }
    return true;
}

// The bytes after a UTF-8 BOM and blank lines.
std::string_view content_start(std::string_view s) {
    if (s.substr(0, 3) == "\xEF\xBB\xBF") {
        s.remove_prefix(3);
    }
    while (!s.empty() && (s.front() == '\n' || s.substr(0, 2) == "\r\n")) {
        s.remove_prefix(s.front() == '\n' ? 1 : 2);
    }
    return s;
}

enum class Kind { mbox, message, other };

// Told apart by content: an mbox starts with "From ", a message with a header line.
Kind sniff(std::string_view head) {
    auto s = content_start(head);
    if (s.substr(0, 5) == "From ") {
        return Kind::mbox;
    }
    auto line = s.substr(0, s.find('\n'));
    auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
        return Kind::other;
    }
    for (size_t i = 0; i < colon; ++i) {
        auto c = static_cast<unsigned char>(line[i]);
        if (c <= 32 || c >= 127) {
            return Kind::other;
        }
    }
    return Kind::message;
}

struct Handlers {
    const std::function<void(ParsedMail&&)>& on_mail;
    const std::function<void(SkippedFile&&)>& on_skip;
    const std::string& keep_dir;
};

// One message's bytes: checked against the limits, then parsed.
void take_message(std::string_view bytes, std::string source, const Handlers& h) {
    if (auto why = beyond_mail_limits(bytes)) {
        h.on_skip({std::move(source), std::move(*why)});
        return;
    }
    std::string why;
    if (auto mail = parse_mail(content_start(bytes), source, h.keep_dir, why)) {
        h.on_mail(std::move(*mail));
    } else {
        h.on_skip({std::move(source), std::move(why)});
    }
}

void read_mbox(int fd, const std::string& path, std::string head, bool seekable, const Handlers& h) {
    MboxSplitter splitter(fd, std::move(head), seekable);
    MboxMessage message;
    while (splitter.next(message)) {
        auto source = fmt::format("{}@{}", path, message.offset);
        if (message.too_large) {
            h.on_skip({std::move(source), too_large()});
        } else {
            take_message(message.bytes, std::move(source), h);
        }
    }
}

} // namespace

void read_source(const MailSource& source, const std::function<void(ParsedMail&&)>& on_mail,
                 const std::function<void(SkippedFile&&)>& on_skip, const std::string& keep_dir) {
    Handlers h{on_mail, on_skip, keep_dir};
    const auto& path = source.path;
    if (!source.unreadable.empty()) {
        on_skip({path, source.unreadable});
        return;
    }
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    struct stat st {};
    if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0) {
        on_skip({path, std::strerror(errno)});
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        on_skip({path, "a folder"});
        return;
    }
    bool regular = S_ISREG(st.st_mode);
    if (!regular && !S_ISFIFO(st.st_mode)) {
        on_skip({path, "not a regular file"}); // a device such as /dev/zero never ends
        return;
    }
    if (regular && source.maildir_message && static_cast<std::uint64_t>(st.st_size) > k_message_bytes) {
        on_skip({path, too_large()});
        return;
    }
    std::string bytes, why;
    if (source.maildir_message && regular) { // one message: read whole, with one read
        std::unique_ptr<char[]> data;
        std::size_t size = 0;
        if (!read_sized(fd.get(), static_cast<std::size_t>(st.st_size), data, size, why)) {
            on_skip({path, why});
            return;
        }
        take_message(std::string_view(data.get(), size), path, h);
        return;
    }
    if (source.maildir_message) {
        if (!read_rest(fd.get(), bytes, k_message_bytes, why)) {
            on_skip({path, why.empty() ? too_large() : why});
            return;
        }
        take_message(bytes, path, h);
        return;
    }
    if (!read_rest(fd.get(), bytes, k_sniff_bytes - 1, why) && !why.empty()) {
        on_skip({path, why});
        return;
    }
    switch (sniff(bytes)) {
    case Kind::other: on_skip({path, "not mail"}); return;
    case Kind::mbox: read_mbox(fd.get(), path, std::move(bytes), regular, h); return;
    case Kind::message:
        if (!read_rest(fd.get(), bytes, k_message_bytes, why)) {
            on_skip({path, why.empty() ? too_large() : why});
            return;
        }
        take_message(bytes, path, h);
        return;
    }
}

void read_mail(const std::string& path, const std::function<void(ParsedMail&&)>& on_mail,
               const std::function<void(SkippedFile&&)>& on_skip, const std::string& keep_dir) {
    for (const auto& source : mail_sources(path)) {
        read_source(source, on_mail, on_skip, keep_dir);
    }
}

} // namespace officectl::io
