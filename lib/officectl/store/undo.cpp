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

void refuse_if_touched_later(Database& db, const Target& t) {
    SQLite::Statement q(db.sqlite(), R"(
SELECT later.txn_id, later.tbl, later.pk, lt.command, lt.undo_of
FROM history_row mine
JOIN history_row later ON later.tbl = mine.tbl AND later.pk = mine.pk AND later.txn_id > mine.txn_id
JOIN history_txn lt ON lt.id = later.txn_id
WHERE mine.txn_id = ?
ORDER BY later.txn_id DESC
LIMIT 1)");
    q.bind(1, static_cast<int64_t>(t.txn));
    if (!q.executeStep()) {
        return;
    }
    auto later = q.getColumn(0).getInt64();
    auto later_change = first_change(db, later);
    if (!q.getColumn(4).isNull() && q.getColumn(4).getInt64() == t.txn) {
        throw data_error(fmt::format("change {} was undone already, by change {} (`officectl undo {}` redoes it)",
                                     t.change, later_change, later_change));
    }
    throw data_error(fmt::format("cannot undo change {}: change {} (`{}`) changed {} after it; undo change {} first",
                                 t.change, later_change, q.getColumn(3).getString(),
                                 row_name(db, q.getColumn(1).getString(), q.getColumn(2).getString()), later_change));
}

// The primary key of row `rowid` of `table` as the journal writes it ("[1,0]"),
// and the name of what it belongs to when it is no entity of its own (an
// attendee: its appointment), found through its other foreign keys.
std::pair<std::string, std::string> row_by_rowid(Database& db, const std::string& table, std::int64_t rowid,
                                                 const std::string& referred) {
    // Identifiers come from the schema; the rowid is bound.
    std::vector<std::string> pk_columns;
    {
        SQLite::Statement cols(db.sqlite(), "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk");
        cols.bind(1, table);
        while (cols.executeStep()) {
            pk_columns.push_back(cols.getColumn(0).getString());
        }
    }
    nlohmann::json pk = nlohmann::json::array();
    for (const auto& column : pk_columns) {
        SQLite::Statement v(db.sqlite(), fmt::format("SELECT \"{}\" FROM \"{}\" WHERE rowid = ?", column, table));
        v.bind(1, static_cast<int64_t>(rowid));
        if (v.executeStep()) {
            const auto& c = v.getColumn(0);
            pk.push_back(c.isInteger() ? nlohmann::json(c.getInt64()) : nlohmann::json(c.getString()));
        }
    }
    std::string name = row_name(db, table, pk.dump());
    const Entity* e = db.catalog() ? db.catalog()->by_table(table) : nullptr;
    if (e == nullptr || e->name.empty()) {
        SQLite::Statement fks(db.sqlite(), "SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)");
        fks.bind(1, table);
        while (fks.executeStep()) {
            auto parent = fks.getColumn(0).getString();
            const Entity* pe = db.catalog() ? db.catalog()->by_table(parent) : nullptr;
            if (parent == referred || pe == nullptr || pe->name.empty()) {
                continue;
            }
            SQLite::Statement v(db.sqlite(), fmt::format("SELECT \"{}\" FROM \"{}\" WHERE rowid = ?",
                                                         fks.getColumn(1).getString(), table));
            v.bind(1, static_cast<int64_t>(rowid));
            if (v.executeStep() && v.getColumn(0).isInteger()) {
                name = row_name(db, parent, fmt::format("[{}]", v.getColumn(0).getInt64()));
                break;
            }
        }
    }
    return {name, pk.dump()};
}

void refuse_broken_references(Database& db, const Target& t) {
    SQLite::Statement q(db.sqlite(), "PRAGMA foreign_key_check");
    if (!q.executeStep()) {
        return;
    }
    auto table = q.getColumn(0).getString();
    auto [what, pk] = row_by_rowid(db, table, q.getColumn(1).getInt64(), q.getColumn(2).getString());
    SQLite::Statement by(db.sqlite(), "SELECT r.txn_id, t.command FROM history_row r JOIN history_txn t ON t.id = r.txn_id "
                                      "WHERE r.tbl = ? AND r.pk = ? ORDER BY r.txn_id DESC LIMIT 1");
    by.bind(1, table);
    by.bind(2, pk);
    if (by.executeStep()) {
        auto later = first_change(db, by.getColumn(0).getInt64());
        throw data_error(fmt::format("cannot undo change {}: {} (change {}, `{}`) still refers to what it would take "
                                     "back; undo change {} first",
                                     t.change, what, later, by.getColumn(1).getString(), later));
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

// Copies inside the store's files folder that the undone rows named.
std::vector<std::string> copies_named(Database& db, std::int64_t txn) {
    std::vector<std::string> paths;
    if (db.catalog() == nullptr) {
        return paths;
    }
    auto folder = fs::absolute(db.path()).parent_path() / "files";
    for_each_row(db, txn, true, [&](const RowChange& c) {
        const Entity* e = db.catalog()->by_table(c.table);
        if (e == nullptr || e->files.empty() || c.op == RowOp::remove) {
            return;
        }
        auto values = nlohmann::json::parse(c.new_values, nullptr, false);
        for (auto column : e->files) {
            auto it = values.find(std::string(column));
            if (it == values.end() || !it->is_string()) {
                continue;
            }
            auto path = it->get<std::string>();
            auto rel = fs::absolute(path).lexically_normal().lexically_relative(folder);
            if (!rel.empty() && *rel.begin() != "..") {
                paths.push_back(path);
            }
        }
    });
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
    refuse_if_touched_later(db, target);

    // Rows as the changeset names them; the full-text index follows its rows.
    std::vector<RowChange> rows;
    for_each_row(db, target.txn, false, [&](const RowChange& c) { rows.push_back(c); });
    auto entity_of = [&](const RowChange& c) { return db.catalog() ? db.catalog()->by_table(c.table) : nullptr; };
    for (const auto& c : rows) {
        if (const Entity* e = entity_of(c); e && e->unindex && c.id && c.op != RowOp::remove) {
            e->unindex(db, *c.id); // the row is there now and changes or goes
        }
    }
    std::string conflict;
    if (!apply_inverse(db, target.txn, [&](const RowChange& c, std::string_view why) {
            conflict = fmt::format("{} is {}", row_name(db, c.table, c.pk), why);
        })) {
        throw data_error(fmt::format("cannot undo change {}: {}", target.change, conflict));
    }
    for (const auto& c : rows) {
        if (const Entity* e = entity_of(c); e && e->reindex && c.id && c.op != RowOp::insert) {
            e->reindex(db, *c.id); // the row is back, or back as it was
        }
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
    for (const auto& c : rows) {
        if (!c.id || !journalled.contains({c.table, *c.id})) {
            ++r.other_rows;
        }
    }
    txn.set_undo_of(target.txn);
    auto copies = copies_named(db, target.txn);
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
