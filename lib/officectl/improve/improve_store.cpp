#include "officectl/improve/improve_store.hpp"

#include "officectl/core/error.hpp"
#include "officectl/improve/improve_rules.hpp"
#include "officectl/store/sql.hpp"
#include "officectl/team/member_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace officectl::improve {
namespace {

constexpr const char* k_finding_select =
    "SELECT id, title, process, impact, evidence, kpi, found, status FROM improve_finding ";

std::vector<Finding> read_findings(SQLite::Statement& q) {
    std::vector<Finding> out;
    while (q.executeStep()) {
        Finding f;
        f.id = q.getColumn(0).getInt64();
        f.title = q.getColumn(1).getString();
        f.process = store::opt_text(q, 2);
        f.impact = parse_impact(q.getColumn(3).getString()).value_or(Impact::medium);
        f.evidence = store::opt_text(q, 4);
        f.kpi = store::opt_text(q, 5);
        f.found = *store::opt_date(q, 6);
        f.status = finding_statuses.parse(q.getColumn(7).getString()).value_or(FindingStatus::open);
        out.push_back(std::move(f));
    }
    return out;
}

constexpr const char* k_plan_select = R"(
SELECT id, finding_id, title, type, indicator, baseline, target, by_date, owner_id, cost, currency, effect, draft,
       created, closed
FROM improve_plan )";

std::vector<Plan> read_plans(store::Database& db, SQLite::Statement& q) {
    auto handles = team::member_handles_by_id(db);
    std::vector<Plan> out;
    auto opt_double = [&](int col) {
        return q.getColumn(col).isNull() ? std::nullopt : std::optional(q.getColumn(col).getDouble());
    };
    while (q.executeStep()) {
        Plan p;
        p.id = q.getColumn(0).getInt64();
        p.finding_id = q.getColumn(1).getInt64();
        p.title = q.getColumn(2).getString();
        p.type = parse_plan_type(q.getColumn(3).getString()).value_or(PlanType::improvement);
        p.indicator = store::opt_text(q, 4);
        p.baseline = opt_double(5);
        p.target = opt_double(6);
        p.by = store::opt_date(q, 7);
        if (auto o = store::opt_int(q, 8)) {
            p.owner = handles.at(*o);
        }
        if (auto c = store::opt_int(q, 9)) {
            p.cost = core::Money{*c, q.getColumn(10).getString()};
        }
        p.effect = store::opt_text(q, 11);
        p.draft = q.getColumn(12).getInt() != 0;
        p.created = *store::opt_date(q, 13);
        p.closed = store::opt_date(q, 14);
        out.push_back(std::move(p));
    }
    return out;
}

void bind_plan(store::Database& db, SQLite::Statement& q, const Plan& p) {
    q.bind(1, static_cast<int64_t>(p.finding_id));
    q.bind(2, p.title);
    q.bind(3, std::string(plan_type_name(p.type)));
    store::bind_opt(q, 4, p.indicator);
    store::bind_opt(q, 5, p.baseline);
    store::bind_opt(q, 6, p.target);
    store::bind_opt(q, 7, store::date_text(p.by));
    store::bind_opt(q, 8, p.owner ? std::optional(team::require_member_id(db, *p.owner)) : std::nullopt);
    store::bind_opt(q, 9, p.cost ? std::optional(p.cost->cents) : std::nullopt);
    q.bind(10, p.cost ? p.cost->currency : std::string("EUR"));
    store::bind_opt(q, 11, p.effect);
    q.bind(12, p.draft ? 1 : 0);
    q.bind(13, core::format_date(p.created));
    store::bind_opt(q, 14, store::date_text(p.closed));
}

} // namespace

