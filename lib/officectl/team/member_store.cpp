#include "officectl/team/member_store.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/store/maintenance.hpp"
#include "officectl/team/member_rules.hpp"

#include "officectl/store/sql.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <map>

namespace officectl::team {
namespace {

constexpr std::string_view k_entity = "team.member";

constexpr const char* k_select = R"(
SELECT m.id, m.handle, m.name, m.email, m.role, boss.handle, m.minutes_per_week, m.work_days,
       m.start_date, m.end_date, m.lang
FROM team_member m LEFT JOIN team_member boss ON boss.id = m.manager_id
)";

Member read_member(SQLite::Statement& q) {
    Member m;
    m.id = q.getColumn(0).getInt64();
    m.handle = q.getColumn(1).getString();
    m.name = q.getColumn(2).getString();
    m.email = store::opt_text(q, 3);
    m.role = store::opt_text(q, 4);
    m.manager = store::opt_text(q, 5);
    if (!q.getColumn(6).isNull()) {
        m.minutes_per_week = q.getColumn(6).getInt();
    }
    if (auto d = store::opt_text(q, 7)) {
        m.work_days = core::WorkWeek::parse(*d);
    }
    if (auto d = store::opt_text(q, 8)) {
        m.start = core::parse_iso_date(*d);
    }
    if (auto d = store::opt_text(q, 9)) {
        m.end = core::parse_iso_date(*d);
    }
    if (auto l = store::opt_text(q, 10)) {
        m.lang = core::parse_language(*l);
    }
    return m;
}

// Binds the writable columns as ?1..?10 in table order.
void bind_fields(SQLite::Statement& q, const Member& m, std::optional<std::int64_t> manager_id) {
    q.bind(1, m.handle);
    q.bind(2, m.name);
    store::bind_opt(q, 3, m.email);
    store::bind_opt(q, 4, m.role);
    store::bind_opt(q, 5, manager_id);
    store::bind_opt(q, 6, m.minutes_per_week);
    store::bind_opt(q, 7, m.work_days ? std::optional<std::string>(m.work_days->to_string()) : std::nullopt);
    store::bind_opt(q, 8, m.start ? std::optional<std::string>(core::format_date(*m.start)) : std::nullopt);
    store::bind_opt(q, 9, m.end ? std::optional<std::string>(core::format_date(*m.end)) : std::nullopt);
    store::bind_opt(q, 10, m.lang ? std::optional<std::string>(core::language_code(*m.lang)) : std::nullopt);
}

// The manager's id, after checking the manager exists and that `m` does not end
// up managing one of its own managers.
std::optional<std::int64_t> resolve_manager(store::Database& db, const Member& m) {
    if (!m.manager) {
        return std::nullopt;
    }
    auto boss = find_member(db, *m.manager);
    if (!boss) {
        throw not_found(fmt::format("unknown manager \"{}\" (see `officectl team member list`)", *m.manager));
    }
    for (auto up = boss; up && up->manager; up = find_member(db, *up->manager)) {
        if (*up->manager == m.handle) {
            throw data_error(fmt::format("member {}: managed by {} would make a management cycle", m.handle, boss->handle));
        }
    }
    return boss->id;
}

bool handle_taken(store::Database& db, const Member& m) {
    SQLite::Statement q(db.sqlite(), "SELECT 1 FROM team_member WHERE handle = ? AND id <> ?");
    q.bind(1, m.handle);
    q.bind(2, static_cast<int64_t>(m.id));
    return q.executeStep();
}

} // namespace

