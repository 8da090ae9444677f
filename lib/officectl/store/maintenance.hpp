#pragma once
// Keeping the store healthy: integrity and foreign-key checks, online backups,
// and finding what still refers to a row.

#include "officectl/store/database.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace officectl::store {

struct CheckFinding {
    std::string check;  // "integrity", "foreign_keys", "migrations"
    std::string detail; // "ok" when clean
    bool ok = true;
};

// PRAGMA integrity_check, PRAGMA foreign_key_check, and pending migrations.
std::vector<CheckFinding> check_store(Database& db, const std::vector<Migration>& migrations);

// Copies the live store to `target` with SQLite's online backup API; the copy is
// consistent even while others write. Refuses to overwrite unless `overwrite`.
// The copy is written to a temporary file in the target's folder, synced and
// renamed: `target` appears only complete, and on any failure (disk full, file
// too large, I/O error) the temporary file is removed and an existing `target`
// is left as it was.
// Errors: cant_create (exists, or folder missing or not writable), io (the copy
// failed: the reason from the system), busy (the store stayed locked).
void backup_store(Database& db, const std::filesystem::path& target, bool overwrite);

// After a purge: moves everything in the write-ahead log into the store file
// and empties the log, so no page of the destroyed content stays in the -wal
// file (freed pages are overwritten with zeros: secure_delete is always on).
void checkpoint_truncate(Database& db);

struct Reference {
    std::string table;  // the referring table
    std::string column; // its foreign-key column
    std::int64_t count = 0;
};

// Rows in any table whose foreign keys point at row `id` of `table`, found from
// the schema itself, so a domain learns it is referred to without knowing by whom.
std::vector<Reference> references_to(Database& db, std::string_view table, std::int64_t id);

// One of them in the user's words: "2 team members (as manager)".
std::string describe_reference(Database& db, const Reference& ref);
// The same, as text for a message in the user's words: "2 team members (as manager)".
std::vector<std::string> describe_references(Database& db, std::string_view table, std::int64_t id);

class Txn;
// Points every foreign key that refers to row `from` of `table` at row `to`
// instead (for merging duplicates). Returns the number of rows changed.
std::int64_t repoint_references(Txn& txn, std::string_view table, std::int64_t from, std::int64_t to);

} // namespace officectl::store
