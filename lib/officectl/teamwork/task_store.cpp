#include "officectl/teamwork/task_store.hpp"

#include "officectl/core/error.hpp"
#include "officectl/store/sql.hpp"
#include "officectl/team/member_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace officectl::teamwork {
namespace {

constexpr std::string_view k_entity = "team.task";
constexpr const char* k_select =
    "SELECT id, title, member_id, due, priority, estimate_minutes, origin, done, created FROM teamwork_task ";

std::vector<Task> read_tasks(store::Database& db, SQLite::Statement& q) {
    auto handles = team::member_handles_by_id(db);
    std::vector<Task> out;
    while (q.executeStep()) {
        Task t;
        t.id = q.getColumn(0).getInt64();
        t.title = q.getColumn(1).getString();
        t.assignee = handles.at(q.getColumn(2).getInt64());
        t.due = store::opt_date(q, 3);
        t.priority = parse_priority(q.getColumn(4).getString()).value_or(Priority::normal);
        if (auto e = store::opt_int(q, 5)) {
            t.estimate_minutes = static_cast<int>(*e);
        }
        t.origin = store::opt_text(q, 6);
        t.done = store::opt_date(q, 7);
        t.created = *store::opt_date(q, 8);
        out.push_back(std::move(t));
    }
    return out;
}

void bind_task(store::Database& db, SQLite::Statement& q, const Task& t) {
    if (t.title.empty()) {
        throw data_error("a task needs a title");
    }
    if (t.estimate_minutes && *t.estimate_minutes <= 0) {
        throw data_error("--estimate: more than nothing, e.g. 30m or 2h");
    }
    q.bind(1, t.title);
    q.bind(2, static_cast<int64_t>(team::require_member_id(db, t.assignee)));
    store::bind_opt(q, 3, store::date_text(t.due));
    q.bind(4, std::string(priority_name(t.priority)));
    store::bind_opt(q, 5, t.estimate_minutes);
    store::bind_opt(q, 6, t.origin);
    store::bind_opt(q, 7, store::date_text(t.done));
    q.bind(8, core::format_date(t.created));
}

} // namespace

const std::vector<store::Migration>& task_migrations() {
    static const std::vector<store::Migration> list{
        {"teamwork", 1, "tasks", R"(
CREATE TABLE teamwork_task (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL CHECK (title <> ''),
    member_id        INTEGER NOT NULL REFERENCES team_member (id),
    due              TEXT,
    priority         TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('high', 'normal', 'low')),
    estimate_minutes INTEGER CHECK (estimate_minutes > 0),
    origin           TEXT,
    done             TEXT,
    created          TEXT NOT NULL
) STRICT;
CREATE INDEX teamwork_task_open ON teamwork_task (member_id, due) WHERE done IS NULL;
)"},
    };
    return list;
}

std::int64_t add_task(store::Txn& txn, const Task& t) {
    auto& db = txn.db();
    SQLite::Statement q(db.sqlite(), R"(
INSERT INTO teamwork_task (title, member_id, due, priority, estimate_minutes, origin, done, created)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))");
    bind_task(db, q, t);
    q.exec();
    auto id = db.sqlite().getLastInsertRowid();
    txn.record({k_entity, id, "add", t.title, std::nullopt, txn.snapshot("teamwork_task", id)});
    return id;
}

void update_task(store::Txn& txn, const Task& t) {
    auto& db = txn.db();
    auto before = txn.snapshot("teamwork_task", t.id);
    SQLite::Statement q(db.sqlite(), R"(
UPDATE teamwork_task SET title = ?1, member_id = ?2, due = ?3, priority = ?4, estimate_minutes = ?5, origin = ?6,
       done = ?7, created = ?8
WHERE id = ?9)");
    bind_task(db, q, t);
    q.bind(9, static_cast<int64_t>(t.id));
    q.exec();
    txn.record_edit(k_entity, "teamwork_task", t.id, t.title, before);
}

void remove_task(store::Txn& txn, const Task& t) {
    auto before = txn.snapshot("teamwork_task", t.id);
    SQLite::Statement q(txn.db().sqlite(), "DELETE FROM teamwork_task WHERE id = ?");
    q.bind(1, static_cast<int64_t>(t.id));
    q.exec();
    txn.record({k_entity, t.id, "rm", t.title, before, std::nullopt});
}

Task get_task(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_select) + "WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_tasks(db, q);
    if (rows.empty()) {
        throw not_found(fmt::format("no task {} (see `officectl team task list`)", id));
    }
    return rows.front();
}

std::vector<Task> list_tasks(store::Database& db, const TaskFilter& f, core::Date today) {
    std::optional<std::int64_t> who;
    if (f.who) {
        who = team::require_member_id(db, *f.who);
    }
    SQLite::Statement q(db.sqlite(), std::string(k_select) + R"(
WHERE (?1 IS NULL OR member_id = ?1)
  AND (?2 = 0 OR (done IS NULL AND due < ?3))
  AND (?4 IS NULL OR (?4 = 1) = (done IS NULL))
  AND (?5 IS NULL OR (due >= ?5 AND due <= ?6))
  AND (?7 IS NULL OR substr(origin, 1, length(?7)) = ?7)
ORDER BY done IS NOT NULL, CASE WHEN done IS NULL THEN due END IS NULL, CASE WHEN done IS NULL THEN due END,
         CASE priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, done DESC, id)");
    store::bind_opt(q, 1, who);
    q.bind(2, f.overdue ? 1 : 0);
    q.bind(3, core::format_date(today));
    store::bind_opt(q, 4, f.open ? std::optional<int>(*f.open ? 1 : 0) : std::nullopt);
    store::bind_opt(q, 5, f.due_within ? std::optional<std::string>(core::format_date(f.due_within->from)) : std::nullopt);
    store::bind_opt(q, 6, f.due_within ? std::optional<std::string>(core::format_date(f.due_within->to)) : std::nullopt);
    store::bind_opt(q, 7, f.origin_prefix);
    return read_tasks(db, q);
}

} // namespace officectl::teamwork
