#pragma once
// What we record about a file we refer to (a scan, a note, an attachment): where
// it is, how big, and its SHA-256, so `verify` can tell when it changed or went.

#include <cstdint>
#include <filesystem>
#include <string>

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

} // namespace officectl::io
