#include "officectl/trip/trip_store.hpp"

#include "officectl/core/error.hpp"
#include "officectl/store/remove_row.hpp"
#include "officectl/store/sql.hpp"
#include "officectl/team/member_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace officectl::trip {
namespace {

std::vector<std::string> travellers_of(store::Database& db, std::int64_t trip_id) {
    SQLite::Statement q(db.sqlite(), R"(
SELECT m.handle FROM trip_traveller t JOIN team_member m ON m.id = t.member_id WHERE t.trip_id = ?1 ORDER BY t.position)");
    q.bind(1, static_cast<int64_t>(trip_id));
    std::vector<std::string> out;
    while (q.executeStep()) {
        out.push_back(q.getColumn(0).getString());
    }
    return out;
}

void write_travellers(store::Txn& txn, const Trip& t) {
    auto& db = txn.db();
    SQLite::Statement del(db.sqlite(), "DELETE FROM trip_traveller WHERE trip_id = ?1");
    del.bind(1, static_cast<int64_t>(t.id));
    del.exec();
    SQLite::Statement ins(db.sqlite(), "INSERT INTO trip_traveller (trip_id, member_id, position) VALUES (?1, ?2, ?3)");
    int position = 0;
    for (const auto& who : t.travellers) {
        ins.bind(1, static_cast<int64_t>(t.id));
        ins.bind(2, static_cast<int64_t>(team::require_member_id(db, who)));
        ins.bind(3, position++);
        ins.exec();
        ins.reset();
    }
}

std::optional<core::Money> money_of(SQLite::Statement& q, int cents_col, int currency_col) {
    if (auto c = store::opt_int(q, cents_col)) {
        return core::Money{*c, q.getColumn(currency_col).getString()};
    }
    return std::nullopt;
}

constexpr const char* k_leg_select = R"(
SELECT id, trip_id, mode, from_place, to_place, depart_utc, depart_zone, arrive_utc, arrive_zone, carrier, ref, cost,
       currency, appointment_id, commitment_id FROM trip_leg )";

std::vector<Leg> read_legs(SQLite::Statement& q) {
    std::vector<Leg> out;
    while (q.executeStep()) {
        Leg l;
        l.id = q.getColumn(0).getInt64();
        l.trip_id = q.getColumn(1).getInt64();
        l.mode = parse_mode(q.getColumn(2).getString()).value_or(Mode::train);
        l.from = q.getColumn(3).getString();
        l.to = q.getColumn(4).getString();
        l.depart = {*core::parse_utc(q.getColumn(5).getString()), q.getColumn(6).getString()};
        l.arrive = {*core::parse_utc(q.getColumn(7).getString()), q.getColumn(8).getString()};
        l.carrier = store::opt_text(q, 9);
        l.ref = store::opt_text(q, 10);
        l.cost = money_of(q, 11, 12);
        l.appointment_id = store::opt_int(q, 13);
        l.commitment_id = store::opt_int(q, 14);
        out.push_back(std::move(l));
    }
    return out;
}

void bind_leg(SQLite::Statement& q, const Leg& l) {
    q.bind(1, static_cast<int64_t>(l.trip_id));
    q.bind(2, std::string(mode_name(l.mode)));
    q.bind(3, l.from);
    q.bind(4, l.to);
    q.bind(5, core::format_utc(l.depart.utc));
    q.bind(6, l.depart.zone);
    q.bind(7, core::format_utc(l.arrive.utc));
    q.bind(8, l.arrive.zone);
    store::bind_opt(q, 9, l.carrier);
    store::bind_opt(q, 10, l.ref);
    store::bind_opt(q, 11, l.cost ? std::optional(l.cost->cents) : std::nullopt);
    q.bind(12, l.cost ? l.cost->currency : std::string("EUR"));
    store::bind_opt(q, 13, l.appointment_id);
    store::bind_opt(q, 14, l.commitment_id);
}

constexpr const char* k_stay_select = R"(
SELECT id, trip_id, hotel, check_in, check_out, address, ref, cost, currency, commitment_id FROM trip_stay )";

