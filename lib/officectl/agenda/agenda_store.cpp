#include "officectl/agenda/agenda_store.hpp"

#include "officectl/agenda/recurrence.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/store/maintenance.hpp"
#include "officectl/store/sql.hpp"
#include "officectl/team/member_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <map>
#include <random>
#include <set>

namespace officectl::agenda {
namespace {

constexpr std::string_view k_entity = "agenda.appointment";
constexpr std::string_view k_room_entity = "agenda.room";

constexpr const char* k_columns = R"(
SELECT id, uid, parent_id, recurrence_id, title, start_utc, end_utc, zone, all_day, rrule, owner_id, room_id,
       location, note, confidential, status, sequence, made_by, change_with
FROM agenda_appointment )";

core::Instant instant_at(SQLite::Statement& q, int col) {
    auto t = core::parse_utc(q.getColumn(col).getString());
    if (!t) {
        throw Error(ExitCode::io, fmt::format("the store holds a malformed time \"{}\"", q.getColumn(col).getString()));
    }
    return *t;
}

std::string new_uid() {
    std::random_device rd;
    std::uniform_int_distribution<std::uint64_t> dist;
    std::mt19937_64 gen((static_cast<std::uint64_t>(rd()) << 32) ^ rd());
    return fmt::format("{:016x}@officectl", dist(gen));
}

// Reads rows of k_columns, then their attendees and exdates in two queries.
std::vector<Appointment> read_appointments(store::Database& db, SQLite::Statement& q) {
    auto handles = team::member_handles_by_id(db);
    std::map<std::int64_t, std::string> rooms;
    {
        SQLite::Statement r(db.sqlite(), "SELECT id, name FROM agenda_room");
        while (r.executeStep()) {
            rooms[r.getColumn(0).getInt64()] = r.getColumn(1).getString();
        }
    }
    std::vector<Appointment> out;
    std::map<std::int64_t, size_t> index;
    std::string ids = "[";
    while (q.executeStep()) {
        Appointment a;
        a.id = q.getColumn(0).getInt64();
        a.uid = q.getColumn(1).getString();
        a.parent_id = store::opt_int(q, 2);
        if (!q.getColumn(3).isNull()) {
            a.recurrence_id = instant_at(q, 3);
        }
        a.title = q.getColumn(4).getString();
        a.start = instant_at(q, 5);
        a.end = instant_at(q, 6);
        a.zone = q.getColumn(7).getString();
        a.all_day = q.getColumn(8).getInt() != 0;
        a.rrule = store::opt_text(q, 9);
        if (auto o = store::opt_int(q, 10)) {
            a.owner = handles.at(*o);
        }
        if (auto r = store::opt_int(q, 11)) {
            a.room = rooms.at(*r);
        }
        a.location = store::opt_text(q, 12);
        a.note = store::opt_text(q, 13);
        a.confidential = q.getColumn(14).getInt() != 0;
        a.status = parse_status(q.getColumn(15).getString()).value_or(Status::confirmed);
        a.sequence = q.getColumn(16).getInt();
        a.made_by = store::opt_text(q, 17);
        a.change_with = store::opt_text(q, 18);
        if (!index.count(a.id)) {
            ids += (index.empty() ? "" : ",") + std::to_string(a.id);
            index[a.id] = out.size();
            out.push_back(std::move(a));
        }
    }
    if (out.empty()) {
        return out;
    }
    ids += "]";
    SQLite::Statement at(db.sqlite(), R"(
SELECT appointment_id, member_id, email FROM agenda_attendee
WHERE appointment_id IN (SELECT value FROM json_each(?1)) ORDER BY appointment_id, position)");
    at.bind(1, ids);
    while (at.executeStep()) {
        auto& a = out[index.at(at.getColumn(0).getInt64())];
        if (auto m = store::opt_int(at, 1)) {
            a.who.push_back(handles.at(*m));
        } else {
            a.external.push_back(at.getColumn(2).getString());
        }
    }
    SQLite::Statement ex(db.sqlite(), R"(
SELECT appointment_id, start_utc FROM agenda_exdate
WHERE appointment_id IN (SELECT value FROM json_each(?1)) ORDER BY appointment_id, start_utc)");
    ex.bind(1, ids);
    while (ex.executeStep()) {
        out[index.at(ex.getColumn(0).getInt64())].exdates.push_back(instant_at(ex, 1));
    }
    return out;
}

std::int64_t member_id(store::Database& db, const std::string& handle, std::string_view what) {
    auto m = team::member_id(db, handle);
    if (!m) {
        throw not_found(fmt::format("no team member \"{}\" ({}; see `officectl team member list`)", handle, what));
    }
    return *m;
}

std::int64_t room_id(store::Database& db, const std::string& name) {
    auto r = find_room(db, name);
    if (!r) {
        throw not_found(fmt::format("--room: no room \"{}\" (add it with `officectl agenda room add`)", name));
    }
    return r->id;
}

// Binds the row's fields as ?1..?20 (id excluded).
void bind_row(store::Database& db, SQLite::Statement& q, const Appointment& a) {
    if (a.title.empty()) {
        throw data_error("an appointment needs a title");
    }
    if (a.end < a.start) {
        throw data_error(fmt::format("\"{}\" ends before it starts", a.title));
    }
    q.bind(1, a.uid);
    store::bind_opt(q, 2, a.parent_id);
    store::bind_opt(q, 3, a.recurrence_id ? std::optional<std::string>(core::format_utc(*a.recurrence_id)) : std::nullopt);
    q.bind(4, a.title);
    q.bind(5, core::format_utc(a.start));
    q.bind(6, core::format_utc(a.end));
    q.bind(7, static_cast<std::int64_t>((a.end - a.start).count()));
    q.bind(8, a.zone);
    q.bind(9, a.all_day ? 1 : 0);
    store::bind_opt(q, 10, a.rrule);
    std::optional<std::string> last;
    if (auto e = series_end(a)) {
        last = core::format_utc(*e);
    }
    store::bind_opt(q, 11, last);
    store::bind_opt(q, 12, a.owner ? std::optional<std::int64_t>(member_id(db, *a.owner, "the owner")) : std::nullopt);
    store::bind_opt(q, 13, a.room ? std::optional<std::int64_t>(room_id(db, *a.room)) : std::nullopt);
    store::bind_opt(q, 14, a.location);
    store::bind_opt(q, 15, a.note);
    q.bind(16, a.confidential ? 1 : 0);
    q.bind(17, std::string(status_name(a.status)));
    q.bind(18, a.sequence);
    store::bind_opt(q, 19, a.made_by);
    store::bind_opt(q, 20, a.change_with);
}

void write_children(store::Database& db, const Appointment& a, std::int64_t id) {
    auto& del = db.cached("DELETE FROM agenda_attendee WHERE appointment_id = ?");
    del.bind(1, static_cast<int64_t>(id));
    del.exec();
    auto& ins = db.cached("INSERT INTO agenda_attendee (appointment_id, position, member_id, email) VALUES (?, ?, ?, ?)");
    int pos = 0;
    std::set<std::string> seen;
    for (const auto& h : a.who) {
        if (!seen.insert(h).second) {
            continue;
        }
        ins.reset();
        ins.bind(1, static_cast<int64_t>(id));
        ins.bind(2, pos++);
        ins.bind(3, static_cast<int64_t>(member_id(db, h, "an attendee")));
        ins.bind(4);
        ins.exec();
    }
    for (const auto& e : a.external) {
        if (!seen.insert(core::to_lower(e)).second) {
            continue;
        }
        ins.reset();
        ins.bind(1, static_cast<int64_t>(id));
        ins.bind(2, pos++);
        ins.bind(3);
        ins.bind(4, core::to_lower(e));
        ins.exec();
    }
    auto& dx = db.cached("DELETE FROM agenda_exdate WHERE appointment_id = ?");
    dx.bind(1, static_cast<int64_t>(id));
    dx.exec();
    auto& ix = db.cached("INSERT OR IGNORE INTO agenda_exdate (appointment_id, start_utc) VALUES (?, ?)");
    for (auto t : a.exdates) {
        ix.reset();
        ix.bind(1, static_cast<int64_t>(id));
        ix.bind(2, core::format_utc(t));
        ix.exec();
    }
}

} // namespace

