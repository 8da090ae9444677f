#include "officectl/event/event_store.hpp"

#include "officectl/contact/contact_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/event/event_rules.hpp"
#include "officectl/store/remove_row.hpp"
#include "officectl/store/sql.hpp"
#include "officectl/team/member_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace officectl::event {
namespace {

constexpr const char* k_event_select = R"(
SELECT id, title, date, kind, goal, audience, guests, place, line_id, owner_id, turnout, evaluation, lessons
FROM event_event )";

std::vector<Event> read_events(store::Database& db, SQLite::Statement& q) {
    auto handles = team::member_handles_by_id(db);
    std::vector<Event> out;
    while (q.executeStep()) {
        Event e;
        e.id = q.getColumn(0).getInt64();
        e.title = q.getColumn(1).getString();
        e.date = *store::opt_date(q, 2);
        e.kind = store::opt_text(q, 3);
        e.goal = store::opt_text(q, 4);
        e.audience = store::opt_text(q, 5);
        if (auto g = store::opt_int(q, 6)) {
            e.guests = static_cast<int>(*g);
        }
        e.place = store::opt_text(q, 7);
        e.line_id = store::opt_int(q, 8);
        if (auto o = store::opt_int(q, 9)) {
            e.owner = handles.at(*o);
        }
        if (auto t = store::opt_int(q, 10)) {
            e.turnout = static_cast<int>(*t);
        }
        e.evaluation = store::opt_text(q, 11);
        e.lessons = store::opt_text(q, 12);
        out.push_back(std::move(e));
    }
    return out;
}

void bind_event(store::Database& db, SQLite::Statement& q, const Event& e) {
    q.bind(1, e.title);
    q.bind(2, core::format_date(e.date));
    store::bind_opt(q, 3, e.kind);
    store::bind_opt(q, 4, e.goal);
    store::bind_opt(q, 5, e.audience);
    store::bind_opt(q, 6, e.guests);
    store::bind_opt(q, 7, e.place);
    store::bind_opt(q, 8, e.line_id);
    store::bind_opt(q, 9, e.owner ? std::optional(team::require_member_id(db, *e.owner)) : std::nullopt);
    store::bind_opt(q, 10, e.turnout);
    store::bind_opt(q, 11, e.evaluation);
    store::bind_opt(q, 12, e.lessons);
}

constexpr const char* k_supplier_select =
    "SELECT id, event_id, role, vendor_id, quote, actual, currency, status, commitment_id FROM event_supplier ";

std::vector<Supplier> read_suppliers(store::Database& db, SQLite::Statement& q) {
    std::vector<Supplier> out;
    while (q.executeStep()) {
        Supplier s;
        s.id = q.getColumn(0).getInt64();
        s.event_id = q.getColumn(1).getInt64();
        s.role = q.getColumn(2).getString();
        s.vendor_id = q.getColumn(3).getInt64();
        auto currency = q.getColumn(6).getString();
        if (auto c = store::opt_int(q, 4)) {
            s.quote = core::Money{*c, currency};
        }
        if (auto c = store::opt_int(q, 5)) {
            s.actual = core::Money{*c, currency};
        }
        s.status = parse_supplier_status(q.getColumn(7).getString()).value_or(SupplierStatus::asked);
        s.commitment_id = store::opt_int(q, 8);
        out.push_back(std::move(s));
    }
    if (!out.empty()) {
        auto names = contact::contact_names_by_id(db);
        for (auto& s : out) {
            s.vendor = names[s.vendor_id];
        }
    }
    return out;
}

void bind_supplier(SQLite::Statement& q, const Supplier& s) {
    q.bind(1, static_cast<int64_t>(s.event_id));
    q.bind(2, s.role);
    q.bind(3, static_cast<int64_t>(s.vendor_id));
    store::bind_opt(q, 4, s.quote ? std::optional(s.quote->cents) : std::nullopt);
    store::bind_opt(q, 5, s.actual ? std::optional(s.actual->cents) : std::nullopt);
    q.bind(6, s.quote ? s.quote->currency : s.actual ? s.actual->currency : std::string("EUR"));
    q.bind(7, std::string(supplier_status_name(s.status)));
    store::bind_opt(q, 8, s.commitment_id);
}

constexpr const char* k_guest_select = "SELECT id, event_id, name, email, organisation, lang, rsvp FROM event_guest ";

