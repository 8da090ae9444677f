#include "officectl/store/maintenance.hpp"

#include "officectl/core/error.hpp"
#include "officectl/store/catalog.hpp"
#include "officectl/store/txn.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <fcntl.h>
#include <fmt/format.h>

#include <algorithm>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <thread>

namespace officectl::store {

std::vector<CheckFinding> check_store(Database& store, const std::vector<Migration>& migrations) {
    auto& db = store.sqlite();
    std::vector<CheckFinding> out;
    {
        SQLite::Statement q(db, "PRAGMA integrity_check");
        while (q.executeStep()) {
            auto line = q.getColumn(0).getString();
            out.push_back({"integrity", line, line == "ok"});
        }
    }
    {
        SQLite::Statement q(db, "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check");
        int n = 0;
        while (q.executeStep()) {
            ++n;
            out.push_back({"foreign_keys",
                           fmt::format("{} row {} refers to a missing {}", q.getColumn(0).getString(),
                                       q.getColumn(1).getInt64(), q.getColumn(2).getString()),
                           false});
        }
        if (n == 0) {
            out.push_back({"foreign_keys", "ok", true});
        }
    }
    int pending = 0;
    for (const auto& m : migration_status(store, migrations)) {
        if (m.applied_at.empty()) {
            ++pending;
            out.push_back({"migrations", fmt::format("{}/{} {} is pending", m.domain, m.version, m.name), false});
        }
    }
    if (pending == 0) {
        out.push_back({"migrations", fmt::format("ok ({} applied)", migrations.size()), true});
    }
    return out;
}

namespace {

// A file written beside its final name: removed, with SQLite's companions, unless kept.
class PartialFile {
public:
    explicit PartialFile(std::string path) : m_path(std::move(path)) {}
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;
    ~PartialFile() {
        if (!m_kept) {
            for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
                ::unlink((m_path + suffix).c_str());
            }
        }
    }
    const std::string& path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    std::string m_path;
    bool m_kept = false;
};

Error backup_error(const std::filesystem::path& target, const std::string& why) {
    return Error(ExitCode::io, fmt::format("cannot write backup \"{}\": {}", target.string(), why));
}

// Why SQLite failed on `db`: the system's reason when there is one ("No space left on device").
std::string sqlite_reason(sqlite3* db, int rc) {
    if (int e = sqlite3_system_errno(db); e != 0 && (rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED) {
        return std::strerror(e);
    }
    return sqlite3_errstr(rc);
}

void sync_path(const std::filesystem::path& path, const std::filesystem::path& target, int flags) {
    int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) {
        throw backup_error(target, std::strerror(errno));
    }
    int rc = ::fsync(fd);
    int e = errno;
    ::close(fd);
    if (rc != 0) {
        throw backup_error(target, std::strerror(e));
    }
}

// All of the store's pages copied into `dest`, in steps retried while the store is busy.
void copy_pages(Database& store, sqlite3* dest, const std::filesystem::path& target, int busy_timeout_ms) {
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", store.sqlite().getHandle(), "main");
    if (backup == nullptr) {
        throw backup_error(target, sqlite_reason(dest, sqlite3_errcode(dest)));
    }
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms);
    int rc = SQLITE_OK;
    for (;;) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_OK) {
            continue;
        }
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            continue;
        }
        break;
    }
    int finished = sqlite3_backup_finish(backup);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        throw Error(ExitCode::busy, fmt::format("cannot back up to \"{}\": the store stayed busy; try again", target.string()));
    }
    if (rc != SQLITE_DONE) {
        throw backup_error(target, sqlite_reason(dest, rc));
    }
    if (finished != SQLITE_OK) {
        throw backup_error(target, sqlite_reason(dest, finished));
    }
}

} // namespace

void backup_store(Database& store, const std::filesystem::path& target, bool overwrite) {
    std::error_code ec;
    if (std::filesystem::exists(target, ec) && !overwrite) {
        throw Error(ExitCode::cant_create,
                    fmt::format("backup \"{}\" already exists (use --force to overwrite)", target.string()));
    }
    auto parent = target.parent_path();
    if (!parent.empty() && !std::filesystem::is_directory(parent, ec)) {
        throw Error(ExitCode::cant_create,
                    fmt::format("cannot create backup \"{}\": folder \"{}\" does not exist", target.string(),
                                parent.string()));
    }
    // Written under a temporary name in the same folder, synced, then renamed: a
    // failure at any step leaves no file that looks like a finished backup (and
    // keeps the one --force would replace).
    auto folder = parent.empty() ? std::filesystem::path(".") : parent;
    std::string name = (folder / ("." + target.filename().string() + ".partial-XXXXXX")).string();
    int fd = ::mkstemp(name.data());
    if (fd < 0) {
        throw Error(ExitCode::cant_create,
                    fmt::format("cannot create backup \"{}\": {}", target.string(), std::strerror(errno)));
    }
    ::fchmod(fd, 0600);
    ::close(fd);
    PartialFile partial(name);
    {
        std::unique_ptr<SQLite::Database> dest;
        try {
            dest = std::make_unique<SQLite::Database>(partial.path(), SQLite::OPEN_READWRITE);
        } catch (const SQLite::Exception& e) {
            throw backup_error(target, e.what());
        }
        copy_pages(store, dest->getHandle(), target, 10000);
        // Closed here: SQLite has synced its commit of the copied pages.
    }
    sync_path(partial.path(), target, O_RDONLY);
    int renamed = overwrite ? -1 : ::renameat2(AT_FDCWD, partial.path().c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE);
    if (!overwrite && renamed != 0 && errno == EEXIST) { // made by someone else meanwhile
        throw Error(ExitCode::cant_create,
                    fmt::format("backup \"{}\" already exists (use --force to overwrite)", target.string()));
    }
    if (renamed != 0 && (overwrite || errno == EINVAL)) { // EINVAL: the file system cannot refuse to replace
        renamed = ::rename(partial.path().c_str(), target.c_str());
    }
    if (renamed != 0) {
        throw backup_error(target, std::strerror(errno));
    }
    partial.keep();
    sync_path(folder, target, O_RDONLY | O_DIRECTORY); // the rename itself survives a crash
}

