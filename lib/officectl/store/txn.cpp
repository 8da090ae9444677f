#include "officectl/store/txn.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/store/changeset.hpp"
#include "officectl/store/confidential.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace officectl::store {

Txn::Txn(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {
    m_db.sqlite().exec("BEGIN IMMEDIATE");
    try {
        m_recorder = std::make_unique<ChangeRecorder>(m_db);
    } catch (...) {
        m_db.sqlite().exec("ROLLBACK");
        throw;
    }
}

Txn::~Txn() {
    m_recorder.reset();
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

std::int64_t Txn::journal_id() {
    if (m_journal_txn == 0) {
        auto& t = m_db.cached("INSERT INTO history_txn (at, as_of, user, command) VALUES (?, ?, ?, ?)");
        t.bind(1, m_actor.at);
        if (m_actor.as_of) {
            t.bind(2, *m_actor.as_of);
        }
        t.bind(3, m_actor.user);
        t.bind(4, m_actor.command);
        t.exec();
        m_journal_txn = m_db.sqlite().getLastInsertRowid();
    }
    return m_journal_txn;
}

void Txn::set_undo_of(std::int64_t txn_id) {
    auto& q = m_db.cached("UPDATE history_txn SET undo_of = ? WHERE id = ?");
    q.bind(1, static_cast<int64_t>(txn_id));
    q.bind(2, static_cast<int64_t>(journal_id()));
    q.exec();
}

void Txn::keep_no_undo(std::string why) { m_no_undo = std::move(why); }

namespace {

// A record whose own flag turns confidential (`dossier edit --confidential yes`).
bool becomes_confidential(const Entity& entity, const Change& change) {
    if (!entity.confidential || entity.confidential->when != Confidential::When::flagged || !change.before ||
        !change.after) {
        return false;
    }
    auto flag = fmt::format("\"{}\":", entity.confidential->column);
    auto on = [&](const std::string& image) {
        auto at = image.find(flag);
        return at != std::string::npos && image.compare(at + flag.size(), 1, "1") == 0;
    };
    return !on(*change.before) && on(*change.after);
}

} // namespace

void Txn::record(const Change& change) {
    auto txn_id = journal_id();
    const Entity* entity = m_db.catalog() ? m_db.catalog()->by_name(change.entity) : nullptr;
    SealedChange sealed{false, change.before, change.after, std::nullopt, std::nullopt, {}};
    if (entity != nullptr) {
        sealed = seal_change(m_db, *entity, change.before, change.after);
    }
    std::string label = change.label;
    std::optional<std::string> secret_label;
    if (sealed.confidential) {
        m_confidential = true;
        m_secrets.insert(m_secrets.end(), sealed.secrets.begin(), sealed.secrets.end());
        if (reveals(label, sealed.secrets)) {
            secret_label = label;
            label = k_confidential_mark;
        }
    }
    auto& h = m_db.cached("INSERT INTO history (txn_id, entity, entity_id, action, label, before, after) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)");
    h.bind(1, static_cast<int64_t>(txn_id));
    h.bind(2, std::string(change.entity));
    h.bind(3, static_cast<int64_t>(change.id));
    h.bind(4, std::string(change.action));
    h.bind(5, label);
    if (sealed.before) {
        h.bind(6, *sealed.before);
    }
    if (sealed.after) {
        h.bind(7, *sealed.after);
    }
    h.exec();
    if (sealed.confidential) {
        auto& s = m_db.cached("INSERT INTO history_secret (history_id, label, before, after) VALUES (?, ?, ?, ?)");
        s.bind(1, static_cast<int64_t>(m_db.sqlite().getLastInsertRowid()));
        if (secret_label) {
            s.bind(2, *secret_label);
        }
        if (sealed.secret_before) {
            s.bind(3, *sealed.secret_before);
        }
        if (sealed.secret_after) {
            s.bind(4, *sealed.secret_after);
        }
        s.exec();
    }
    if (entity != nullptr) {
        if (becomes_confidential(*entity, change)) {
            seal_history_of(m_db, *entity, change.id); // what was journalled of it in the clear
        }
    }
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

// Rows the domain did not journal itself but whose entity a person knows, changed
// in place (a merge re-pointing the references of other domains): journalled by
// what changed, so `history` shows every side effect. New and removed rows that
// were not journalled are parts of a journalled record (an attendee, a cascade).
void Txn::journal_side_effects(const std::vector<RowChange>& updated) {
    const Catalog* catalog = m_db.catalog();
    std::vector<std::pair<const Entity*, std::int64_t>> unjournalled;
    for (const auto& c : updated) {
        const Entity* e = catalog->by_table(c.table);
        // `+txn_id`: by the record (one row), not by the transaction (an import's 100 000).
        auto& q = m_db.cached("SELECT EXISTS (SELECT 1 FROM history WHERE +txn_id = ? AND entity = ? AND entity_id = ?)");
        q.bind(1, static_cast<int64_t>(m_journal_txn));
        q.bind(2, std::string(e->name));
        q.bind(3, static_cast<int64_t>(c.rowid));
        q.executeStep();
        if (q.getColumn(0).getInt() == 0 &&
            std::find(unjournalled.begin(), unjournalled.end(), std::pair(e, c.rowid)) == unjournalled.end()) {
            unjournalled.emplace_back(e, c.rowid);
        }
    }
    if (unjournalled.empty()) {
        return;
    }
    // Their values before: the first time the log names each.
    std::map<std::pair<std::string, std::int64_t>, std::string> before;
    for_each_row(m_db, m_journal_txn, true, [&](const RowChange& c) {
        if (c.op == RowOp::update) {
            before.emplace(std::pair(c.table, c.rowid), c.old_values);
        }
    });
    for (const auto& [e, id] : unjournalled) {
        std::string label = fmt::format("#{}", id);
        if (!e->label.empty()) {
            // Identifiers from the catalog (code); the id is bound.
            auto& q = m_db.cached(fmt::format("SELECT \"{}\" FROM \"{}\" WHERE id = ?", e->label, e->table));
            q.bind(1, static_cast<int64_t>(id));
            if (q.executeStep() && !q.getColumn(0).isNull()) {
                label = q.getColumn(0).getString();
            }
        }
        auto it = before.find({std::string(e->table), id});
        record({e->name, id, "edit", label, it == before.end() ? std::nullopt : std::optional(it->second),
                snapshot(e->table, id)});
    }
}

std::string Txn::readable_command() const {
    std::string out = "officectl";
    bool value_of_text_option = false;
    for (const auto& arg : m_actor.args) {
        std::string word = arg;
        auto eq = arg.find('=');
        auto name = arg.substr(0, eq);
        bool text_option = std::find(m_actor.text_options.begin(), m_actor.text_options.end(), name) !=
                           m_actor.text_options.end();
        if (value_of_text_option || reveals(arg, m_secrets)) {
            word = k_confidential_mark;
        } else if (text_option && eq != std::string::npos) {
            word = name + "=" + k_confidential_mark;
        }
        value_of_text_option = text_option && eq == std::string::npos;
        out += " " + core::shell_quote(word);
    }
    return out;
}

void Txn::redact(std::string_view entity, std::int64_t id, const std::optional<std::string>& label) {
    auto& secret = m_db.cached("DELETE FROM history_secret WHERE history_id IN "
                               "(SELECT id FROM history WHERE entity = ?1 AND entity_id = ?2)");
    secret.bind(1, std::string(entity));
    secret.bind(2, static_cast<int64_t>(id));
    secret.exec();
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
    // The transactions that changed it: by the journal's entries, and by the rows
    // their undo records touched.
    std::vector<std::int64_t> txns;
    auto& which = m_db.cached(R"(
SELECT txn_id FROM history WHERE entity = ?1 AND entity_id = ?2 AND txn_id <> ?4
UNION SELECT txn_id FROM history_row WHERE tbl = ?3 AND pk = json_array(?2) AND txn_id <> ?4)");
    const Entity* e = m_db.catalog() ? m_db.catalog()->by_name(entity) : nullptr;
    which.bind(1, std::string(entity));
    which.bind(2, static_cast<int64_t>(id));
    which.bind(3, e ? std::string(e->table) : std::string());
    which.bind(4, static_cast<int64_t>(m_journal_txn));
    while (which.executeStep()) {
        txns.push_back(which.getColumn(0).getInt64());
    }
    // Their command lines may quote the content (a note's text, a file name), and
    // their undo records hold it whole.
    drop_changesets(m_db, txns);
    auto& c = m_db.cached("UPDATE history_txn SET command = '(purged)', "
                          "no_undo = 'what it changed was destroyed by a purge' WHERE id = ?");
    auto& cs = m_db.cached("DELETE FROM history_txn_secret WHERE txn_id = ?");
    for (auto t : txns) {
        c.bind(1, static_cast<int64_t>(t));
        c.exec();
        c.reset();
        cs.bind(1, static_cast<int64_t>(t));
        cs.exec();
        cs.reset();
    }
}

void Txn::commit() {
    if (m_recorder && !m_recorder->empty()) {
        // The log is stored (unless this is a purge); rows updated in place whose
        // entity the domain did not journal are found on the way.
        std::vector<RowChange> updated;
        const Catalog* catalog = m_db.catalog();
        m_recorder->save(journal_id(), !m_no_undo, [&](const RowChange& c) {
            if (c.op != RowOp::update || catalog == nullptr) {
                return;
            }
            const Entity* e = catalog->by_table(c.table);
            if (e != nullptr && !e->name.empty()) {
                updated.push_back(c);
            }
        });
        if (m_no_undo) {
            auto& q = m_db.cached("UPDATE history_txn SET no_undo = ? WHERE id = ?");
            q.bind(1, *m_no_undo);
            q.bind(2, static_cast<int64_t>(m_journal_txn));
            q.exec();
        } else {
            journal_side_effects(updated);
        }
    }
    m_recorder.reset();
    if (m_confidential && m_journal_txn != 0) {
        auto& secret = m_db.cached("INSERT INTO history_txn_secret (txn_id, command) VALUES (?, ?)");
        secret.bind(1, static_cast<int64_t>(m_journal_txn));
        secret.bind(2, m_actor.command);
        secret.exec();
        auto& cmd = m_db.cached("UPDATE history_txn SET command = ? WHERE id = ?");
        cmd.bind(1, readable_command());
        cmd.bind(2, static_cast<int64_t>(m_journal_txn));
        cmd.exec();
    }
    m_db.sqlite().exec("COMMIT");
    m_done = true;
}

} // namespace officectl::store