const std::vector<store::Migration>& migrations() {
    static const std::vector<store::Migration> list{
        {"team", 1, "people directory", R"(
CREATE TABLE team_member (
    id               INTEGER PRIMARY KEY,
    handle           TEXT NOT NULL UNIQUE CHECK (length(handle) BETWEEN 1 AND 32),
    name             TEXT NOT NULL CHECK (name <> ''),
    email            TEXT,
    role             TEXT,
    manager_id       INTEGER REFERENCES team_member (id),
    minutes_per_week INTEGER CHECK (minutes_per_week BETWEEN 0 AND 10080),
    work_days        TEXT,
    start_date       TEXT CHECK (start_date IS date(start_date)),
    end_date         TEXT CHECK (end_date IS date(end_date)),
    lang             TEXT CHECK (lang IN ('nl', 'fr', 'en')),
    CHECK (end_date >= start_date)
) STRICT;
CREATE INDEX team_member_by_manager ON team_member (manager_id);
)"},
    };
    return list;
}

std::optional<Member> find_member(store::Database& db, std::string_view handle) {
    SQLite::Statement q(db.sqlite(), std::string(k_select) + "WHERE m.handle = ?");
    q.bind(1, std::string(handle));
    if (!q.executeStep()) {
        return std::nullopt;
    }
    return read_member(q);
}

namespace {

Error unknown_member(std::string_view handle) {
    return not_found(fmt::format("no team member \"{}\" (see `officectl team member list`)", handle));
}

} // namespace

Member get_member(store::Database& db, std::string_view handle) {
    if (auto m = find_member(db, handle)) {
        return *m;
    }
    throw unknown_member(handle);
}

std::vector<Member> list_members(store::Database& db, const MemberFilter& f, core::Date today) {
    auto order = [&]() -> std::string_view {
        switch (f.sort) {
        case MemberSort::handle: return "m.handle";
        case MemberSort::name: return "m.name COLLATE NOCASE, m.handle";
        case MemberSort::start: return "m.start_date IS NULL, m.start_date, m.handle";
        case MemberSort::role: return "m.role IS NULL, m.role COLLATE NOCASE, m.handle";
        }
        return "m.handle";
    }();
    auto today_text = core::format_date(today);
    // ?1 today; ?2 status filter (NULL: not gone, 'all': everyone); ?3 role; ?4 manager.
    SQLite::Statement q(db.sqlite(), std::string(k_select) + R"(
WHERE CASE ?2
        WHEN 'all'     THEN 1
        WHEN 'joining' THEN m.start_date > ?1
        WHEN 'active'  THEN (m.start_date IS NULL OR m.start_date <= ?1) AND (m.end_date IS NULL OR m.end_date >= ?1)
        WHEN 'left'    THEN m.end_date < ?1
        ELSE m.end_date IS NULL OR m.end_date >= ?1
      END
  AND (?3 IS NULL OR m.role = ?3 COLLATE NOCASE)
  AND (?4 IS NULL OR boss.handle = ?4)
ORDER BY )" + std::string(order) + " LIMIT ?5");
    q.bind(1, today_text);
    if (f.all) {
        q.bind(2, "all");
    } else if (f.status) {
        q.bind(2, std::string(status_name(*f.status)));
    }
    store::bind_opt(q, 3, f.role);
    store::bind_opt(q, 4, f.manager);
    q.bind(5, f.limit > 0 ? f.limit : -1);
    std::vector<Member> out;
    while (q.executeStep()) {
        out.push_back(read_member(q));
    }
    return out;
}

std::vector<Member> members_joining(store::Database& db, core::DateRange r) {
    SQLite::Statement q(db.sqlite(), std::string(k_select) + "WHERE m.start_date BETWEEN ? AND ? ORDER BY m.start_date, m.handle");
    q.bind(1, core::format_date(r.from));
    q.bind(2, core::format_date(r.to));
    std::vector<Member> out;
    while (q.executeStep()) {
        out.push_back(read_member(q));
    }
    return out;
}

std::vector<Member> members_leaving(store::Database& db, core::DateRange r) {
    SQLite::Statement q(db.sqlite(), std::string(k_select) + "WHERE m.end_date BETWEEN ? AND ? ORDER BY m.end_date, m.handle");
    q.bind(1, core::format_date(r.from));
    q.bind(2, core::format_date(r.to));
    std::vector<Member> out;
    while (q.executeStep()) {
        out.push_back(read_member(q));
    }
    return out;
}

