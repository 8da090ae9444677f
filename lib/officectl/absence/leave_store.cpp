#include "officectl/absence/leave_store.hpp"

#include "officectl/absence/leave_rules.hpp"

#include "officectl/core/error.hpp"
#include "officectl/store/sql.hpp"
#include "officectl/team/member_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace officectl::absence {
namespace {

constexpr std::string_view k_entity = "absence.leave";
constexpr const char* k_select =
    "SELECT id, member_id, type, from_date, to_date, half, status, note, why_rejected, open_ended FROM absence_leave ";

std::vector<Leave> read_leaves(store::Database& db, SQLite::Statement& q) {
    auto handles = team::member_handles_by_id(db);
    std::vector<Leave> out;
    while (q.executeStep()) {
        Leave l;
        l.id = q.getColumn(0).getInt64();
        l.who = handles.at(q.getColumn(1).getInt64());
        l.type = q.getColumn(2).getString();
        l.from = *store::opt_date(q, 3);
        l.to = *store::opt_date(q, 4);
        if (auto h = store::opt_text(q, 5)) {
            l.half = halves.parse(*h).value_or(Half::am);
        }
        l.status = parse_status(q.getColumn(6).getString()).value_or(LeaveStatus::approved);
        l.note = store::opt_text(q, 7);
        l.why_rejected = store::opt_text(q, 8);
        l.open = q.getColumn(9).getInt() != 0;
        out.push_back(std::move(l));
    }
    return out;
}

void bind_leave(store::Database& db, SQLite::Statement& q, const Leave& l) {
    q.bind(1, static_cast<int64_t>(team::require_member_id(db, l.who)));
    q.bind(2, l.type);
    q.bind(3, core::format_date(l.from));
    q.bind(4, core::format_date(l.to));
    store::bind_opt(q, 5, l.half ? std::optional<std::string>(halves.name(*l.half)) : std::nullopt);
    q.bind(6, std::string(status_name(l.status)));
    store::bind_opt(q, 7, l.note);
    store::bind_opt(q, 8, l.why_rejected);
    q.bind(9, l.open ? 1 : 0);
}

// Whether `later`, which starts within an open leave, is kept beside it: leave
// planned after an open sickness began stays (until the sickness gets an end,
// see illness_overlap.hpp); leave under way when it began does not.
bool planned_during_open(const Leave& open, const Leave& later) {
    return open.open && !later.open && !is_illness(later) && later.from > open.from; // sickness in sickness: refused
}

// Another leave of the same person on one of these days (not rejected, not itself).
void check_overlap(store::Database& db, const Leave& l) {
    if (l.status == LeaveStatus::rejected) {
        return;
    }
    LeaveFilter f;
    f.who = l.who;
    f.from = l.from;
    f.to = l.to;
    for (const auto& other : list_leaves(db, f)) {
        if (other.id == l.id || planned_during_open(l, other) || planned_during_open(other, l)) {
            continue;
        }
        // Two half days of one day may share it: a morning and an afternoon.
        if (l.half && other.half && *l.half != *other.half) {
            continue;
        }
        throw data_error(fmt::format("{} is already away then: leave {} ({}, {})", l.who, other.id, other.type,
                                     span_text(other)));
    }
}

} // namespace

const std::vector<store::Migration>& migrations() {
    static const std::vector<store::Migration> list{
        {"absence", 1, "leave and entitlements", R"(
CREATE TABLE absence_leave (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES team_member (id),
    type         TEXT NOT NULL CHECK (type <> ''),
    from_date    TEXT NOT NULL,
    to_date      TEXT NOT NULL CHECK (to_date >= from_date),
    half         TEXT CHECK (half IN ('am', 'pm')),
    status       TEXT NOT NULL DEFAULT 'approved' CHECK (status IN ('requested', 'approved', 'rejected')),
    note         TEXT,
    why_rejected TEXT
) STRICT;
CREATE INDEX absence_leave_member ON absence_leave (member_id, from_date);
CREATE INDEX absence_leave_dates ON absence_leave (from_date, to_date);
CREATE TABLE absence_entitlement (
    member_id INTEGER NOT NULL REFERENCES team_member (id),
    year      INTEGER NOT NULL,
    days      REAL NOT NULL CHECK (days >= 0),
    PRIMARY KEY (member_id, year)
) STRICT;
)"},
        {"absence", 2, "open sick leave (no end yet)", R"(
ALTER TABLE absence_leave ADD COLUMN open_ended INTEGER NOT NULL DEFAULT 0 CHECK (open_ended IN (0, 1));
)"},
    };
    return list;
}

