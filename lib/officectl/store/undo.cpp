#include "officectl/store/undo.hpp"

#include "officectl/core/error.hpp"
#include "officectl/store/changeset.hpp"
#include "officectl/store/confidential.hpp"
#include "officectl/store/journal.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

namespace officectl::store {
namespace {

namespace fs = std::filesystem;

// An exact inverse needs no cascade (the cascaded rows are in the changeset), and
// SQLite 3.40 cannot apply a changeset without one: foreign keys are off while the
// undo is applied, and every reference is checked before it commits. The pragma
// works only outside a transaction, so this comes before the Txn.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Database& db) : m_db(db) { m_db.sqlite().exec("PRAGMA foreign_keys=OFF"); }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;
    ~ForeignKeysOff() {
        try {
            m_db.sqlite().exec("PRAGMA foreign_keys=ON");
        } catch (...) { // the connection is unusable anyway
        }
    }

private:
    Database& m_db;
};

struct Target {
    std::int64_t txn = 0;
    std::int64_t change = 0;
    std::string command;
    std::optional<std::int64_t> undo_of;
    std::optional<std::string> no_undo;
};

Target find_target(Database& db, std::optional<std::int64_t> change) {
    Target t;
    if (change) {
        SQLite::Statement q(db.sqlite(), "SELECT txn_id FROM history WHERE id = ?");
        q.bind(1, static_cast<int64_t>(*change));
        if (!q.executeStep()) {
            throw not_found(fmt::format("no change {} in the history (see `officectl history`)", *change));
        }
        t.txn = q.getColumn(0).getInt64();
        t.change = *change;
    } else {
        SQLite::Statement q(db.sqlite(), "SELECT t.id, max(h.id) FROM history_txn t LEFT JOIN history h ON h.txn_id = t.id "
                                         "WHERE t.id = (SELECT max(id) FROM history_txn)");
        if (!q.executeStep() || q.getColumn(0).isNull()) {
            throw not_found("nothing to undo: the history is empty");
        }
        t.txn = q.getColumn(0).getInt64();
        t.change = q.getColumn(1).isNull() ? 0 : q.getColumn(1).getInt64();
    }
    SQLite::Statement q(db.sqlite(), "SELECT command, undo_of, no_undo FROM history_txn WHERE id = ?");
    q.bind(1, static_cast<int64_t>(t.txn));
    q.executeStep();
    t.command = q.getColumn(0).getString();
    if (!q.getColumn(1).isNull()) {
        t.undo_of = q.getColumn(1).getInt64();
    }
    if (!q.getColumn(2).isNull()) {
        t.no_undo = q.getColumn(2).getString();
    }
    return t;
}

// The first entry of a journal transaction: how `history` names a command.
std::int64_t first_change(Database& db, std::int64_t txn) {
    SQLite::Statement q(db.sqlite(), "SELECT min(id) FROM history WHERE txn_id = ?");
    q.bind(1, static_cast<int64_t>(txn));
    return q.executeStep() && !q.getColumn(0).isNull() ? q.getColumn(0).getInt64() : 0;
}

// A row as a person knows it: "mail.item IN-2026-0003".
std::string row_name(Database& db, const std::string& table, const std::string& pk) {
    const Entity* e = db.catalog() ? db.catalog()->by_table(table) : nullptr;
    auto key = nlohmann::json::parse(pk, nullptr, false);
    std::optional<std::int64_t> id;
    if (key.is_array() && key.size() == 1 && key[0].is_number_integer()) {
        id = key[0].get<std::int64_t>();
    }
    if (e == nullptr || e->name.empty()) {
        return id ? fmt::format("a record that belongs to another ({} {})", table, *id) : "a record that belongs to another";
    }
    if (id) {
        SQLite::Statement q(db.sqlite(), "SELECT label FROM history WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1");
        q.bind(1, std::string(e->name));
        q.bind(2, static_cast<int64_t>(*id));
        if (q.executeStep()) {
            return fmt::format("{} {}", e->name, q.getColumn(0).getString());
        }
        return fmt::format("{} #{}", e->name, *id);
    }
    return std::string(e->name);
}

// The latest later command that changed or removed one of the rows the undone
// command changed (a later command cannot add a row that exists).
void refuse_if_touched_later(Database& db, const Target& t, const std::vector<RowChange>& rows) {
    auto& q = db.cached("SELECT txn_id FROM history_row WHERE tbl = ? AND pk = ? AND txn_id > ? "
                        "ORDER BY txn_id DESC LIMIT 1");
    std::int64_t later = 0;
    const RowChange* row = nullptr;
    for (const auto& c : rows) {
        q.bind(1, c.table);
        q.bind(2, c.pk);
        q.bind(3, static_cast<int64_t>(t.txn));
        if (q.executeStep() && q.getColumn(0).getInt64() > later) {
            later = q.getColumn(0).getInt64();
            row = &c;
        }
        q.reset();
    }
    if (row == nullptr) {
        return;
    }
    SQLite::Statement lt(db.sqlite(), "SELECT command, undo_of FROM history_txn WHERE id = ?");
    lt.bind(1, static_cast<int64_t>(later));
    lt.executeStep();
    auto later_change = first_change(db, later);
    if (!lt.getColumn(1).isNull() && lt.getColumn(1).getInt64() == t.txn) {
        throw data_error(fmt::format("change {} was undone already, by change {} (`officectl undo {}` redoes it)",
                                     t.change, later_change, later_change));
    }
    throw data_error(fmt::format("cannot undo change {}: change {} (`{}`) changed {} after it; undo change {} first",
                                 t.change, later_change, lt.getColumn(0).getString(), row_name(db, row->table, row->pk),
                                 later_change));
}

// The record a person knows that row `rowid` of `table` is, or belongs to when
// it is no entity of its own (an attendee: its appointment, found through its
// foreign keys other than the one to `referred`): its entity and id.
std::optional<std::pair<const Entity*, std::int64_t>> owner_of(Database& db, const std::string& table, std::int64_t rowid,
                                                               const std::string& referred) {
    const Catalog* catalog = db.catalog();
    if (catalog == nullptr) {
        return std::nullopt;
    }
    if (const Entity* e = catalog->by_table(table); e != nullptr && !e->name.empty()) {
        return std::pair(e, rowid);
    }
    // Identifiers come from the schema; the rowid is bound.
    SQLite::Statement fks(db.sqlite(), "SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)");
    fks.bind(1, table);
    while (fks.executeStep()) {
        auto parent = fks.getColumn(0).getString();
        const Entity* pe = catalog->by_table(parent);
        if (parent == referred || pe == nullptr || pe->name.empty()) {
            continue;
        }
        SQLite::Statement v(db.sqlite(),
                            fmt::format("SELECT \"{}\" FROM \"{}\" WHERE rowid = ?", fks.getColumn(1).getString(), table));
        v.bind(1, static_cast<int64_t>(rowid));
        if (v.executeStep() && v.getColumn(0).isInteger()) {
            return std::pair(pe, v.getColumn(0).getInt64());
        }
    }
    return std::nullopt;
}

void refuse_broken_references(Database& db, const Target& t) {
    SQLite::Statement q(db.sqlite(), "PRAGMA foreign_key_check");
    if (!q.executeStep()) {
        return;
    }
    auto table = q.getColumn(0).getString();
    auto rowid = q.getColumn(1).getInt64();
    auto owner = owner_of(db, table, rowid, q.getColumn(2).getString());
    auto what = owner ? row_name(db, std::string(owner->first->table), fmt::format("[{}]", owner->second))
                      : row_name(db, table, fmt::format("[{}]", rowid));
    // The latest command that journalled that record: undo it first.
    std::optional<std::int64_t> later;
    if (owner) {
        SQLite::Statement by(db.sqlite(), "SELECT txn_id FROM history WHERE entity = ? AND entity_id = ? "
                                          "ORDER BY id DESC LIMIT 1");
        by.bind(1, std::string(owner->first->name));
        by.bind(2, static_cast<int64_t>(owner->second));
        if (by.executeStep()) {
            later = by.getColumn(0).getInt64();
        }
    }
    if (later) {
        SQLite::Statement cmd(db.sqlite(), "SELECT command FROM history_txn WHERE id = ?");
        cmd.bind(1, static_cast<int64_t>(*later));
        cmd.executeStep();
        auto change = first_change(db, *later);
        throw data_error(fmt::format("cannot undo change {}: {} (change {}, `{}`) still refers to what it would take "
                                     "back; undo change {} first",
                                     t.change, what, change, cmd.getColumn(0).getString(), change));
    }
    throw data_error(fmt::format("cannot undo change {}: {} still refers to what it would take back", t.change, what));
}

// Whether any file column of any entity still names `path`.
bool referenced(Database& db, const std::string& path) {
    for (const auto& e : db.catalog()->entities()) {
        for (auto column : e.files) {
            // Identifiers from the catalog (code); the path is bound.
            SQLite::Statement q(db.sqlite(), fmt::format("SELECT 1 FROM \"{}\" WHERE \"{}\" = ? LIMIT 1", e.table, column));
            q.bind(1, path);
            if (q.executeStep()) {
                return true;
            }
        }
    }
    return false;
}

// Copies inside the store's files folder named by the rows the undo will remove
// (the rows the command added): read before they go.
std::vector<std::string> copies_named(Database& db, const std::vector<RowChange>& rows) {
    std::vector<std::string> paths;
    auto folder = fs::absolute(db.path()).parent_path() / "files";
    for (const auto& c : rows) {
        const Entity* e = db.catalog()->by_table(c.table);
        if (e == nullptr || e->files.empty() || c.op != RowOp::insert) {
            continue;
        }
        for (auto column : e->files) {
            // Identifiers from the catalog (code); the rowid is bound.
            SQLite::Statement q(db.sqlite(), fmt::format("SELECT \"{}\" FROM \"{}\" WHERE rowid = ?", column, e->table));
            q.bind(1, static_cast<int64_t>(c.rowid));
            if (!q.executeStep() || q.getColumn(0).isNull()) {
                continue;
            }
            auto path = q.getColumn(0).getString();
            auto rel = fs::absolute(path).lexically_normal().lexically_relative(folder);
            if (!rel.empty() && *rel.begin() != "..") {
                paths.push_back(path);
            }
        }
    }
    return paths;
}

} // namespace

