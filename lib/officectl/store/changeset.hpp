#pragma once
// What a transaction changed, row by row, kept so that `undo` can take it back:
// SQLite's session extension records every row the transaction inserts, updates
// or deletes in any table (cascades and side effects in other domains included),
// and its changeset is stored with the transaction in the journal, in chunks, so
// memory stays flat for an import of any size. Only lib/store uses it.

#include "officectl/store/database.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3_session;

namespace officectl::store {

enum class RowOp { insert, update, remove };
std::string_view row_op_name(RowOp op);

// One row a changeset touches. `pk` is the primary key as a JSON array ("[42]"),
// the journal's key for "which row"; `old_values`/`new_values` are the columns the
// changeset holds (all for an insert or a removal, the changed ones for an update)
// as a JSON object, filled only when asked for.
struct RowChange {
    std::string table;
    RowOp op = RowOp::insert;
    std::string pk;
    std::optional<std::int64_t> id; // the primary key when it is one integer
    std::string old_values;
    std::string new_values;
};

// Records the changes of one transaction. Started right after BEGIN.
class ChangeRecorder {
public:
    explicit ChangeRecorder(Database& db);
    ChangeRecorder(const ChangeRecorder&) = delete;
    ChangeRecorder& operator=(const ChangeRecorder&) = delete;
    ~ChangeRecorder();

    bool empty() const;
    // Stores the changeset with journal transaction `txn_id` and indexes the rows
    // it touches (history_row); returns those rows (without values).
    std::vector<RowChange> save(std::int64_t txn_id);
    // Only indexes the rows (a purge: its changeset would hold what it destroys).
    std::vector<RowChange> index_only(std::int64_t txn_id);

private:
    Database& m_db;
    sqlite3_session* m_session = nullptr;
};

// The rows a stored changeset touches, in its order.
void for_each_row(Database& db, std::int64_t txn_id, bool with_values, const std::function<void(const RowChange&)>& f);

// Whether journal transaction `txn_id` has a stored changeset.
bool has_changeset(Database& db, std::int64_t txn_id);

// Applies the inverse of transaction `txn_id`'s changeset. A row that is not as
// the changeset left it stops the whole apply: `conflict` receives it and the
// function returns false (the caller rolls back).
bool apply_inverse(Database& db, std::int64_t txn_id, const std::function<void(const RowChange&, std::string_view why)>& conflict);

// Drops the stored changesets of these transactions (a purge: their content
// must not survive anywhere). Their rows stay indexed so conflicts still show.
void drop_changesets(Database& db, const std::vector<std::int64_t>& txn_ids);

} // namespace officectl::store
