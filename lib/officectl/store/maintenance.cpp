#include "officectl/store/maintenance.hpp"

#include "officectl/core/error.hpp"
#include "officectl/store/txn.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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

void backup_store(Database& store, const std::filesystem::path& target, bool overwrite) {
    std::error_code ec;
    if (std::filesystem::exists(target, ec)) {
        if (!overwrite) {
            throw Error(ExitCode::cant_create,
                        fmt::format("backup \"{}\" already exists (use --force to overwrite)", target.string()));
        }
        std::filesystem::remove(target, ec);
    }
    auto parent = target.parent_path();
    if (!parent.empty() && !std::filesystem::is_directory(parent, ec)) {
        throw Error(ExitCode::cant_create,
                    fmt::format("cannot create backup \"{}\": folder \"{}\" does not exist", target.string(),
                                parent.string()));
    }
    int fd = ::open(target.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw Error(ExitCode::cant_create,
                    fmt::format("cannot create backup \"{}\": {}", target.string(), std::strerror(errno)));
    }
    ::close(fd);
    SQLite::Database dest(target.string(), SQLite::OPEN_READWRITE);
    SQLite::Backup backup(dest, store.sqlite());
    backup.executeStep(-1); // all pages in one step
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

std::vector<std::string> describe_references(Database& db, std::string_view table, std::int64_t id) {
    std::vector<std::string> out;
    for (const auto& ref : references_to(db, table, id)) {
        out.push_back(fmt::format("{}.{} ({})", ref.table, ref.column, ref.count));
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
