#pragma once
// The store: one SQLite file, opened with WAL, synchronous=NORMAL, foreign keys on
// and a busy timeout, so a cron job and a person can use it at the same time.
// Only lib/store and the domains' store files reach the SQLite handle.

#include "officectl/core/error.hpp"
#include "officectl/store/catalog.hpp"
#include "officectl/store/migrations.hpp"

#include <exception>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace SQLite {
class Database;
class Statement;
}

namespace officectl::store {

struct OpenOptions {
    // Create missing parent directories (for the default location only: a
    // mistyped --db should fail, not invent folders).
    bool create_parent = false;
    int busy_timeout_ms = 10000;
    // The domains' entities (office.cpp's catalog()): the journal seals
    // confidential values by it and `undo` reads it. Outlives the Database.
    const Catalog* catalog = nullptr;
};

class Database {
public:
    // Opens or creates the store (file mode 0600) and applies pending migrations.
    // Errors: cant_create when the file or its folder cannot be made, io when it is
    // not a database, busy when it stays locked, config for a newer schema.
    static Database open(const std::filesystem::path& path, const std::vector<Migration>& migrations,
                         const OpenOptions& options = {});
    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    const std::filesystem::path& path() const { return m_path; }
    const Catalog* catalog() const { return m_catalog; }
    // For lib/store and the domain store files only.
    SQLite::Database& sqlite() { return *m_db; }
    // A statement prepared once per connection, handed out reset and unbound:
    // for hot paths (imports), where preparing dominates. Do not nest two uses
    // of the same SQL text.
    SQLite::Statement& cached(const std::string& sql);
    // Resets every cached statement, so none holds a read of the store open
    // (before a checkpoint that empties the write-ahead log).
    void reset_cached();

private:
    Database(std::filesystem::path path, std::unique_ptr<SQLite::Database> db);
    std::filesystem::path m_path;
    const Catalog* m_catalog = nullptr;
    std::unique_ptr<SQLite::Database> m_db;
    std::map<std::string, std::unique_ptr<SQLite::Statement>> m_statements; // declared after m_db: finalized first
};

// Turns a failure from SQLite (busy, locked, constraint, I/O) into an Error with
// the right exit code; other exceptions become an I/O Error carrying their text.
Error as_error(const std::exception& e);

} // namespace officectl::store
