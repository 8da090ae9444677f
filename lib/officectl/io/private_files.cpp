#include "officectl/io/private_files.hpp"

#include "officectl/core/error.hpp"
#include "officectl/io/file_digest.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace officectl::io {
namespace fs = std::filesystem;
namespace {

Error cannot_write(const fs::path& target, const std::string& why) {
    return Error(ExitCode::cant_create, fmt::format("cannot write \"{}\": {}", target.string(), why));
}

// A temporary file beside `target`, 0600, created new; its descriptor.
int open_temporary(const fs::path& target, fs::path& tmp) {
    static std::atomic<unsigned> count{0}; // parsers run side by side in one process
    tmp = target;
    tmp += fmt::format(".{}.{}.tmp", ::getpid(), count++);
    int fd = ::open(tmp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw cannot_write(target, std::strerror(errno));
    }
    return fd;
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// Closes `fd` and renames `tmp` onto `target`; on failure removes `tmp` and throws.
void finish(int fd, const fs::path& tmp, const fs::path& target, bool written) {
    int saved = written ? 0 : errno;
    if (written && ::close(fd) != 0) {
        saved = errno;
        written = false;
    } else if (!written) {
        ::close(fd);
    }
    if (written && ::rename(tmp.c_str(), target.c_str()) != 0) {
        saved = errno;
        written = false;
    }
    if (!written) {
        ::unlink(tmp.c_str());
        throw cannot_write(target, std::strerror(saved != 0 ? saved : EIO));
    }
}

} // namespace

void make_private_dirs(const fs::path& dir) {
    if (dir.empty()) {
        return;
    }
    std::error_code ec;
    if (fs::is_directory(dir, ec)) {
        return;
    }
    make_private_dirs(dir.parent_path() == dir ? fs::path() : dir.parent_path());
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
        throw Error(ExitCode::cant_create, fmt::format("cannot create folder \"{}\": {}", dir.string(), std::strerror(errno)));
    }
    ::chmod(dir.c_str(), 0700); // whatever the umask left
}

void write_private_file(const fs::path& target, std::string_view bytes) {
    fs::path tmp;
    int fd = open_temporary(target, tmp);
    finish(fd, tmp, target, write_all(fd, bytes));
}

void copy_private_file(const fs::path& from, const fs::path& target, const std::string& expected_sha256) {
    int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        throw not_found(fmt::format("cannot read \"{}\": {}", from.string(), std::strerror(errno)));
    }
    fs::path tmp;
    int out = -1;
    try {
        out = open_temporary(target, tmp);
    } catch (...) {
        ::close(in);
        throw;
    }
    Sha256 sum;
    bool written = true;
    char buffer[64 * 1024];
    for (;;) {
        ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            written = false;
            break;
        }
        if (n == 0) {
            break;
        }
        std::string_view chunk(buffer, static_cast<std::size_t>(n));
        sum.add(chunk);
        if (!write_all(out, chunk)) {
            written = false;
            break;
        }
    }
    ::close(in);
    bool same = written && sum.hex() == expected_sha256;
    if (written && !same) {
        ::close(out);
        ::unlink(tmp.c_str());
        throw Error(ExitCode::io, fmt::format("{} changed while it was copied: try again", from.string()));
    }
    finish(out, tmp, target, written);
}

} // namespace officectl::io