UndoResult undo(Database& db, const Actor& actor, std::optional<std::int64_t> change, bool dry_run) {
    ForeignKeysOff keys_off(db);
    Txn txn(db, actor); // the write lock first: what is checked below stays so until the commit
    auto target = find_target(db, change);
    UndoResult r;
    r.change = target.change;
    r.txn = target.txn;
    r.command = target.command;
    r.redone = target.undo_of;
    if (!has_changeset(db, target.txn)) {
        if (target.no_undo) {
            throw data_error(fmt::format("change {} cannot be undone: {}", target.change, *target.no_undo));
        }
        throw data_error(fmt::format("change {} cannot be undone: it was made before officectl kept undo records",
                                     target.change));
    }
    // Rows as the log names them; the full-text index follows its rows.
    std::vector<RowChange> rows;
    for_each_row(db, target.txn, false, [&](const RowChange& c) { rows.push_back(c); });
    refuse_if_touched_later(db, target, rows);
    auto copies = db.catalog() ? copies_named(db, rows) : std::vector<std::string>{};
    auto index_hook = [&](bool out) {
        return [&db, out](const std::string& table, std::int64_t rowid) {
            const Entity* e = db.catalog() ? db.catalog()->by_table(table) : nullptr;
            if (e != nullptr && (out ? e->unindex : e->reindex)) {
                (out ? e->unindex : e->reindex)(db, rowid);
            }
        };
    };
    std::string conflict;
    if (!apply_inverse(db, target.txn, index_hook(true), index_hook(false), [&](const RowChange& c, std::string_view why) {
            conflict = fmt::format("{} is {}", row_name(db, c.table, c.pk), why);
        })) {
        throw data_error(fmt::format("cannot undo change {}: {}", target.change, conflict));
    }
    refuse_broken_references(db, target);

    // Journalled as the mirror of the undone entries: undoing this redoes them.
    JournalFilter f;
    f.txn_id = target.txn;
    auto entries = read_journal(db, f);
    std::reverse(entries.begin(), entries.end()); // oldest first
    std::set<std::pair<std::string, std::int64_t>> journalled;
    for (const auto& e : entries) {
        auto before = e.before && e.secret_before ? std::optional(unseal(*e.before, *e.secret_before)) : e.before;
        auto after = e.after && e.secret_after ? std::optional(unseal(*e.after, *e.secret_after)) : e.after;
        txn.record({e.entity, e.entity_id, "undo", e.secret_label.value_or(e.label), after, before});
        r.steps.push_back({!e.before ? "remove" : !e.after ? "restore" : "revert", e.entity, e.entity_id, e.label});
        if (const Entity* ent = db.catalog() ? db.catalog()->by_name(e.entity) : nullptr) {
            journalled.emplace(std::string(ent->table), e.entity_id);
        }
    }
    std::set<std::pair<std::string, std::int64_t>> rows_seen;
    for (const auto& c : rows) {
        if (!journalled.contains({c.table, c.rowid}) && rows_seen.emplace(c.table, c.rowid).second) {
            ++r.other_rows;
        }
    }
    txn.set_undo_of(target.txn);
    if (dry_run) {
        return r; // rolled back by the Txn
    }
    r.journal_id = first_change(db, txn.journal_id());
    txn.commit();
    for (const auto& path : copies) {
        std::error_code ec;
        if (!referenced(db, path) && fs::remove(path, ec)) {
            r.files_removed.push_back(path);
        }
    }
    return r;
}

} // namespace officectl::store