std::vector<Stay> read_stays(SQLite::Statement& q) {
    std::vector<Stay> out;
    while (q.executeStep()) {
        Stay s;
        s.id = q.getColumn(0).getInt64();
        s.trip_id = q.getColumn(1).getInt64();
        s.hotel = q.getColumn(2).getString();
        s.check_in = *store::opt_date(q, 3);
        s.check_out = *store::opt_date(q, 4);
        s.address = store::opt_text(q, 5);
        s.ref = store::opt_text(q, 6);
        s.cost = money_of(q, 7, 8);
        s.commitment_id = store::opt_int(q, 9);
        out.push_back(std::move(s));
    }
    return out;
}

void bind_stay(SQLite::Statement& q, const Stay& s) {
    q.bind(1, static_cast<int64_t>(s.trip_id));
    q.bind(2, s.hotel);
    q.bind(3, core::format_date(s.check_in));
    q.bind(4, core::format_date(s.check_out));
    store::bind_opt(q, 5, s.address);
    store::bind_opt(q, 6, s.ref);
    store::bind_opt(q, 7, s.cost ? std::optional(s.cost->cents) : std::nullopt);
    q.bind(8, s.cost ? s.cost->currency : std::string("EUR"));
    store::bind_opt(q, 9, s.commitment_id);
}

} // namespace

const std::vector<store::Migration>& migrations() {
    static const std::vector<store::Migration> list{
        {"trip", 1, "trips, their travellers, legs and stays", R"(
CREATE TABLE trip_trip (
    id       INTEGER PRIMARY KEY,
    title    TEXT NOT NULL CHECK (title <> ''),
    purpose  TEXT,
    line_id  INTEGER REFERENCES budget_line (id),
    note     TEXT
) STRICT;
CREATE TABLE trip_traveller (
    trip_id   INTEGER NOT NULL REFERENCES trip_trip (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES team_member (id),
    position  INTEGER NOT NULL,
    PRIMARY KEY (trip_id, member_id)
) STRICT;
CREATE TABLE trip_leg (
    id             INTEGER PRIMARY KEY,
    trip_id        INTEGER NOT NULL REFERENCES trip_trip (id) ON DELETE CASCADE,
    mode           TEXT NOT NULL CHECK (mode IN ('train', 'flight', 'car', 'taxi', 'bus')),
    from_place     TEXT NOT NULL CHECK (from_place <> ''),
    to_place       TEXT NOT NULL CHECK (to_place <> ''),
    depart_utc     TEXT NOT NULL,
    depart_zone    TEXT NOT NULL,
    arrive_utc     TEXT NOT NULL,
    arrive_zone    TEXT NOT NULL,
    carrier        TEXT,
    ref            TEXT,
    cost           INTEGER CHECK (cost >= 0),
    currency       TEXT NOT NULL DEFAULT 'EUR',
    appointment_id INTEGER REFERENCES agenda_appointment (id) ON DELETE SET NULL,
    commitment_id  INTEGER REFERENCES budget_commitment (id) ON DELETE SET NULL,
    CHECK (arrive_utc > depart_utc)
) STRICT;
CREATE INDEX trip_leg_trip ON trip_leg (trip_id, depart_utc);
CREATE INDEX trip_leg_depart ON trip_leg (depart_utc);
CREATE TABLE trip_stay (
    id            INTEGER PRIMARY KEY,
    trip_id       INTEGER NOT NULL REFERENCES trip_trip (id) ON DELETE CASCADE,
    hotel         TEXT NOT NULL CHECK (hotel <> ''),
    check_in      TEXT NOT NULL,
    check_out     TEXT NOT NULL,
    address       TEXT,
    ref           TEXT,
    cost          INTEGER CHECK (cost >= 0),
    currency      TEXT NOT NULL DEFAULT 'EUR',
    commitment_id INTEGER REFERENCES budget_commitment (id) ON DELETE SET NULL,
    CHECK (check_out > check_in)
) STRICT;
CREATE INDEX trip_stay_trip ON trip_stay (trip_id, check_in);
)"},
    };
    return list;
}

std::int64_t add_trip(store::Txn& txn, const Trip& t) {
    auto& db = txn.db();
    SQLite::Statement q(db.sqlite(), "INSERT INTO trip_trip (title, purpose, line_id, note) VALUES (?1, ?2, ?3, ?4)");
    q.bind(1, t.title);
    store::bind_opt(q, 2, t.purpose);
    store::bind_opt(q, 3, t.line_id);
    store::bind_opt(q, 4, t.note);
    q.exec();
    Trip stored = t;
    stored.id = db.sqlite().getLastInsertRowid();
    write_travellers(txn, stored);
    txn.record({"trip.trip", stored.id, "add", t.title, std::nullopt, txn.snapshot("trip_trip", stored.id)});
    return stored.id;
}

void update_trip(store::Txn& txn, const Trip& t) {
    auto before = txn.snapshot("trip_trip", t.id);
    SQLite::Statement q(txn.db().sqlite(), "UPDATE trip_trip SET title = ?1, purpose = ?2, line_id = ?3, note = ?4 WHERE id = ?5");
    q.bind(1, t.title);
    store::bind_opt(q, 2, t.purpose);
    store::bind_opt(q, 3, t.line_id);
    store::bind_opt(q, 4, t.note);
    q.bind(5, static_cast<int64_t>(t.id));
    q.exec();
    write_travellers(txn, t);
    txn.record_edit("trip.trip", "trip_trip", t.id, t.title, before);
}

void remove_trip(store::Txn& txn, const Trip& t) {
    store::remove_row(txn, "trip.trip", "trip_trip", t.id, t.title);
}

Trip get_trip(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), "SELECT id, title, purpose, line_id, note FROM trip_trip WHERE id = ?1");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep()) {
        throw not_found(fmt::format("no trip {} (see `officectl trip list`)", id));
    }
    Trip t{q.getColumn(0).getInt64(), q.getColumn(1).getString(), {}, store::opt_text(q, 2), store::opt_int(q, 3),
           store::opt_text(q, 4)};
    t.travellers = travellers_of(db, t.id);
    return t;
}