std::vector<Reference> references_to(Database& store, std::string_view table, std::int64_t id) {
    auto& db = store.sqlite();
    SQLite::Statement fks(db, R"(
SELECT m.name, f."from", f."to"
FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
WHERE m.type = 'table' AND f."table" = ?
ORDER BY m.name, f."from")");
    fks.bind(1, std::string(table));
    std::vector<Reference> out;
    while (fks.executeStep()) {
        auto referring = fks.getColumn(0).getString();
        auto column = fks.getColumn(1).getString();
        auto target = fks.getColumn(2).isNull() ? std::string("id") : fks.getColumn(2).getString();
        // Identifiers come from the schema; the id is bound.
        SQLite::Statement count(db, fmt::format("SELECT count(*) FROM \"{}\" WHERE \"{}\" = "
                                                "(SELECT \"{}\" FROM \"{}\" WHERE id = ?)",
                                                referring, column, target, table));
        count.bind(1, static_cast<int64_t>(id));
        count.executeStep();
        if (auto n = count.getColumn(0).getInt64(); n > 0) {
            out.push_back({referring, column, n});
        }
    }
    return out;
}

std::string describe_reference(Database& db, const Reference& ref) {
    // In the user's words, from the catalog: "2 budget quotes (as vendor)", never a
    // table or column name.
    {
        std::string what = ref.table;
        if (const auto* e = db.catalog() != nullptr ? db.catalog()->by_table(ref.table) : nullptr) {
            what = std::string(e->name);
            if (auto dot = what.find('.'); dot != std::string::npos && what.substr(dot + 1) == what.substr(0, dot)) {
                what = what.substr(0, dot); // dossier.dossier -> dossier
            }
        }
        std::replace(what.begin(), what.end(), '.', ' ');
        std::replace(what.begin(), what.end(), '_', ' ');
        if (ref.count != 1 && !what.ends_with('s')) { // entity names are English nouns
            what = what.ends_with('y') ? what.substr(0, what.size() - 1) + "ies" : what + "s";
        }
        std::string role = ref.column.ends_with("_id") ? ref.column.substr(0, ref.column.size() - 3) : ref.column;
        std::replace(role.begin(), role.end(), '_', ' ');
        return fmt::format("{} {} (as {})", ref.count, what, role);
    }
}

std::vector<std::string> describe_references(Database& db, std::string_view table, std::int64_t id) {
    std::vector<std::string> out;
    for (const auto& ref : references_to(db, table, id)) {
        out.push_back(describe_reference(db, ref));
    }
    return out;
}

void checkpoint_truncate(Database& db) {
    db.reset_cached();
    SQLite::Statement q(db.sqlite(), "PRAGMA wal_checkpoint(TRUNCATE)");
    q.executeStep();
    if (q.getColumn(0).getInt() != 0) {
        throw Error(ExitCode::busy, "the store is busy (another officectl is reading); the purge is done, but its "
                                    "pages stay in the write-ahead log until the next checkpoint");
    }
}

std::int64_t repoint_references(Txn& txn, std::string_view table, std::int64_t from, std::int64_t to) {
    auto& db = txn.db().sqlite();
    SQLite::Statement fks(db, R"(
SELECT m.name, f."from"
FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
WHERE m.type = 'table' AND f."table" = ? AND (f."to" IS NULL OR f."to" = 'id'))");
    fks.bind(1, std::string(table));
    std::vector<std::pair<std::string, std::string>> columns;
    while (fks.executeStep()) {
        columns.emplace_back(fks.getColumn(0).getString(), fks.getColumn(1).getString());
    }
    std::int64_t changed = 0;
    for (const auto& [referring, column] : columns) {
        // Identifiers come from the schema; the ids are bound.
        SQLite::Statement update(db, fmt::format("UPDATE \"{}\" SET \"{}\" = ? WHERE \"{}\" = ?", referring, column, column));
        update.bind(1, static_cast<int64_t>(to));
        update.bind(2, static_cast<int64_t>(from));
        changed += update.exec();
    }
    return changed;
}

} // namespace officectl::store