std::vector<Guest> read_guests(SQLite::Statement& q) {
    std::vector<Guest> out;
    while (q.executeStep()) {
        Guest g;
        g.id = q.getColumn(0).getInt64();
        g.event_id = q.getColumn(1).getInt64();
        g.name = q.getColumn(2).getString();
        g.email = q.getColumn(3).getString();
        g.organisation = store::opt_text(q, 4);
        g.lang = core::parse_language(q.getColumn(5).getString()).value_or(core::Language::nl);
        g.rsvp = parse_rsvp(q.getColumn(6).getString()).value_or(Rsvp::invited);
        out.push_back(std::move(g));
    }
    return out;
}

} // namespace

const std::vector<store::Migration>& migrations() {
    static const std::vector<store::Migration> list{
        {"event", 1, "events, their plan, suppliers and guests", R"(
CREATE TABLE event_event (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL CHECK (title <> ''),
    date       TEXT NOT NULL,
    kind       TEXT,
    goal       TEXT,
    audience   TEXT,
    guests     INTEGER CHECK (guests >= 0),
    place      TEXT,
    line_id    INTEGER REFERENCES budget_line (id),
    owner_id   INTEGER REFERENCES team_member (id),
    turnout    INTEGER CHECK (turnout >= 0),
    evaluation TEXT,
    lessons    TEXT
) STRICT;
CREATE INDEX event_event_date ON event_event (date);
CREATE TABLE event_task (
    event_id    INTEGER NOT NULL REFERENCES event_event (id) ON DELETE CASCADE,
    task_id     INTEGER NOT NULL UNIQUE REFERENCES teamwork_task (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL DEFAULT 'task' CHECK (kind IN ('task', 'formality')),
    offset_days INTEGER
) STRICT;
CREATE INDEX event_task_event ON event_task (event_id);
CREATE TABLE event_supplier (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES event_event (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role <> ''),
    vendor_id INTEGER NOT NULL REFERENCES contact (id),
    quote     INTEGER CHECK (quote >= 0),
    actual    INTEGER CHECK (actual >= 0),
    currency  TEXT NOT NULL DEFAULT 'EUR',
    status    TEXT NOT NULL DEFAULT 'asked' CHECK (status IN ('asked', 'offered', 'chosen', 'contracted'))
) STRICT;
CREATE INDEX event_supplier_event ON event_supplier (event_id);
CREATE TABLE event_guest (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL REFERENCES event_event (id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (name <> ''),
    email        TEXT NOT NULL CHECK (email <> ''),
    organisation TEXT,
    lang         TEXT NOT NULL DEFAULT 'nl' CHECK (lang IN ('nl', 'fr', 'en')),
    rsvp         TEXT NOT NULL DEFAULT 'invited' CHECK (rsvp IN ('invited', 'yes', 'no', 'maybe')),
    UNIQUE (event_id, email)
) STRICT;
)"},
        {"event", 2, "a contracted supplier's commitment on the budget line", R"(
ALTER TABLE event_supplier ADD COLUMN commitment_id INTEGER REFERENCES budget_commitment (id) ON DELETE SET NULL;
)"},
    };
    return list;
}

std::int64_t add_event(store::Txn& txn, const Event& e) {
    auto& db = txn.db();
    SQLite::Statement q(db.sqlite(), R"(
INSERT INTO event_event (title, date, kind, goal, audience, guests, place, line_id, owner_id, turnout, evaluation, lessons)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))");
    bind_event(db, q, e);
    q.exec();
    auto id = db.sqlite().getLastInsertRowid();
    txn.record({"event.event", id, "add", e.title, std::nullopt, txn.snapshot("event_event", id)});
    return id;
}

void update_event(store::Txn& txn, const Event& e) {
    auto& db = txn.db();
    auto before = txn.snapshot("event_event", e.id);
    SQLite::Statement q(db.sqlite(), R"(
UPDATE event_event SET title = ?1, date = ?2, kind = ?3, goal = ?4, audience = ?5, guests = ?6, place = ?7,
       line_id = ?8, owner_id = ?9, turnout = ?10, evaluation = ?11, lessons = ?12 WHERE id = ?13)");
    bind_event(db, q, e);
    q.bind(13, static_cast<int64_t>(e.id));
    q.exec();
    txn.record_edit("event.event", "event_event", e.id, e.title, before);
}

void remove_event(store::Txn& txn, const Event& e) {
    auto& db = txn.db();
    for (const auto& g : list_guests(db, e.id)) {
        store::remove_row(txn, "event.guest", "event_guest", g.id, g.name);
    }
    for (const auto& s : list_suppliers(db, e.id)) {
        store::remove_row(txn, "event.supplier", "event_supplier", s.id, s.role);
    }
    {
        SQLite::Statement q(db.sqlite(), "DELETE FROM event_task WHERE event_id = ?1");
        q.bind(1, static_cast<int64_t>(e.id));
        q.exec();
    }
    store::remove_row(txn, "event.event", "event_event", e.id, e.title);
}

Event get_event(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_event_select) + "WHERE id = ?1");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_events(db, q);
    if (rows.empty()) {
        throw not_found(fmt::format("no event {} (see `officectl event list`)", id));
    }
    return rows.front();
}

