#pragma once
// The transaction guard every mutation goes through. A function that takes a
// `Txn&` writes; one that takes a `Database&` only reads. The Txn also writes the
// history journal: who, when, which command, which entity, before and after.

#include "officectl/store/database.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace officectl::store {

// Who acts, for the journal.
struct Actor {
    std::string user;    // $USER
    std::string command; // the command line as typed
    std::string at;      // wall-clock UTC, `2026-12-01T09:00:00Z`: the audit trail never uses a pinned clock
    std::optional<std::string> as_of; // the day the command reasoned with: pinned by --as-of / OFFICECTL_TODAY, or today
    // The words of the command line after `officectl`, and the options whose value
    // is free text (`--body`, `--notes`): when a change is confidential, the
    // journal's readable command line shows those values, and any word that gives
    // away a confidential value, as "(confidential)".
    std::vector<std::string> args;
    std::vector<std::string> text_options;
};

// One change to one entity. `before`/`after` are JSON objects of the whole row
// (null for an add / a removal), which is what an `undo` needs.
struct Change {
    std::string_view entity; // "team.member"
    std::int64_t id;
    std::string_view action; // "add", "edit", "rm", "end", ...
    std::string label;       // a human key at the time: the handle, a register number
    std::optional<std::string> before;
    std::optional<std::string> after;
};

class ChangeRecorder;
struct RowChange;

class Txn {
public:
    // Begins IMMEDIATE: the write lock is taken now (waiting up to the busy
    // timeout), so two writers queue instead of failing half-way. From here on
    // every row the transaction changes, in any table, is recorded for `undo`.
    Txn(Database& db, Actor actor);
    Txn(const Txn&) = delete;
    Txn& operator=(const Txn&) = delete;
    // Rolls back unless committed: a failure leaves the store as it was.
    ~Txn();

    Database& db() { return m_db; }
    // The row `id` of `table` as a JSON object; nullopt when there is none.
    std::optional<std::string> snapshot(std::string_view table, std::int64_t id);
    // Journals one change. A change to a confidential row (the Catalog says which)
    // is journalled sealed: see store/confidential.hpp.
    void record(const Change& change);
    // Journals an edit of row `id` of `table` (entity `entity`) when the row
    // differs from `before`; returns whether it did.
    bool record_edit(std::string_view entity, std::string_view table, std::int64_t id, std::string label,
                     const std::optional<std::string>& before);
    // Forgets what the journal kept of entity `id`: before/after become NULL (and
    // the label `label`, when given), its sealed values, the command lines that
    // changed it, and the undo records of those commands (which can then no longer
    // be undone). For a purge under a retention rule, where keeping the content in
    // the history would defeat the destruction.
    void redact(std::string_view entity, std::int64_t id, const std::optional<std::string>& label = std::nullopt);
    // The journal transaction this Txn writes (made at the first change).
    std::int64_t journal_id();
    // For `undo`: marks this transaction as the undo of journal transaction `txn_id`.
    void set_undo_of(std::int64_t txn_id);
    // This transaction keeps no undo record (`why` says so to `undo`): a purge,
    // whose record would hold what it destroys.
    void keep_no_undo(std::string why);
    // Number of changes recorded so far.
    int changes() const { return m_changes; }
    void commit();

private:
    void journal_side_effects(const std::vector<RowChange>& updated);
    std::string readable_command() const;

    Database& m_db;
    Actor m_actor;
    std::unique_ptr<ChangeRecorder> m_recorder;
    std::int64_t m_journal_txn = 0; // history_txn row, made at the first change
    std::map<std::string, std::string> m_snapshot_sql; // per table
    std::vector<std::string> m_secrets; // confidential values this transaction journalled
    bool m_confidential = false;
    std::optional<std::string> m_no_undo;
    int m_changes = 0;
    bool m_done = false;
};

} // namespace officectl::store