std::vector<Trip> list_trips(store::Database& db) {
    SQLite::Statement q(db.sqlite(), R"(
SELECT t.id, t.title, t.purpose, t.line_id, t.note FROM trip_trip t LEFT JOIN trip_leg l ON l.trip_id = t.id
GROUP BY t.id ORDER BY min(l.depart_utc) IS NULL, min(l.depart_utc), t.id)");
    std::vector<Trip> out;
    std::map<std::int64_t, size_t> at;
    while (q.executeStep()) {
        at[q.getColumn(0).getInt64()] = out.size();
        out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), {}, store::opt_text(q, 2),
                       store::opt_int(q, 3), store::opt_text(q, 4)});
    }
    SQLite::Statement t(db.sqlite(), R"(
SELECT t.trip_id, m.handle FROM trip_traveller t JOIN team_member m ON m.id = t.member_id ORDER BY t.trip_id, t.position)");
    while (t.executeStep()) {
        if (auto it = at.find(t.getColumn(0).getInt64()); it != at.end()) {
            out[it->second].travellers.push_back(t.getColumn(1).getString());
        }
    }
    return out;
}

std::int64_t add_leg(store::Txn& txn, const Leg& l) {
    SQLite::Statement q(txn.db().sqlite(), R"(
INSERT INTO trip_leg (trip_id, mode, from_place, to_place, depart_utc, depart_zone, arrive_utc, arrive_zone, carrier, ref,
                      cost, currency, appointment_id, commitment_id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14))");
    bind_leg(q, l);
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    txn.record({"trip.leg", id, "add", fmt::format("{} -> {}", l.from, l.to), std::nullopt, txn.snapshot("trip_leg", id)});
    return id;
}

void update_leg(store::Txn& txn, const Leg& l) {
    auto before = txn.snapshot("trip_leg", l.id);
    SQLite::Statement q(txn.db().sqlite(), R"(
UPDATE trip_leg SET trip_id = ?1, mode = ?2, from_place = ?3, to_place = ?4, depart_utc = ?5, depart_zone = ?6,
       arrive_utc = ?7, arrive_zone = ?8, carrier = ?9, ref = ?10, cost = ?11, currency = ?12, appointment_id = ?13,
       commitment_id = ?14 WHERE id = ?15)");
    bind_leg(q, l);
    q.bind(15, static_cast<int64_t>(l.id));
    q.exec();
    txn.record_edit("trip.leg", "trip_leg", l.id, fmt::format("{} -> {}", l.from, l.to), before);
}

