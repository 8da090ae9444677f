#pragma once
// Numbered schema migrations per domain, applied in order on open, in one
// transaction, and recorded in the `schema_migrations` table. A released
// migration is never edited: a change is a new number.

#include <string>
#include <string_view>
#include <vector>

namespace officectl::store {

class Database;

struct Migration {
    std::string_view domain; // "store", "team", ...
    int version;             // 1, 2, ... within the domain
    std::string_view name;   // what it does, for `db migrate --status`
    std::string_view sql;    // one or more statements
};

struct MigrationState {
    std::string domain;
    int version = 0;
    std::string name;
    std::string applied_at; // UTC ISO; empty when pending
    bool known = true;      // false: in the store but not in this officectl (newer)
};

// Applies the pending ones. Refuses (config Error) a store that holds migrations
// this officectl does not know: it was written by a newer version. Steps that
// SQL cannot do (sealing an old journal) run in the same transaction.
void apply_migrations(Database& db, const std::vector<Migration>& migrations);
// Every known and recorded migration, in order.
std::vector<MigrationState> migration_status(Database& db, const std::vector<Migration>& migrations);

} // namespace officectl::store