std::vector<Event> list_events(store::Database& db, std::optional<core::Date> from, std::optional<core::Date> to) {
    SQLite::Statement q(db.sqlite(), std::string(k_event_select) +
                                         "WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2) ORDER BY date, id");
    store::bind_opt(q, 1, store::date_text(from));
    store::bind_opt(q, 2, store::date_text(to));
    return read_events(db, q);
}

std::optional<Event> last_with_lessons(store::Database& db, const std::string& kind, core::Date day) {
    SQLite::Statement q(db.sqlite(), std::string(k_event_select) +
                                         "WHERE kind = ?1 AND date < ?2 AND lessons IS NOT NULL ORDER BY date DESC LIMIT 1");
    q.bind(1, kind);
    q.bind(2, core::format_date(day));
    auto rows = read_events(db, q);
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

void link_task(store::Txn& txn, std::int64_t event_id, const EventTask& t) {
    SQLite::Statement q(txn.db().sqlite(),
                        "INSERT INTO event_task (event_id, task_id, kind, offset_days) VALUES (?1, ?2, ?3, ?4)");
    q.bind(1, static_cast<int64_t>(event_id));
    q.bind(2, static_cast<int64_t>(t.task_id));
    q.bind(3, t.kind == StepKind::formality ? "formality" : "task");
    store::bind_opt(q, 4, t.offset_days);
    q.exec();
}

std::vector<EventTask> event_tasks(store::Database& db, std::int64_t event_id) {
    SQLite::Statement q(db.sqlite(), "SELECT task_id, kind, offset_days FROM event_task WHERE event_id = ?1 ORDER BY task_id");
    q.bind(1, static_cast<int64_t>(event_id));
    std::vector<EventTask> out;
    while (q.executeStep()) {
        EventTask t;
        t.task_id = q.getColumn(0).getInt64();
        t.kind = q.getColumn(1).getString() == "formality" ? StepKind::formality : StepKind::task;
        if (auto o = store::opt_int(q, 2)) {
            t.offset_days = static_cast<int>(*o);
        }
        out.push_back(t);
    }
    return out;
}

std::map<std::int64_t, std::vector<EventTask>> all_event_tasks(store::Database& db) {
    SQLite::Statement q(db.sqlite(), "SELECT event_id, task_id, kind, offset_days FROM event_task ORDER BY event_id, task_id");
    std::map<std::int64_t, std::vector<EventTask>> out;
    while (q.executeStep()) {
        EventTask t;
        t.task_id = q.getColumn(1).getInt64();
        t.kind = q.getColumn(2).getString() == "formality" ? StepKind::formality : StepKind::task;
        if (auto o = store::opt_int(q, 3)) {
            t.offset_days = static_cast<int>(*o);
        }
        out[q.getColumn(0).getInt64()].push_back(t);
    }
    return out;
}

std::optional<std::int64_t> event_of_task(store::Database& db, std::int64_t task_id) {
    SQLite::Statement q(db.sqlite(), "SELECT event_id FROM event_task WHERE task_id = ?1");
    q.bind(1, static_cast<int64_t>(task_id));
    return q.executeStep() ? std::optional(q.getColumn(0).getInt64()) : std::nullopt;
}

std::int64_t add_supplier(store::Txn& txn, const Supplier& s) {
    SQLite::Statement q(txn.db().sqlite(), R"(
INSERT INTO event_supplier (event_id, role, vendor_id, quote, actual, currency, status, commitment_id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))");
    bind_supplier(q, s);
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    txn.record({"event.supplier", id, "add", s.role, std::nullopt, txn.snapshot("event_supplier", id)});
    return id;
}

void update_supplier(store::Txn& txn, const Supplier& s) {
    auto before = txn.snapshot("event_supplier", s.id);
    SQLite::Statement q(txn.db().sqlite(), R"(
UPDATE event_supplier SET event_id = ?1, role = ?2, vendor_id = ?3, quote = ?4, actual = ?5, currency = ?6, status = ?7,
       commitment_id = ?8 WHERE id = ?9)");
    bind_supplier(q, s);
    q.bind(9, static_cast<int64_t>(s.id));
    q.exec();
    txn.record_edit("event.supplier", "event_supplier", s.id, s.role, before);
}

Supplier get_supplier(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_supplier_select) + "WHERE id = ?1");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_suppliers(db, q);
    if (rows.empty()) {
        throw not_found(fmt::format("no event supplier {} (see `officectl event show EVENT`)", id));
    }
    return rows.front();
}

