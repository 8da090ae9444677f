#pragma once
// Files officectl writes beside the store (kept attachments, copied documents,
// invitations): only their owner may read them (files 0600, folders 0700, as the
// store), and each is there whole or not at all: written to a temporary file in
// the same folder and renamed into place; on any failure (a full disk) the
// temporary file is removed and a cant_create Error (73) says why.

#include <filesystem>
#include <string>
#include <string_view>

namespace officectl::io {

// Creates `dir` and its missing parents, each 0700 (whatever the umask).
void make_private_dirs(const std::filesystem::path& dir);

// Writes `bytes` to `target` (replacing it), 0600.
void write_private_file(const std::filesystem::path& target, std::string_view bytes);

// Copies `from` to `target`, 0600, and returns the copy's SHA-256 (hex), which
// the caller compares with what it hashed before: a file that changed meanwhile
// is refused rather than kept different. Errors: no_input when `from` cannot be
// read, cant_create when the copy cannot be written, io when `from` changed
// (the copy's hash differs from `expected_sha256`).
void copy_private_file(const std::filesystem::path& from, const std::filesystem::path& target,
                       const std::string& expected_sha256);

} // namespace officectl::io