const std::vector<store::Migration>& migrations() {
    static const std::vector<store::Migration> list{
        {"improve", 1, "findings, SMART plans, their reviews and actions", R"(
CREATE TABLE improve_finding (
    id       INTEGER PRIMARY KEY,
    title    TEXT NOT NULL CHECK (title <> ''),
    process  TEXT,
    impact   TEXT NOT NULL DEFAULT 'medium' CHECK (impact IN ('low', 'medium', 'high')),
    evidence TEXT,
    kpi      TEXT,
    found    TEXT NOT NULL,
    status   TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'planned', 'solved'))
) STRICT;
CREATE TABLE improve_plan (
    id         INTEGER PRIMARY KEY,
    finding_id INTEGER NOT NULL REFERENCES improve_finding (id),
    title      TEXT NOT NULL CHECK (title <> ''),
    type       TEXT NOT NULL DEFAULT 'improvement' CHECK (type IN ('corrective', 'preventive', 'improvement')),
    indicator  TEXT,
    baseline   REAL,
    target     REAL,
    by_date    TEXT,
    owner_id   INTEGER REFERENCES team_member (id),
    cost       INTEGER CHECK (cost >= 0),
    currency   TEXT NOT NULL DEFAULT 'EUR',
    effect     TEXT,
    draft      INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1)),
    created    TEXT NOT NULL,
    closed     TEXT
) STRICT;
CREATE INDEX improve_plan_finding ON improve_plan (finding_id);
CREATE TABLE improve_review (
    id        INTEGER PRIMARY KEY,
    plan_id   INTEGER NOT NULL REFERENCES improve_plan (id),
    date      TEXT NOT NULL,
    note      TEXT NOT NULL CHECK (note <> ''),
    field     TEXT,
    old_value TEXT,
    new_value TEXT,
    measured  REAL
) STRICT;
CREATE INDEX improve_review_plan ON improve_review (plan_id);
CREATE TABLE improve_action (
    plan_id INTEGER NOT NULL REFERENCES improve_plan (id),
    task_id INTEGER NOT NULL UNIQUE REFERENCES teamwork_task (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX improve_action_plan ON improve_action (plan_id);
)"},
    };
    return list;
}

std::int64_t add_finding(store::Txn& txn, const Finding& f) {
    auto& db = txn.db();
    SQLite::Statement q(db.sqlite(), R"(
INSERT INTO improve_finding (title, process, impact, evidence, kpi, found, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))");
    q.bind(1, f.title);
    store::bind_opt(q, 2, f.process);
    q.bind(3, std::string(impact_name(f.impact)));
    store::bind_opt(q, 4, f.evidence);
    store::bind_opt(q, 5, f.kpi);
    q.bind(6, core::format_date(f.found));
    q.bind(7, std::string(finding_statuses.name(f.status)));
    q.exec();
    auto id = db.sqlite().getLastInsertRowid();
    txn.record({"improve.finding", id, "add", f.title, std::nullopt, txn.snapshot("improve_finding", id)});
    return id;
}

void set_finding_status(store::Txn& txn, std::int64_t id, FindingStatus status) {
    auto before = txn.snapshot("improve_finding", id);
    SQLite::Statement q(txn.db().sqlite(), "UPDATE improve_finding SET status = ?1 WHERE id = ?2");
    q.bind(1, std::string(finding_statuses.name(status)));
    q.bind(2, static_cast<int64_t>(id));
    q.exec();
    txn.record_edit("improve.finding", "improve_finding", id, fmt::format("finding {}", id), before);
}

Finding get_finding(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_finding_select) + "WHERE id = ?1");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_findings(q);
    if (rows.empty()) {
        throw not_found(fmt::format("no finding {} (see `officectl improve finding list`)", id));
    }
    return rows.front();
}

std::vector<Finding> list_findings(store::Database& db, const std::optional<FindingStatus>& status) {
    SQLite::Statement q(db.sqlite(), std::string(k_finding_select) + "WHERE ?1 IS NULL OR status = ?1 ORDER BY id");
    if (status) {
        q.bind(1, std::string(finding_statuses.name(*status)));
    }
    return read_findings(q);
}

std::optional<Finding> find_unsolved_finding(store::Database& db, const std::string& title) {
    SQLite::Statement q(db.sqlite(), std::string(k_finding_select) + "WHERE title = ?1 AND status <> 'solved' LIMIT 1");
    q.bind(1, title);
    auto rows = read_findings(q);
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

std::int64_t add_plan(store::Txn& txn, const Plan& p) {
    auto& db = txn.db();
    SQLite::Statement q(db.sqlite(), R"(
INSERT INTO improve_plan (finding_id, title, type, indicator, baseline, target, by_date, owner_id, cost, currency,
                          effect, draft, created, closed)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14))");
    bind_plan(db, q, p);
    q.exec();
    auto id = db.sqlite().getLastInsertRowid();
    txn.record({"improve.plan", id, "add", p.title, std::nullopt, txn.snapshot("improve_plan", id)});
    return id;
}

