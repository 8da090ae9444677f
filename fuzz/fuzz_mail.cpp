// The mail reader on any bytes, as `mail import` reads a file: told apart (mbox,
// message, other), an mbox cut into messages, each checked against the limits
// and parsed by GMime, HTML bodies through libxml2. Every message is handed
// over or skipped with a reason; nothing crashes, leaks or runs away.

#include "officectl/core/error.hpp"
#include "officectl/io/mail_reader.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace officectl;
    // The bytes as a file (in memory), read through its /proc path as any other.
    int fd = memfd_create("fuzz-mail", MFD_CLOEXEC);
    if (fd < 0) {
        return 0;
    }
    for (std::size_t done = 0; done < size;) {
        auto n = ::write(fd, data + done, size - done);
        if (n <= 0) {
            ::close(fd);
            return 0;
        }
        done += static_cast<std::size_t>(n);
    }
    auto path = "/proc/self/fd/" + std::to_string(fd);
    int handed = 0, skipped = 0;
    for (bool maildir_message : {false, true}) {
        io::read_source({path, maildir_message, {}}, [&](io::ParsedMail&& m) { handed += m.content_hash.size() == 64; },
                        [&](io::SkippedFile&& s) { skipped += !s.why.empty(); });
    }
    ::close(fd);
    (void)io::html_to_text(std::string_view(reinterpret_cast<const char*>(data), size));
    return handed + skipped >= 0 ? 0 : 1;
}
