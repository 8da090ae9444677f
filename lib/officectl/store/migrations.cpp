#include "officectl/store/migrations.hpp"

#include "officectl/core/error.hpp"
#include "officectl/store/confidential.hpp"
#include "officectl/store/database.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <map>
#include <utility>

namespace officectl::store {
namespace {

using Key = std::pair<std::string, int>;

constexpr const char* k_create_table = R"(
CREATE TABLE IF NOT EXISTS schema_migrations (
    domain     TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version > 0),
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (domain, version)
) STRICT)";

std::map<Key, std::pair<std::string, std::string>> recorded(SQLite::Database& db) {
    std::map<Key, std::pair<std::string, std::string>> out;
    if (!db.tableExists("schema_migrations")) {
        return out;
    }
    SQLite::Statement q(db, "SELECT domain, version, name, applied_at FROM schema_migrations");
    while (q.executeStep()) {
        out[{q.getColumn(0).getString(), q.getColumn(1).getInt()}] = {q.getColumn(2).getString(),
                                                                        q.getColumn(3).getString()};
    }
    return out;
}

void refuse_unknown(const std::map<Key, std::pair<std::string, std::string>>& have,
                    const std::vector<Migration>& migrations) {
    for (const auto& [key, value] : have) {
        bool known = false;
        for (const auto& m : migrations) {
            known = known || (m.domain == key.first && m.version == key.second);
        }
        if (!known) {
            throw config_error(fmt::format("the store was written by a newer officectl (migration {}/{} \"{}\"); "
                                           "upgrade officectl",
                                           key.first, key.second, value.first));
        }
    }
}

} // namespace

void apply_migrations(Database& store, const std::vector<Migration>& migrations) {
    auto& db = store.sqlite();
    auto have = recorded(db);
    refuse_unknown(have, migrations);
    bool pending = false;
    for (const auto& m : migrations) {
        pending = pending || !have.contains({std::string(m.domain), m.version});
    }
    if (!pending) {
        return; // the common case: one read, no write lock
    }
    // Foreign keys are off while migrating, as SQLite's procedure for rebuilding a
    // table asks (dropping a referenced table would otherwise delete through its
    // references), and checked before the commit instead.
    db.exec("PRAGMA foreign_keys=OFF");
    struct KeysOnAgain {
        SQLite::Database& db;
        ~KeysOnAgain() {
            try {
                db.exec("PRAGMA foreign_keys=ON");
            } catch (...) { // the connection is unusable anyway
            }
        }
    } keys_on_again{db};
    // Another process may be migrating too: take the write lock, then look again.
    SQLite::Transaction txn(db, SQLite::TransactionBehavior::IMMEDIATE);
    db.exec(k_create_table);
    have = recorded(db);
    SQLite::Statement record(db, "INSERT INTO schema_migrations (domain, version, name) VALUES (?, ?, ?)");
    bool sealing_needed = false;
    for (const auto& m : migrations) {
        if (have.contains({std::string(m.domain), m.version})) {
            continue;
        }
        db.exec(std::string(m.sql));
        if (m.domain == "store" && m.version == 2 && !have.empty()) {
            // A journal written before sealing: seal what it holds in the clear.
            // (A new store has nothing to seal; its domains' tables come later.)
            sealing_needed = true;
        }
        record.bind(1, std::string(m.domain));
        record.bind(2, m.version);
        record.bind(3, std::string(m.name));
        record.exec();
        record.reset();
    }
    if (sealing_needed) {
        seal_old_journal(store);
    }
    SQLite::Statement broken(db, "PRAGMA foreign_key_check");
    if (broken.executeStep()) {
        throw Error(ExitCode::io, fmt::format("internal: a migration left a broken reference in table {}",
                                              broken.getColumn(0).getString()));
    }
    txn.commit();
}

std::vector<MigrationState> migration_status(Database& store, const std::vector<Migration>& migrations) {
    auto have = recorded(store.sqlite());
    std::vector<MigrationState> out;
    for (const auto& m : migrations) {
        MigrationState s{std::string(m.domain), m.version, std::string(m.name), "", true};
        if (auto it = have.find({s.domain, s.version}); it != have.end()) {
            s.applied_at = it->second.second;
            have.erase(it);
        }
        out.push_back(std::move(s));
    }
    for (const auto& [key, value] : have) {
        out.push_back({key.first, key.second, value.first, value.second, false});
    }
    return out;
}

} // namespace officectl::store
