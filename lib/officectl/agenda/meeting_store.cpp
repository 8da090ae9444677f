#include "officectl/agenda/meeting_store.hpp"

#include "officectl/core/error.hpp"
#include "officectl/store/sql.hpp"
#include "officectl/team/member_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace officectl::agenda {
namespace {

constexpr const char* k_minute_columns =
    "SELECT id, appointment_id, kind, text, owner_id, due, done, recorded, occurrence FROM agenda_minute ";

std::optional<std::int64_t> owner_id(store::Database& db, const std::optional<std::string>& handle) {
    if (!handle) {
        return std::nullopt;
    }
    auto m = team::find_member(db, *handle);
    if (!m) {
        throw not_found(fmt::format("--owner: no team member \"{}\"", *handle));
    }
    return m->id;
}

std::vector<Minute> read_minutes(store::Database& db, SQLite::Statement& q) {
    auto handles = team::member_handles_by_id(db);
    std::vector<Minute> out;
    while (q.executeStep()) {
        Minute m;
        m.id = q.getColumn(0).getInt64();
        m.appointment_id = q.getColumn(1).getInt64();
        m.kind = q.getColumn(2).getString() == "action" ? MinuteKind::action : MinuteKind::decision;
        m.text = q.getColumn(3).getString();
        if (auto o = store::opt_int(q, 4)) {
            m.owner = handles.at(*o);
        }
        m.due = store::opt_date(q, 5);
        m.done = store::opt_date(q, 6);
        m.recorded = *core::parse_iso_date(q.getColumn(7).getString());
        m.occurrence = store::opt_date(q, 8);
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace

const std::vector<store::Migration>& meeting_migrations() {
    static const std::vector<store::Migration> list{
        {"agenda", 2, "meeting agendas and minutes", R"(
CREATE TABLE agenda_item (
    id             INTEGER PRIMARY KEY,
    appointment_id INTEGER NOT NULL REFERENCES agenda_appointment (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    title          TEXT NOT NULL CHECK (title <> ''),
    owner_id       INTEGER REFERENCES team_member (id)
) STRICT;
CREATE INDEX agenda_item_appointment ON agenda_item (appointment_id, position);
CREATE TABLE agenda_minute (
    id             INTEGER PRIMARY KEY,
    appointment_id INTEGER NOT NULL REFERENCES agenda_appointment (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('decision', 'action')),
    text           TEXT NOT NULL CHECK (text <> ''),
    owner_id       INTEGER REFERENCES team_member (id),
    due            TEXT,
    done           TEXT,
    recorded       TEXT NOT NULL
) STRICT;
CREATE INDEX agenda_minute_appointment ON agenda_minute (appointment_id);
CREATE INDEX agenda_minute_open ON agenda_minute (due) WHERE done IS NULL;
)"},
        // A series meets many times: its agenda and minutes are each one meeting's.
        {"agenda", 4, "agenda items and minutes per occurrence of a series", R"(
ALTER TABLE agenda_item ADD COLUMN occurrence TEXT;
ALTER TABLE agenda_minute ADD COLUMN occurrence TEXT;
)"},
    };
    return list;
}

std::int64_t add_item(store::Txn& txn, const AgendaItem& item) {
    auto& db = txn.db();
    SQLite::Statement q(db.sqlite(), R"(
INSERT INTO agenda_item (appointment_id, occurrence, position, title, owner_id)
VALUES (?1, ?4, (SELECT ifnull(max(position), 0) + 1 FROM agenda_item WHERE appointment_id = ?1 AND occurrence IS ?4),
        ?2, ?3))");
    q.bind(1, static_cast<int64_t>(item.appointment_id));
    q.bind(2, item.title);
    store::bind_opt(q, 3, owner_id(db, item.owner));
    store::bind_opt(q, 4, store::date_text(item.occurrence));
    q.exec();
    auto id = db.sqlite().getLastInsertRowid();
    txn.record({"agenda.item", id, "add", item.title, std::nullopt, txn.snapshot("agenda_item", id)});
    return id;
}

std::vector<AgendaItem> list_items(store::Database& db, std::int64_t appointment_id,
                                   std::optional<core::Date> occurrence) {
    auto handles = team::member_handles_by_id(db);
    SQLite::Statement q(db.sqlite(), "SELECT id, position, title, owner_id FROM agenda_item "
                                     "WHERE appointment_id = ?1 AND occurrence IS ?2 ORDER BY position");
    q.bind(1, static_cast<int64_t>(appointment_id));
    store::bind_opt(q, 2, store::date_text(occurrence));
    std::vector<AgendaItem> out;
    while (q.executeStep()) {
        AgendaItem i;
        i.id = q.getColumn(0).getInt64();
        i.appointment_id = appointment_id;
        i.occurrence = occurrence;
        i.position = q.getColumn(1).getInt();
        i.title = q.getColumn(2).getString();
        if (auto o = store::opt_int(q, 3)) {
            i.owner = handles.at(*o);
        }
        out.push_back(std::move(i));
    }
    return out;
}

std::int64_t add_minute(store::Txn& txn, const Minute& m) {
    auto& db = txn.db();
    SQLite::Statement q(db.sqlite(), R"(
INSERT INTO agenda_minute (appointment_id, kind, text, owner_id, due, done, recorded, occurrence)
VALUES (?, ?, ?, ?, ?, ?, ?, ?))");
    q.bind(1, static_cast<int64_t>(m.appointment_id));
    q.bind(2, m.kind == MinuteKind::action ? "action" : "decision");
    q.bind(3, m.text);
    store::bind_opt(q, 4, owner_id(db, m.owner));
    store::bind_opt(q, 5, store::date_text(m.due));
    store::bind_opt(q, 6, store::date_text(m.done));
    q.bind(7, core::format_date(m.recorded));
    store::bind_opt(q, 8, store::date_text(m.occurrence));
    q.exec();
    auto id = db.sqlite().getLastInsertRowid();
    txn.record({"agenda.minute", id, "add", m.text, std::nullopt, txn.snapshot("agenda_minute", id)});
    return id;
}

std::vector<Minute> list_minutes(store::Database& db, const MinuteFilter& f) {
    std::string sql = std::string(k_minute_columns) + "WHERE (?1 IS NULL OR appointment_id = ?1) "
                      "AND (?2 IS NULL OR owner_id = ?2) AND (?3 = 0 OR done IS NULL) "
                      "AND (?4 IS NULL OR occurrence = ?4) "
                      "ORDER BY done IS NOT NULL, due IS NULL, due, id";
    SQLite::Statement q(db.sqlite(), sql);
    store::bind_opt(q, 1, f.appointment_id);
    store::bind_opt(q, 2, owner_id(db, f.owner));
    q.bind(3, f.open_only ? 1 : 0);
    store::bind_opt(q, 4, store::date_text(f.occurrence));
    return read_minutes(db, q);
}

Minute get_minute(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_minute_columns) + "WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_minutes(db, q);
    if (rows.empty()) {
        throw not_found(fmt::format("no decision or action {} (see `officectl agenda decisions`)", id));
    }
    return rows.front();
}

void set_minute_done(store::Txn& txn, std::int64_t id, std::optional<core::Date> done) {
    auto before = txn.snapshot("agenda_minute", id);
    SQLite::Statement q(txn.db().sqlite(), "UPDATE agenda_minute SET done = ? WHERE id = ?");
    store::bind_opt(q, 1, store::date_text(done));
    q.bind(2, static_cast<int64_t>(id));
    q.exec();
    txn.record_edit("agenda.minute", "agenda_minute", id, std::to_string(id), before);
}

void set_minute_owner(store::Txn& txn, std::int64_t id, const std::string& owner) {
    auto before = txn.snapshot("agenda_minute", id);
    if (!before) {
        throw not_found(fmt::format("no minute {} (see `officectl agenda minutes`)", id));
    }
    SQLite::Statement q(txn.db().sqlite(), "UPDATE agenda_minute SET owner_id = ? WHERE id = ?");
    store::bind_opt(q, 1, owner_id(txn.db(), owner));
    q.bind(2, static_cast<int64_t>(id));
    q.exec();
    txn.record_edit("agenda.minute", "agenda_minute", id, std::to_string(id), before);
}

} // namespace officectl::agenda