const std::vector<store::Migration>& migrations() {
    static const std::vector<store::Migration> list{
        {"agenda", 1, "appointments, series, rooms, attendees", R"(
CREATE TABLE agenda_room (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
    capacity  INTEGER CHECK (capacity > 0),
    equipment TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE TABLE agenda_appointment (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL CHECK (uid <> ''),
    parent_id      INTEGER REFERENCES agenda_appointment (id) ON DELETE CASCADE,
    recurrence_id  TEXT,
    title          TEXT NOT NULL CHECK (title <> ''),
    start_utc      TEXT NOT NULL,
    end_utc        TEXT NOT NULL,
    duration_s     INTEGER NOT NULL CHECK (duration_s >= 0),
    zone           TEXT NOT NULL,
    all_day        INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    rrule          TEXT,
    series_end_utc TEXT,
    owner_id       INTEGER REFERENCES team_member (id),
    room_id        INTEGER REFERENCES agenda_room (id),
    location       TEXT,
    note           TEXT,
    confidential   INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    status         TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'tentative', 'cancelled')),
    sequence       INTEGER NOT NULL DEFAULT 0,
    CHECK ((parent_id IS NULL) = (recurrence_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX agenda_appointment_uid ON agenda_appointment (uid, ifnull(recurrence_id, ''));
CREATE INDEX agenda_appointment_one_off ON agenda_appointment (start_utc) WHERE rrule IS NULL;
CREATE INDEX agenda_appointment_length ON agenda_appointment (duration_s) WHERE rrule IS NULL;
CREATE INDEX agenda_appointment_series ON agenda_appointment (start_utc) WHERE rrule IS NOT NULL;
CREATE INDEX agenda_appointment_parent ON agenda_appointment (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX agenda_appointment_owner ON agenda_appointment (owner_id);
CREATE INDEX agenda_appointment_room ON agenda_appointment (room_id);
CREATE TABLE agenda_attendee (
    appointment_id INTEGER NOT NULL REFERENCES agenda_appointment (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    member_id      INTEGER REFERENCES team_member (id),
    email          TEXT,
    CHECK ((member_id IS NULL) <> (email IS NULL)),
    PRIMARY KEY (appointment_id, position)
) STRICT;
CREATE INDEX agenda_attendee_member ON agenda_attendee (member_id);
CREATE TABLE agenda_exdate (
    appointment_id INTEGER NOT NULL REFERENCES agenda_appointment (id) ON DELETE CASCADE,
    start_utc      TEXT NOT NULL,
    PRIMARY KEY (appointment_id, start_utc)
) STRICT;
)"},
        // Version 2 is the meetings' (meeting_store.cpp).
        {"agenda", 3, "who made an appointment when another domain did (a trip's leg)", R"(
ALTER TABLE agenda_appointment ADD COLUMN made_by TEXT CHECK (made_by <> '');
ALTER TABLE agenda_appointment ADD COLUMN change_with TEXT CHECK (change_with <> '');
)"},
    };
    return list;
}

std::int64_t add_room(store::Txn& txn, const Room& room) {
    if (core::trim(room.name).empty()) {
        throw data_error("a room needs a name");
    }
    if (room.capacity && *room.capacity < 1) {
        throw data_error("--capacity: expected a number of seats of at least 1");
    }
    if (find_room(txn.db(), room.name)) {
        throw data_error(fmt::format("room \"{}\" exists already", room.name));
    }
    SQLite::Statement q(txn.db().sqlite(), "INSERT INTO agenda_room (name, capacity, equipment) VALUES (?, ?, ?)");
    q.bind(1, room.name);
    store::bind_opt(q, 2, room.capacity);
    q.bind(3, store::tags_to_json(room.equipment));
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    txn.record({k_room_entity, id, "add", room.name, std::nullopt, txn.snapshot("agenda_room", id)});
    return id;
}

std::vector<Room> list_rooms(store::Database& db) {
    auto& q = db.cached("SELECT id, name, capacity, equipment FROM agenda_room ORDER BY name COLLATE NOCASE");
    std::vector<Room> out;
    while (q.executeStep()) {
        Room r;
        r.id = q.getColumn(0).getInt64();
        r.name = q.getColumn(1).getString();
        if (auto c = store::opt_int(q, 2)) {
            r.capacity = static_cast<int>(*c);
        }
        r.equipment = store::tags_from_json(q.getColumn(3).getString());
        out.push_back(std::move(r));
    }
    return out;
}

std::optional<Room> find_room(store::Database& db, std::string_view name) {
    for (auto& r : list_rooms(db)) {
        if (core::to_lower(r.name) == core::to_lower(name)) {
            return r;
        }
    }
    return std::nullopt;
}

void remove_room(store::Txn& txn, const Room& room) {
    SQLite::Statement q(txn.db().sqlite(), "SELECT count(*) FROM agenda_appointment WHERE room_id = ?");
    q.bind(1, static_cast<int64_t>(room.id));
    q.executeStep();
    if (auto n = q.getColumn(0).getInt(); n > 0) {
        throw data_error(fmt::format("room \"{}\" is booked by {} appointment{}; move or remove them first", room.name,
                                     n, n == 1 ? "" : "s"));
    }
    auto before = txn.snapshot("agenda_room", room.id);
    SQLite::Statement d(txn.db().sqlite(), "DELETE FROM agenda_room WHERE id = ?");
    d.bind(1, static_cast<int64_t>(room.id));
    d.exec();
    txn.record({k_room_entity, room.id, "rm", room.name, before, std::nullopt});
}

std::int64_t add_appointment(store::Txn& txn, const Appointment& in) {
    auto a = in;
    if (a.uid.empty()) {
        a.uid = new_uid();
    }
    auto& db = txn.db();
    auto& q = db.cached(R"(
INSERT INTO agenda_appointment (uid, parent_id, recurrence_id, title, start_utc, end_utc, duration_s, zone, all_day,
    rrule, series_end_utc, owner_id, room_id, location, note, confidential, status, sequence, made_by, change_with)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20))");
    bind_row(db, q, a);
    q.exec();
    auto id = db.sqlite().getLastInsertRowid();
    write_children(db, a, id);
    txn.record({k_entity, id, "add", a.title, std::nullopt, txn.snapshot("agenda_appointment", id)});
    return id;
}

void update_appointment(store::Txn& txn, const Appointment& a) {
    auto& db = txn.db();
    auto before = txn.snapshot("agenda_appointment", a.id);
    if (!before) {
        throw not_found(fmt::format("no appointment {}", a.id));
    }
    SQLite::Statement q(db.sqlite(), R"(
UPDATE agenda_appointment SET uid = ?1, parent_id = ?2, recurrence_id = ?3, title = ?4, start_utc = ?5, end_utc = ?6,
    duration_s = ?7, zone = ?8, all_day = ?9, rrule = ?10, series_end_utc = ?11, owner_id = ?12, room_id = ?13,
    location = ?14, note = ?15, confidential = ?16, status = ?17, sequence = ?18,
    made_by = coalesce(?19, made_by), change_with = coalesce(?20, change_with)
WHERE id = ?21)");
    bind_row(db, q, a);
    q.bind(21, static_cast<int64_t>(a.id));
    q.exec();
    write_children(db, a, a.id);
    txn.record({k_entity, a.id, "edit", a.title, before, txn.snapshot("agenda_appointment", a.id)});
}

void set_made_by(store::Txn& txn, std::int64_t id, const std::string& made_by, const std::string& change_with) {
    // Part of the add just journalled (the maker's id is known only after it): no record of its own.
    auto& q = txn.db().cached("UPDATE agenda_appointment SET made_by = ?1, change_with = ?2 WHERE id = ?3");
    q.bind(1, made_by);
    q.bind(2, change_with);
    q.bind(3, static_cast<int64_t>(id));
    q.exec();
    q.reset();
}

void remove_appointment(store::Txn& txn, const Appointment& a) {
    auto before = txn.snapshot("agenda_appointment", a.id);
    SQLite::Statement q(txn.db().sqlite(), "DELETE FROM agenda_appointment WHERE id = ?");
    q.bind(1, static_cast<int64_t>(a.id));
    q.exec();
    txn.record({k_entity, a.id, "rm", a.title, before, std::nullopt});
}

Appointment get_appointment(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_columns) + "WHERE id = ?1");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_appointments(db, q);
    if (rows.empty()) {
        throw not_found(fmt::format("no appointment {} (see `officectl agenda list`)", id));
    }
    return rows.front();
}

std::optional<Appointment> find_by_uid(store::Database& db, const std::string& uid,
                                       const std::optional<core::Instant>& recurrence_id) {
    SQLite::Statement q(db.sqlite(), std::string(k_columns) + "WHERE uid = ?1 AND ifnull(recurrence_id, '') = ?2");
    q.bind(1, uid);
    q.bind(2, recurrence_id ? core::format_utc(*recurrence_id) : std::string());
    auto rows = read_appointments(db, q);
    if (rows.empty()) {
        return std::nullopt;
    }
    return rows.front();
}

std::optional<UidVersion> find_uid(store::Database& db, const std::string& uid,
                                   const std::optional<core::Instant>& recurrence_id) {
    auto& q = db.cached("SELECT id, sequence FROM agenda_appointment WHERE uid = ?1 AND ifnull(recurrence_id, '') = ?2");
    q.bind(1, uid);
    q.bind(2, recurrence_id ? core::format_utc(*recurrence_id) : std::string());
    if (!q.executeStep()) {
        return std::nullopt;
    }
    UidVersion v{q.getColumn(0).getInt64(), q.getColumn(1).getInt()};
    q.reset();
    return v;
}

std::vector<Appointment> appointments_for(store::Database& db, core::Instant from, core::Instant to) {
    // One-off rows overlap the window when they start before its end and no
    // earlier than the longest one-off before its start: both ends indexed.
    std::int64_t longest = 0;
    {
        SQLite::Statement m(db.sqlite(), "SELECT max(duration_s) FROM agenda_appointment WHERE rrule IS NULL");
        if (m.executeStep() && !m.getColumn(0).isNull()) {
            longest = m.getColumn(0).getInt64();
        }
    }
    auto lower = from - std::chrono::seconds{longest};
    SQLite::Statement q(db.sqlite(), std::string(k_columns) + R"(
WHERE rrule IS NULL AND start_utc < ?1 AND start_utc >= ?2 AND (end_utc > ?3 OR start_utc >= ?3)
UNION ALL )" + std::string(k_columns) + R"(
WHERE rrule IS NOT NULL AND start_utc < ?1 AND (series_end_utc IS NULL OR series_end_utc >= ?3)
UNION ALL )" + std::string(k_columns) + R"(
WHERE parent_id IN (SELECT id FROM agenda_appointment
                    WHERE rrule IS NOT NULL AND start_utc < ?1 AND (series_end_utc IS NULL OR series_end_utc >= ?3)))");
    q.bind(1, core::format_utc(to));
    q.bind(2, core::format_utc(lower));
    q.bind(3, core::format_utc(from));
    return read_appointments(db, q);
}

std::vector<Appointment> series_with_changes(store::Database& db, std::int64_t series_id) {
    SQLite::Statement q(db.sqlite(), std::string(k_columns) + "WHERE id = ?1 UNION ALL " + k_columns +
                                         "WHERE parent_id = ?1");
    q.bind(1, static_cast<int64_t>(series_id));
    return read_appointments(db, q);
}

std::vector<Appointment> all_appointments(store::Database& db) {
    SQLite::Statement q(db.sqlite(), std::string(k_columns) + "ORDER BY start_utc, id");
    return read_appointments(db, q);
}

} // namespace officectl::agenda
