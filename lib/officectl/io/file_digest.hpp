#pragma once
// What we record about a file we refer to (a scan, a note, an attachment): where
// it is, how big, and its SHA-256, so `verify` can tell when it changed or went.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace officectl::io {

struct FileDigest {
    std::string path; // absolute
    std::uintmax_t size = 0;
    std::string sha256; // lower-case hex
};

// Reads the file in blocks (memory stays flat). Errors: no_input when missing or
// not a regular file, io when unreadable.
FileDigest digest_file(const std::filesystem::path& path);
// SHA-256 of a text, lower-case hex.
std::string sha256_hex(std::string_view text);

// SHA-256 fed piece by piece, through nettle, which uses the processor's SHA
// instructions where it has them (five times GLib's speed on a mail body).
class Sha256 {
public:
    Sha256();
    void add(std::string_view bytes);
    std::string hex(); // lower-case; the digest ends here
private:
    alignas(std::max_align_t) unsigned char m_context[128]; // nettle's sha256_ctx, kept out of this header
};

} // namespace officectl::io
