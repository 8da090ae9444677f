#include "officectl/store/journal.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace officectl::store {

const std::vector<Migration>& journal_migrations() {
    static const std::vector<Migration> migrations{
        {"store", 1, "history journal", R"(
CREATE TABLE history_txn (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    as_of   TEXT,
    user    TEXT NOT NULL,
    command TEXT NOT NULL
) STRICT;
CREATE TABLE history (
    id        INTEGER PRIMARY KEY,
    txn_id    INTEGER NOT NULL REFERENCES history_txn (id),
    entity    TEXT NOT NULL CHECK (entity <> ''),
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL CHECK (action <> ''),
    label     TEXT NOT NULL,
    before    TEXT CHECK (before IS NULL OR json_valid(before)),
    after     TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;
CREATE INDEX history_by_entity ON history (entity, entity_id);
CREATE INDEX history_by_txn ON history (txn_id);
)"},
        // Undo and confidentiality. A transaction keeps its log (every row it
        // added, by key; every row it changed or removed, with its old values) in
        // pieces, and an index of the rows it changed or removed, so a later change
        // to a row is found at once.
        // A confidential value is journalled apart (history_secret), as is the
        // command line that typed it (history_txn_secret); a purge empties both.
        {"store", 2, "undo records and the sealed part of the journal", R"(
ALTER TABLE history_txn ADD COLUMN undo_of INTEGER REFERENCES history_txn (id);
ALTER TABLE history_txn ADD COLUMN no_undo TEXT;
CREATE TABLE history_changeset (
    txn_id INTEGER NOT NULL REFERENCES history_txn (id),
    seq    INTEGER NOT NULL CHECK (seq >= 0), -- 0: the tables the log names
    data   BLOB NOT NULL,
    PRIMARY KEY (txn_id, seq)
) STRICT;
CREATE TABLE history_row (
    txn_id INTEGER NOT NULL REFERENCES history_txn (id),
    tbl    TEXT NOT NULL,
    pk     TEXT NOT NULL,
    op     TEXT NOT NULL CHECK (op = 'insert' OR op = 'update' OR op = 'delete')
) STRICT;
CREATE INDEX history_row_by_row ON history_row (tbl, pk, txn_id);
CREATE INDEX history_row_by_txn ON history_row (txn_id);
CREATE TABLE history_secret (
    history_id INTEGER PRIMARY KEY REFERENCES history (id),
    label      TEXT,
    before     TEXT CHECK (before IS NULL OR json_valid(before)),
    after      TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;
CREATE TABLE history_txn_secret (
    txn_id  INTEGER PRIMARY KEY REFERENCES history_txn (id),
    command TEXT NOT NULL
) STRICT;
)"},
    };
    return migrations;
}

std::vector<JournalEntry> read_journal(Database& store, const JournalFilter& f) {
    SQLite::Statement q(store.sqlite(), R"(
SELECT h.id, h.txn_id, t.at, t.as_of, t.user, t.command, h.entity, h.entity_id, h.action, h.label,
       h.before, h.after, (SELECT min(u.id) FROM history u WHERE u.txn_id = t.undo_of), s.history_id IS NOT NULL OR c.txn_id IS NOT NULL, s.label, s.before, s.after,
       c.command
FROM history h JOIN history_txn t ON t.id = h.txn_id
LEFT JOIN history_secret s ON s.history_id = h.id
LEFT JOIN history_txn_secret c ON c.txn_id = h.txn_id
WHERE (?1 IS NULL OR h.entity = ?1)
  AND (?2 IS NULL OR h.entity_id = ?2)
  AND (?3 IS NULL OR coalesce(t.as_of, substr(t.at, 1, 10)) >= ?3)
  AND (?5 IS NULL OR coalesce(t.as_of, substr(t.at, 1, 10)) <= ?5)
  AND (?6 IS NULL OR h.txn_id = ?6)
ORDER BY h.id DESC
LIMIT ?4)");
    if (f.entity) {
        q.bind(1, *f.entity);
    }
    if (f.entity_id) {
        q.bind(2, static_cast<int64_t>(*f.entity_id));
    }
    if (f.since) {
        q.bind(3, *f.since);
    }
    if (f.until) {
        q.bind(5, *f.until);
    }
    if (f.txn_id) {
        q.bind(6, static_cast<int64_t>(*f.txn_id));
    }
    q.bind(4, f.limit > 0 ? f.limit : -1);
    std::vector<JournalEntry> out;
    auto opt = [&](int col) -> std::optional<std::string> {
        if (q.getColumn(col).isNull()) {
            return std::nullopt;
        }
        return q.getColumn(col).getString();
    };
    while (q.executeStep()) {
        JournalEntry e;
        e.id = q.getColumn(0).getInt64();
        e.txn_id = q.getColumn(1).getInt64();
        e.at = q.getColumn(2).getString();
        e.as_of = opt(3);
        e.user = q.getColumn(4).getString();
        e.command = q.getColumn(5).getString();
        e.entity = q.getColumn(6).getString();
        e.entity_id = q.getColumn(7).getInt64();
        e.action = q.getColumn(8).getString();
        e.label = q.getColumn(9).getString();
        e.before = opt(10);
        e.after = opt(11);
        if (!q.getColumn(12).isNull()) {
            e.undo_of = q.getColumn(12).getInt64();
        }
        e.sealed = q.getColumn(13).getInt() != 0;
        e.secret_label = opt(14);
        e.secret_before = opt(15);
        e.secret_after = opt(16);
        e.secret_command = opt(17);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace officectl::store
