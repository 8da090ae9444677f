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
    std::optional<std::string> since;        // UTC ISO instant, inclusive
    int limit = 0;                           // 0: all
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
    std::optional<std::string> before; // JSON object
    std::optional<std::string> after;  // JSON object
};

// Newest first.
std::vector<JournalEntry> read_journal(Database& db, const JournalFilter& filter);

} // namespace officectl::store