std::int64_t add_leave(store::Txn& txn, const Leave& l) {
    auto& db = txn.db();
    check_overlap(db, l);
    SQLite::Statement q(db.sqlite(), R"(
INSERT INTO absence_leave (member_id, type, from_date, to_date, half, status, note, why_rejected, open_ended)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))");
    bind_leave(db, q, l);
    q.exec();
    auto id = db.sqlite().getLastInsertRowid();
    txn.record({k_entity, id, "add", fmt::format("{} {}", l.who, l.type), std::nullopt, txn.snapshot("absence_leave", id)});
    return id;
}

void update_leave(store::Txn& txn, const Leave& l) {
    auto& db = txn.db();
    check_overlap(db, l);
    auto before = txn.snapshot("absence_leave", l.id);
    SQLite::Statement q(db.sqlite(), R"(
UPDATE absence_leave SET member_id = ?1, type = ?2, from_date = ?3, to_date = ?4, half = ?5, status = ?6, note = ?7,
       why_rejected = ?8, open_ended = ?9
WHERE id = ?10)");
    bind_leave(db, q, l);
    q.bind(10, static_cast<int64_t>(l.id));
    q.exec();
    txn.record_edit(k_entity, "absence_leave", l.id, fmt::format("{} {}", l.who, l.type), before);
}

void remove_leave(store::Txn& txn, const Leave& l) {
    auto before = txn.snapshot("absence_leave", l.id);
    SQLite::Statement q(txn.db().sqlite(), "DELETE FROM absence_leave WHERE id = ?");
    q.bind(1, static_cast<int64_t>(l.id));
    q.exec();
    txn.record({k_entity, l.id, "rm", fmt::format("{} {}", l.who, l.type), before, std::nullopt});
}

Leave get_leave(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_select) + "WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_leaves(db, q);
    if (rows.empty()) {
        throw not_found(fmt::format("no leave {} (see `officectl absence list`)", id));
    }
    return rows.front();
}

std::vector<Leave> list_leaves(store::Database& db, const LeaveFilter& f) {
    std::optional<std::int64_t> who;
    if (f.who) {
        who = team::require_member_id(db, *f.who);
    }
    SQLite::Statement q(db.sqlite(), std::string(k_select) + R"(
WHERE (?1 IS NULL OR member_id = ?1) AND (?2 IS NULL OR to_date >= ?2) AND (?3 IS NULL OR from_date <= ?3)
  AND (?4 IS NULL OR status = ?4) AND (?5 IS NULL OR type = ?5) AND (?6 = 1 OR status <> 'rejected')
ORDER BY from_date, id)");
    store::bind_opt(q, 1, who);
    store::bind_opt(q, 2, store::date_text(f.from));
    store::bind_opt(q, 3, store::date_text(f.to));
    store::bind_opt(q, 4, f.status ? std::optional<std::string>(std::string(status_name(*f.status))) : std::nullopt);
    store::bind_opt(q, 5, f.type);
    q.bind(6, f.include_rejected || f.status == LeaveStatus::rejected ? 1 : 0);
    return read_leaves(db, q);
}

void set_entitlement(store::Txn& txn, const std::string& who, int year, double days) {
    if (days < 0) {
        throw data_error("--days: an entitlement of 0 days or more");
    }
    auto id = team::require_member_id(txn.db(), who);
    SQLite::Statement q(txn.db().sqlite(), R"(
INSERT INTO absence_entitlement (member_id, year, days) VALUES (?1, ?2, ?3)
ON CONFLICT (member_id, year) DO UPDATE SET days = excluded.days)");
    q.bind(1, static_cast<int64_t>(id));
    q.bind(2, year);
    q.bind(3, days);
    q.exec();
    txn.record({"absence.entitlement", id, "set", fmt::format("{} {}", who, year), std::nullopt,
                fmt::format(R"({{"member":"{}","year":{},"days":{}}})", who, year, days)});
}

std::map<std::string, double> entitlement_overrides(store::Database& db, int year) {
    auto handles = team::member_handles_by_id(db);
    SQLite::Statement q(db.sqlite(), "SELECT member_id, days FROM absence_entitlement WHERE year = ?");
    q.bind(1, year);
    std::map<std::string, double> out;
    while (q.executeStep()) {
        out[handles.at(q.getColumn(0).getInt64())] = q.getColumn(1).getDouble();
    }
    return out;
}

std::optional<double> entitlement_override(store::Database& db, const std::string& who, int year) {
    auto id = team::member_id(db, who);
    if (!id) {
        return std::nullopt;
    }
    SQLite::Statement q(db.sqlite(), "SELECT days FROM absence_entitlement WHERE member_id = ? AND year = ?");
    q.bind(1, static_cast<int64_t>(*id));
    q.bind(2, year);
    if (q.executeStep()) {
        return q.getColumn(0).getDouble();
    }
    return std::nullopt;
}

} // namespace officectl::absence