void remove_leg(store::Txn& txn, const Leg& l) {
    store::remove_row(txn, "trip.leg", "trip_leg", l.id, fmt::format("{} -> {}", l.from, l.to));
}

Leg get_leg(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_leg_select) + "WHERE id = ?1");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_legs(q);
    if (rows.empty()) {
        throw not_found(fmt::format("no leg {} (see `officectl trip show TRIP`)", id));
    }
    return rows.front();
}

std::vector<Leg> list_legs(store::Database& db, std::int64_t trip_id) {
    SQLite::Statement q(db.sqlite(), std::string(k_leg_select) + "WHERE trip_id = ?1 ORDER BY depart_utc, id");
    q.bind(1, static_cast<int64_t>(trip_id));
    return read_legs(q);
}

std::int64_t add_stay(store::Txn& txn, const Stay& s) {
    SQLite::Statement q(txn.db().sqlite(), R"(
INSERT INTO trip_stay (trip_id, hotel, check_in, check_out, address, ref, cost, currency, commitment_id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))");
    bind_stay(q, s);
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    txn.record({"trip.stay", id, "add", s.hotel, std::nullopt, txn.snapshot("trip_stay", id)});
    return id;
}

void update_stay(store::Txn& txn, const Stay& s) {
    auto before = txn.snapshot("trip_stay", s.id);
    SQLite::Statement q(txn.db().sqlite(), R"(
UPDATE trip_stay SET trip_id = ?1, hotel = ?2, check_in = ?3, check_out = ?4, address = ?5, ref = ?6, cost = ?7,
       currency = ?8, commitment_id = ?9 WHERE id = ?10)");
    bind_stay(q, s);
    q.bind(10, static_cast<int64_t>(s.id));
    q.exec();
    txn.record_edit("trip.stay", "trip_stay", s.id, s.hotel, before);
}

void remove_stay(store::Txn& txn, const Stay& s) {
    store::remove_row(txn, "trip.stay", "trip_stay", s.id, s.hotel);
}

Stay get_stay(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_stay_select) + "WHERE id = ?1");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_stays(q);
    if (rows.empty()) {
        throw not_found(fmt::format("no stay {} (see `officectl trip show TRIP`)", id));
    }
    return rows.front();
}

std::vector<Stay> list_stays(store::Database& db, std::int64_t trip_id) {
    SQLite::Statement q(db.sqlite(), std::string(k_stay_select) + "WHERE trip_id = ?1 ORDER BY check_in, id");
    q.bind(1, static_cast<int64_t>(trip_id));
    return read_stays(q);
}

std::map<std::int64_t, std::vector<Leg>> all_legs(store::Database& db) {
    SQLite::Statement q(db.sqlite(), std::string(k_leg_select) + "ORDER BY trip_id, depart_utc, id");
    std::map<std::int64_t, std::vector<Leg>> out;
    for (auto& l : read_legs(q)) {
        out[l.trip_id].push_back(std::move(l));
    }
    return out;
}

std::map<std::int64_t, std::vector<Stay>> all_stays(store::Database& db) {
    SQLite::Statement q(db.sqlite(), std::string(k_stay_select) + "ORDER BY trip_id, check_in, id");
    std::map<std::int64_t, std::vector<Stay>> out;
    for (auto& s : read_stays(q)) {
        out[s.trip_id].push_back(std::move(s));
    }
    return out;
}

std::vector<std::int64_t> trips_between(store::Database& db, core::Instant from, core::Instant to) {
    SQLite::Statement q(db.sqlite(), R"(
SELECT trip_id FROM trip_leg GROUP BY trip_id HAVING min(depart_utc) < ?2 AND max(arrive_utc) >= ?1
ORDER BY min(depart_utc), trip_id)");
    q.bind(1, core::format_utc(from));
    q.bind(2, core::format_utc(to));
    std::vector<std::int64_t> out;
    while (q.executeStep()) {
        out.push_back(q.getColumn(0).getInt64());
    }
    return out;
}

} // namespace officectl::trip
