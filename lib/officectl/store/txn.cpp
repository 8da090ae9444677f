#include "officectl/store/txn.hpp"

#include "officectl/core/error.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace officectl::store {

Txn::Txn(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {
    m_db.sqlite().exec("BEGIN IMMEDIATE");
}

Txn::~Txn() {
    if (!m_done) {
        try {
            m_db.sqlite().exec("ROLLBACK");
        } catch (...) { // nothing sensible to do in a destructor; SQLite rolls back on close anyway
        }
    }
}

std::optional<std::string> Txn::snapshot(std::string_view table, std::int64_t id) {
    // The column list comes from the schema, the table name from our own code;
    // the id is bound. json_object keeps types (numbers stay numbers).
    auto& sql = m_snapshot_sql[std::string(table)];
    if (sql.empty()) {
        auto& cols = m_db.cached("SELECT name FROM pragma_table_info(?)");
        cols.bind(1, std::string(table));
        std::string args;
        while (cols.executeStep()) {
            auto name = cols.getColumn(0).getString();
            args += fmt::format("{}'{}', \"{}\"", args.empty() ? "" : ", ", name, name);
        }
        if (args.empty()) {
            throw Error(ExitCode::io, fmt::format("internal: no table {}", table));
        }
        sql = fmt::format("SELECT json_object({}) FROM \"{}\" WHERE id = ?", args, table);
    }
    auto& row = m_db.cached(sql);
    row.bind(1, static_cast<int64_t>(id));
    if (!row.executeStep()) {
        return std::nullopt;
    }
    return row.getColumn(0).getString();
}

void Txn::record(const Change& change) {
    auto& db = m_db.sqlite();
    if (m_journal_txn == 0) {
        auto& t = m_db.cached("INSERT INTO history_txn (at, as_of, user, command) VALUES (?, ?, ?, ?)");
        t.bind(1, m_actor.at);
        if (m_actor.as_of) {
            t.bind(2, *m_actor.as_of);
        }
        t.bind(3, m_actor.user);
        t.bind(4, m_actor.command);
        t.exec();
        m_journal_txn = db.getLastInsertRowid();
    }
    auto& h = m_db.cached("INSERT INTO history (txn_id, entity, entity_id, action, label, before, after) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)");
    h.bind(1, static_cast<int64_t>(m_journal_txn));
    h.bind(2, std::string(change.entity));
    h.bind(3, static_cast<int64_t>(change.id));
    h.bind(4, std::string(change.action));
    h.bind(5, change.label);
    if (change.before) {
        h.bind(6, *change.before);
    }
    if (change.after) {
        h.bind(7, *change.after);
    }
    h.exec();
    ++m_changes;
}

bool Txn::record_edit(std::string_view entity, std::string_view table, std::int64_t id, std::string label,
                      const std::optional<std::string>& before) {
    auto after = snapshot(table, id);
    if (after == before) {
        return false;
    }
    record({entity, id, "edit", std::move(label), before, after});
    return true;
}

void Txn::redact(std::string_view entity, std::int64_t id, const std::optional<std::string>& label) {
    auto& q = m_db.cached(
        "UPDATE history SET before = NULL, after = NULL, label = coalesce(?3, label) WHERE entity = ?1 AND entity_id = ?2");
    q.bind(1, std::string(entity));
    q.bind(2, static_cast<int64_t>(id));
    if (label) {
        q.bind(3, *label);
    } else {
        q.bind(3);
    }
    q.exec();
    // The command lines of those changes may quote the content (a note's text, a file name).
    auto& c = m_db.cached("UPDATE history_txn SET command = '(purged)' WHERE id <> ?3 AND id IN "
                          "(SELECT txn_id FROM history WHERE entity = ?1 AND entity_id = ?2)");
    c.bind(1, std::string(entity));
    c.bind(2, static_cast<int64_t>(id));
    c.bind(3, static_cast<int64_t>(m_journal_txn));
    c.exec();
}

void Txn::commit() {
    m_db.sqlite().exec("COMMIT");
    m_done = true;
}

} // namespace officectl::store