void update_plan(store::Txn& txn, const Plan& p) {
    auto& db = txn.db();
    auto before = txn.snapshot("improve_plan", p.id);
    SQLite::Statement q(db.sqlite(), R"(
UPDATE improve_plan SET finding_id = ?1, title = ?2, type = ?3, indicator = ?4, baseline = ?5, target = ?6,
       by_date = ?7, owner_id = ?8, cost = ?9, currency = ?10, effect = ?11, draft = ?12, created = ?13, closed = ?14
WHERE id = ?15)");
    bind_plan(db, q, p);
    q.bind(15, static_cast<int64_t>(p.id));
    q.exec();
    txn.record_edit("improve.plan", "improve_plan", p.id, p.title, before);
}

Plan get_plan(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_plan_select) + "WHERE id = ?1");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_plans(db, q);
    if (rows.empty()) {
        throw not_found(fmt::format("no plan {} (see `officectl improve plan list`)", id));
    }
    return rows.front();
}

std::vector<Plan> list_plans(store::Database& db, std::optional<std::int64_t> finding_id, bool open_only) {
    SQLite::Statement q(db.sqlite(), std::string(k_plan_select) +
                                         "WHERE (?1 IS NULL OR finding_id = ?1) AND (?2 = 0 OR closed IS NULL) ORDER BY id");
    store::bind_opt(q, 1, finding_id);
    q.bind(2, open_only ? 1 : 0);
    return read_plans(db, q);
}

std::int64_t add_review(store::Txn& txn, const Review& r) {
    auto& db = txn.db();
    SQLite::Statement q(db.sqlite(), R"(
INSERT INTO improve_review (plan_id, date, note, field, old_value, new_value, measured)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))");
    q.bind(1, static_cast<int64_t>(r.plan_id));
    q.bind(2, core::format_date(r.date));
    q.bind(3, r.note);
    store::bind_opt(q, 4, r.field);
    store::bind_opt(q, 5, r.old_value);
    store::bind_opt(q, 6, r.new_value);
    store::bind_opt(q, 7, r.measured);
    q.exec();
    auto id = db.sqlite().getLastInsertRowid();
    txn.record({"improve.review", id, "add", fmt::format("plan {}", r.plan_id), std::nullopt,
                txn.snapshot("improve_review", id)});
    return id;
}

std::vector<Review> list_reviews(store::Database& db, std::int64_t plan_id) {
    SQLite::Statement q(db.sqlite(), R"(
SELECT id, plan_id, date, note, field, old_value, new_value, measured FROM improve_review WHERE plan_id = ?1
ORDER BY date, id)");
    q.bind(1, static_cast<int64_t>(plan_id));
    std::vector<Review> out;
    while (q.executeStep()) {
        Review r;
        r.id = q.getColumn(0).getInt64();
        r.plan_id = q.getColumn(1).getInt64();
        r.date = *store::opt_date(q, 2);
        r.note = q.getColumn(3).getString();
        r.field = store::opt_text(q, 4);
        r.old_value = store::opt_text(q, 5);
        r.new_value = store::opt_text(q, 6);
        if (!q.getColumn(7).isNull()) {
            r.measured = q.getColumn(7).getDouble();
        }
        out.push_back(std::move(r));
    }
    return out;
}

void link_action(store::Txn& txn, std::int64_t plan_id, std::int64_t task_id) {
    SQLite::Statement q(txn.db().sqlite(), "INSERT INTO improve_action (plan_id, task_id) VALUES (?1, ?2)");
    q.bind(1, static_cast<int64_t>(plan_id));
    q.bind(2, static_cast<int64_t>(task_id));
    q.exec();
}

std::vector<std::int64_t> action_task_ids(store::Database& db, std::int64_t plan_id) {
    SQLite::Statement q(db.sqlite(), "SELECT task_id FROM improve_action WHERE plan_id = ?1 ORDER BY rowid");
    q.bind(1, static_cast<int64_t>(plan_id));
    std::vector<std::int64_t> out;
    while (q.executeStep()) {
        out.push_back(q.getColumn(0).getInt64());
    }
    return out;
}

std::optional<std::int64_t> plan_of_task(store::Database& db, std::int64_t task_id) {
    SQLite::Statement q(db.sqlite(), "SELECT plan_id FROM improve_action WHERE task_id = ?1");
    q.bind(1, static_cast<int64_t>(task_id));
    if (q.executeStep()) {
        return q.getColumn(0).getInt64();
    }
    return std::nullopt;
}

} // namespace officectl::improve
