#pragma once
// Reading the history journal that Txn writes. One row per changed entity; the
// changes of one command share a transaction id, so an undo can revert a command
// as a whole.

#include "officectl/store/database.hpp"
#include "officectl/store/migrations.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace officectl::store {

// The journal's tables; listed first among the migrations.
const std::vector<Migration>& journal_migrations();

struct JournalFilter {
    std::optional<std::string> entity;       // "team.member"
    std::optional<std::int64_t> entity_id;   // with entity
    // Days (YYYY-MM-DD, inclusive) compared with each change's day: the day its
    // command reasoned with (`as_of`); for changes journalled before that was
    // always recorded, the UTC date of the wall-clock `at`.
    std::optional<std::string> since;
    std::optional<std::string> until;
    int limit = 0;                           // 0: all
    std::optional<std::int64_t> txn_id;      // the changes of one command
};

struct JournalEntry {
    std::int64_t id = 0;
    std::int64_t txn_id = 0;
    std::string at; // UTC ISO
    std::optional<std::string> as_of;
    std::string user;
    std::string command;
    std::string entity;
    std::int64_t entity_id = 0;
    std::string action;
    std::string label;
    std::optional<std::string> before; // JSON object; confidential values read "(confidential)"
    std::optional<std::string> after;  // JSON object
    std::optional<std::int64_t> undo_of; // this change undoes the command of that change (its first)
    // The sealed parts (store/confidential.hpp), only for --show-confidential: the
    // confidential values of before/after, the label and the command line as typed.
    bool sealed = false;
    std::optional<std::string> secret_label, secret_before, secret_after, secret_command;
};

// Newest first.
std::vector<JournalEntry> read_journal(Database& db, const JournalFilter& filter);

} // namespace officectl::store
