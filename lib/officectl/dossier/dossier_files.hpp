#pragma once
// The files behind a dossier's documents: copied into the store's files folder
// (files/dossier/ab/abcdef..., by SHA-256, so a file given twice is kept once),
// re-hashed by `verify`, removed by a purge.

#include "officectl/dossier/dossier.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace officectl::dossier {

// The folder the copies go into, next to the store file.
std::filesystem::path copies_folder(const std::filesystem::path& store_file);

// Path, size and SHA-256 of `file` (read in blocks); with `copy_into`, the file
// is copied there first and the document points at the copy. Errors: no_input
// for a missing file, cant_create when the copy fails.
Document describe_file(const std::filesystem::path& file, const std::filesystem::path& copy_into);

enum class FileState { ok, missing, changed };
std::string_view file_state_name(FileState s);

struct FileCheck {
    Document document;
    FileState state = FileState::ok;
    std::string detail; // what differs
};

// Re-hashes each document's file.
std::vector<FileCheck> verify_files(const std::vector<Document>& documents);

// Removes copies that are ours (stored) and gone from the store; returns how
// many files were removed. Run after the purge committed.
int remove_copies(const std::vector<std::string>& paths);

} // namespace officectl::dossier