std::vector<Supplier> list_suppliers(store::Database& db, std::int64_t event_id) {
    SQLite::Statement q(db.sqlite(), std::string(k_supplier_select) + "WHERE event_id = ?1 ORDER BY role, id");
    q.bind(1, static_cast<int64_t>(event_id));
    return read_suppliers(db, q);
}

std::map<std::int64_t, std::vector<Supplier>> all_suppliers(store::Database& db) {
    SQLite::Statement q(db.sqlite(), std::string(k_supplier_select) + "ORDER BY event_id, role, id");
    std::map<std::int64_t, std::vector<Supplier>> out;
    for (auto& s : read_suppliers(db, q)) {
        out[s.event_id].push_back(std::move(s));
    }
    return out;
}

std::map<std::int64_t, std::map<Rsvp, int>> rsvp_totals(store::Database& db) {
    SQLite::Statement q(db.sqlite(), "SELECT event_id, rsvp, count(*) FROM event_guest GROUP BY event_id, rsvp");
    std::map<std::int64_t, std::map<Rsvp, int>> out;
    while (q.executeStep()) {
        out[q.getColumn(0).getInt64()][parse_rsvp(q.getColumn(1).getString()).value_or(Rsvp::invited)] =
            q.getColumn(2).getInt();
    }
    return out;
}

bool upsert_guest(store::Txn& txn, Guest& g) {
    g.email = core::to_lower(core::trim(g.email));
    auto existing = find_guest(txn.db(), g.event_id, g.email);
    if (existing) {
        g.id = existing->id;
        g.rsvp = existing->rsvp; // an import does not undo an answer
        SQLite::Statement q(txn.db().sqlite(), "UPDATE event_guest SET name = ?1, organisation = ?2, lang = ?3 WHERE id = ?4");
        q.bind(1, g.name);
        store::bind_opt(q, 2, g.organisation);
        q.bind(3, std::string(core::language_code(g.lang)));
        q.bind(4, static_cast<int64_t>(g.id));
        q.exec();
        return false;
    }
    SQLite::Statement q(txn.db().sqlite(), R"(
INSERT INTO event_guest (event_id, name, email, organisation, lang, rsvp) VALUES (?1, ?2, ?3, ?4, ?5, ?6))");
    q.bind(1, static_cast<int64_t>(g.event_id));
    q.bind(2, g.name);
    q.bind(3, g.email);
    store::bind_opt(q, 4, g.organisation);
    q.bind(5, std::string(core::language_code(g.lang)));
    q.bind(6, std::string(rsvp_name(g.rsvp)));
    q.exec();
    g.id = txn.db().sqlite().getLastInsertRowid();
    txn.record({"event.guest", g.id, "add", g.email, std::nullopt, txn.snapshot("event_guest", g.id)});
    return true;
}

void set_rsvp(store::Txn& txn, const Guest& g, Rsvp rsvp) {
    auto before = txn.snapshot("event_guest", g.id);
    SQLite::Statement q(txn.db().sqlite(), "UPDATE event_guest SET rsvp = ?1 WHERE id = ?2");
    q.bind(1, std::string(rsvp_name(rsvp)));
    q.bind(2, static_cast<int64_t>(g.id));
    q.exec();
    txn.record_edit("event.guest", "event_guest", g.id, g.email, before);
}

std::optional<Guest> find_guest(store::Database& db, std::int64_t event_id, const std::string& email) {
    SQLite::Statement q(db.sqlite(), std::string(k_guest_select) + "WHERE event_id = ?1 AND email = ?2");
    q.bind(1, static_cast<int64_t>(event_id));
    q.bind(2, core::to_lower(core::trim(email)));
    auto rows = read_guests(q);
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

std::vector<Guest> list_guests(store::Database& db, std::int64_t event_id) {
    SQLite::Statement q(db.sqlite(), std::string(k_guest_select) + "WHERE event_id = ?1 ORDER BY name, id");
    q.bind(1, static_cast<int64_t>(event_id));
    return read_guests(q);
}

} // namespace officectl::event