std::vector<std::string> member_handles(store::Database& db) {
    SQLite::Statement q(db.sqlite(), "SELECT handle FROM team_member ORDER BY handle");
    std::vector<std::string> out;
    while (q.executeStep()) {
        out.push_back(q.getColumn(0).getString());
    }
    return out;
}

std::optional<std::int64_t> member_id(store::Database& db, std::string_view handle) {
    auto& q = db.cached("SELECT id FROM team_member WHERE handle = ?");
    q.bind(1, std::string(handle));
    std::optional<std::int64_t> id;
    if (q.executeStep()) {
        id = q.getColumn(0).getInt64();
    }
    q.reset();
    return id;
}

std::int64_t require_member_id(store::Database& db, std::string_view handle) {
    if (auto id = member_id(db, handle)) {
        return *id;
    }
    throw unknown_member(handle);
}

std::map<std::int64_t, std::string> member_handles_by_id(store::Database& db) {
    SQLite::Statement q(db.sqlite(), "SELECT id, handle FROM team_member");
    std::map<std::int64_t, std::string> out;
    while (q.executeStep()) {
        out[q.getColumn(0).getInt64()] = q.getColumn(1).getString();
    }
    return out;
}

std::int64_t add_member(store::Txn& txn, const Member& m) {
    check_member(m);
    auto& db = txn.db();
    if (find_member(db, m.handle)) {
        throw data_error(fmt::format("team member \"{}\" already exists (use `officectl team member edit {}`)",
                                     m.handle, m.handle));
    }
    auto manager_id = resolve_manager(db, m);
    SQLite::Statement q(db.sqlite(), R"(
INSERT INTO team_member (handle, name, email, role, manager_id, minutes_per_week, work_days, start_date, end_date, lang)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))");
    bind_fields(q, m, manager_id);
    q.exec();
    auto id = db.sqlite().getLastInsertRowid();
    txn.record({k_entity, id, "add", m.handle, std::nullopt, txn.snapshot("team_member", id)});
    return id;
}

bool update_member(store::Txn& txn, const Member& m) {
    check_member(m);
    auto& db = txn.db();
    if (handle_taken(db, m)) {
        throw data_error(fmt::format("team member \"{}\" already exists", m.handle));
    }
    auto manager_id = resolve_manager(db, m);
    auto before = txn.snapshot("team_member", m.id);
    if (!before) {
        throw not_found(fmt::format("no team member with id {}", m.id));
    }
    SQLite::Statement q(db.sqlite(), R"(
UPDATE team_member SET handle = ?1, name = ?2, email = ?3, role = ?4, manager_id = ?5, minutes_per_week = ?6,
       work_days = ?7, start_date = ?8, end_date = ?9, lang = ?10
WHERE id = ?11)");
    bind_fields(q, m, manager_id);
    q.bind(11, static_cast<int64_t>(m.id));
    q.exec();
    return txn.record_edit(k_entity, "team_member", m.id, m.handle, before);
}

std::vector<std::string> member_references(store::Database& db, const Member& m) {
    return store::describe_references(db, "team_member", m.id);
}

void remove_member(store::Txn& txn, const Member& m) {
    auto refs = member_references(txn.db(), m);
    if (!refs.empty()) {
        throw data_error(fmt::format("team member {} is still referred to by {}; use --force to end their membership "
                                     "instead",
                                     m.handle, core::join(refs, ", ")));
    }
    auto before = txn.snapshot("team_member", m.id);
    SQLite::Statement q(txn.db().sqlite(), "DELETE FROM team_member WHERE id = ?");
    q.bind(1, static_cast<int64_t>(m.id));
    q.exec();
    txn.record({k_entity, m.id, "rm", m.handle, before, std::nullopt});
}

} // namespace officectl::team
