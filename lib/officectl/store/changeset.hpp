#pragma once
// What a transaction changed, row by row, kept so that `undo` can take it back.
// SQLite's pre-update hook reports every row the transaction inserts, updates or
// deletes, in any table (cascades and side effects in other domains included);
// the recorder logs, in order, a new row by its rowid alone and a changed or
// removed row with all its old values. So an import of 100 000 mails logs 100 000
// small keys, not its mail a second time, and memory stays flat: the log spills
// to a temporary file and is stored with the journal in chunks. Only lib/store
// uses it.

#include "officectl/store/database.hpp"

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace officectl::store {

enum class RowOp { insert, update, remove };
std::string_view row_op_name(RowOp op);

// One row the log names. `pk` is the journal's key of a row: its rowid as a JSON
// array ("[42]"), for a table with an integer primary key its id. `old_values`
// (a JSON object) for an update or a removal, when asked for.
struct RowChange {
    std::string table;
    RowOp op = RowOp::insert;
    std::int64_t rowid = 0;
    std::string pk;
    std::string old_values;
};

// Records the changes of one transaction, from right after BEGIN to its commit.
class ChangeRecorder {
public:
    explicit ChangeRecorder(Database& db);
    ChangeRecorder(const ChangeRecorder&) = delete;
    ChangeRecorder& operator=(const ChangeRecorder&) = delete;
    ~ChangeRecorder();

    bool empty() const { return m_records == 0; }
    // Stops recording; stores the log with journal transaction `txn_id` (unless
    // `keep` is false: a purge) and indexes the rows it changed or removed
    // (history_row). `f` sees every row, in order.
    void save(std::int64_t txn_id, bool keep, const std::function<void(const RowChange&)>& f);

    // For the pre-update hook (changeset.cpp).
    void on_change(int op, const char* table, std::int64_t old_rowid, std::int64_t new_rowid);

private:
    void flush_buffer();
    std::uint16_t table_index(const char* table);

    Database& m_db;
    std::vector<std::string> m_tables;        // the tables seen, by index
    std::vector<std::string> m_skip_prefixes; // the journal's own, SQLite's, virtual tables' shadows
    std::string m_buffer;                     // the log, until it spills
    std::FILE* m_spill = nullptr;             // the log's earlier part
    std::int64_t m_records = 0;
    bool m_failed = false; // out of memory or disk while recording: the commit fails
};

// The rows a stored log names, in order.
void for_each_row(Database& db, std::int64_t txn_id, bool with_values, const std::function<void(const RowChange&)>& f);

// Whether journal transaction `txn_id` has a stored log.
bool has_changeset(Database& db, std::int64_t txn_id);

// Takes back transaction `txn_id`'s changes, last first: a new row is deleted, a
// changed one gets its old values back, a removed one is inserted again.
// `before_change(table, rowid)` runs before a row present now is changed or
// deleted, `after_change` after a row is back or restored (the full-text
// index). A row that is gone, or whose key is taken, stops it: `conflict`
// receives it and the function returns false (the caller rolls back).
bool apply_inverse(Database& db, std::int64_t txn_id,
                   const std::function<void(const std::string&, std::int64_t)>& before_change,
                   const std::function<void(const std::string&, std::int64_t)>& after_change,
                   const std::function<void(const RowChange&, std::string_view why)>& conflict);

// Drops the stored logs of these transactions (a purge: their old values must
// not survive anywhere). Their rows stay indexed so conflicts still show.
void drop_changesets(Database& db, const std::vector<std::int64_t>& txn_ids);

} // namespace officectl::store
