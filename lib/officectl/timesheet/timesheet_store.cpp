#include "officectl/timesheet/timesheet_store.hpp"

#include "officectl/core/error.hpp"
#include "officectl/store/remove_row.hpp"
#include "officectl/store/sql.hpp"
#include "officectl/team/member_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>
#include <fmt/format.h>

#include <charconv>

namespace officectl::timesheet {
namespace {

constexpr const char* k_project_select = "SELECT id, name, line_id, rate, currency, owner_id, closed FROM timesheet_project ";

std::vector<Project> read_projects(store::Database& db, SQLite::Statement& q) {
    auto handles = team::member_handles_by_id(db);
    std::vector<Project> out;
    while (q.executeStep()) {
        Project p;
        p.id = q.getColumn(0).getInt64();
        p.name = q.getColumn(1).getString();
        p.line_id = store::opt_int(q, 2);
        if (auto rate = store::opt_int(q, 3)) {
            p.rate = core::Money{*rate, q.getColumn(4).getString()};
        }
        if (auto o = store::opt_int(q, 5)) {
            p.owner = handles.at(*o);
        }
        p.closed = store::opt_date(q, 6);
        out.push_back(std::move(p));
    }
    return out;
}

void bind_project(store::Database& db, SQLite::Statement& q, const Project& p) {
    q.bind(1, p.name);
    store::bind_opt(q, 2, p.line_id);
    store::bind_opt(q, 3, p.rate ? std::optional(p.rate->cents) : std::nullopt);
    q.bind(4, p.rate ? p.rate->currency : std::string("EUR"));
    store::bind_opt(q, 5, p.owner ? std::optional(team::require_member_id(db, *p.owner)) : std::nullopt);
    store::bind_opt(q, 6, store::date_text(p.closed));
}

std::string taken(const std::string& name) { return fmt::format("a project \"{}\" exists already", name); }

constexpr const char* k_entry_select = R"(
SELECT e.id, e.member_id, e.project_id, p.name, e.date, e.minutes, e.note
FROM timesheet_entry e JOIN timesheet_project p ON p.id = e.project_id )";

std::vector<Entry> read_entries(store::Database& db, SQLite::Statement& q) {
    auto handles = team::member_handles_by_id(db);
    std::vector<Entry> out;
    while (q.executeStep()) {
        Entry e;
        e.id = q.getColumn(0).getInt64();
        e.who = handles.at(q.getColumn(1).getInt64());
        e.project_id = q.getColumn(2).getInt64();
        e.project = q.getColumn(3).getString();
        e.date = *store::opt_date(q, 4);
        e.minutes = q.getColumn(5).getInt();
        e.note = store::opt_text(q, 6);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace

const std::vector<store::Migration>& migrations() {
    static const std::vector<store::Migration> list{
        {"timesheet", 1, "projects and the hours logged on them", R"(
CREATE TABLE timesheet_project (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (name <> ''),
    line_id  INTEGER REFERENCES budget_line (id),
    rate     INTEGER CHECK (rate >= 0),
    currency TEXT NOT NULL DEFAULT 'EUR',
    owner_id INTEGER REFERENCES team_member (id),
    closed   TEXT
) STRICT;
CREATE TABLE timesheet_entry (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES team_member (id),
    project_id INTEGER NOT NULL REFERENCES timesheet_project (id),
    date       TEXT NOT NULL,
    minutes    INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
    note       TEXT
) STRICT;
CREATE INDEX timesheet_entry_date ON timesheet_entry (date, member_id);
CREATE INDEX timesheet_entry_project ON timesheet_entry (project_id, date);
)"},
    };
    return list;
}

std::int64_t add_project(store::Txn& txn, const Project& p) {
    auto& db = txn.db();
    SQLite::Statement q(db.sqlite(), R"(
INSERT INTO timesheet_project (name, line_id, rate, currency, owner_id, closed) VALUES (?1, ?2, ?3, ?4, ?5, ?6))");
    bind_project(db, q, p);
    store::exec_unique(q, taken(p.name));
    auto id = db.sqlite().getLastInsertRowid();
    txn.record({"timesheet.project", id, "add", p.name, std::nullopt, txn.snapshot("timesheet_project", id)});
    return id;
}

void update_project(store::Txn& txn, const Project& p) {
    auto& db = txn.db();
    auto before = txn.snapshot("timesheet_project", p.id);
    SQLite::Statement q(db.sqlite(), R"(
UPDATE timesheet_project SET name = ?1, line_id = ?2, rate = ?3, currency = ?4, owner_id = ?5, closed = ?6 WHERE id = ?7)");
    bind_project(db, q, p);
    q.bind(7, static_cast<int64_t>(p.id));
    store::exec_unique(q, taken(p.name));
    txn.record_edit("timesheet.project", "timesheet_project", p.id, p.name, before);
}

Project find_project(store::Database& db, std::string_view text) {
    std::optional<std::int64_t> id;
    std::int64_t v = 0;
    if (auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        ec == std::errc() && end == text.data() + text.size()) {
        id = v;
    }
    SQLite::Statement q(db.sqlite(), std::string(k_project_select) + "WHERE id = ?1 OR name = ?2 ORDER BY id = ?1 DESC");
    store::bind_opt(q, 1, id);
    q.bind(2, std::string(text));
    auto rows = read_projects(db, q);
    if (rows.empty()) {
        throw not_found(fmt::format("no project \"{}\" (see `officectl budget project list`)", text));
    }
    return rows.front();
}

std::vector<Project> list_projects(store::Database& db, bool all) {
    SQLite::Statement q(db.sqlite(), std::string(k_project_select) + "WHERE ?1 = 1 OR closed IS NULL ORDER BY name");
    q.bind(1, all ? 1 : 0);
    return read_projects(db, q);
}

std::int64_t add_entry(store::Txn& txn, const Entry& e) {
    auto& db = txn.db();
    SQLite::Statement q(db.sqlite(), R"(
INSERT INTO timesheet_entry (member_id, project_id, date, minutes, note) VALUES (?1, ?2, ?3, ?4, ?5))");
    q.bind(1, static_cast<int64_t>(team::require_member_id(db, e.who)));
    q.bind(2, static_cast<int64_t>(e.project_id));
    q.bind(3, core::format_date(e.date));
    q.bind(4, e.minutes);
    store::bind_opt(q, 5, e.note);
    q.exec();
    auto id = db.sqlite().getLastInsertRowid();
    txn.record({"timesheet.entry", id, "add", fmt::format("{} {}", e.who, core::format_date(e.date)), std::nullopt,
                txn.snapshot("timesheet_entry", id)});
    return id;
}

void remove_entry(store::Txn& txn, std::int64_t id) {
    store::remove_row(txn, "timesheet.entry", "timesheet_entry", id, std::to_string(id));
}

Entry get_entry(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_entry_select) + "WHERE e.id = ?1");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_entries(db, q);
    if (rows.empty()) {
        throw not_found(fmt::format("no hours entry {} (see `officectl budget hours list`)", id));
    }
    return rows.front();
}

std::vector<Entry> list_entries(store::Database& db, const EntryFilter& f) {
    SQLite::Statement q(db.sqlite(), std::string(k_entry_select) + R"(
WHERE e.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR e.member_id = ?3) AND (?4 IS NULL OR e.project_id = ?4)
ORDER BY e.date, e.member_id, e.id)");
    q.bind(1, core::format_date(f.from));
    q.bind(2, core::format_date(f.to));
    store::bind_opt(q, 3, f.who ? std::optional(team::require_member_id(db, *f.who)) : std::nullopt);
    store::bind_opt(q, 4, f.project_id);
    return read_entries(db, q);
}

std::map<std::int64_t, std::int64_t> minutes_by_project(store::Database& db) {
    SQLite::Statement q(db.sqlite(), "SELECT project_id, sum(minutes) FROM timesheet_entry GROUP BY project_id");
    std::map<std::int64_t, std::int64_t> out;
    while (q.executeStep()) {
        out[q.getColumn(0).getInt64()] = q.getColumn(1).getInt64();
    }
    return out;
}

int minutes_logged(store::Database& db, const std::string& who, core::Date day) {
    SQLite::Statement q(db.sqlite(), "SELECT coalesce(sum(minutes), 0) FROM timesheet_entry WHERE member_id = ?1 AND date = ?2");
    q.bind(1, static_cast<int64_t>(team::require_member_id(db, who)));
    q.bind(2, core::format_date(day));
    q.executeStep();
    return q.getColumn(0).getInt();
}

} // namespace officectl::timesheet
