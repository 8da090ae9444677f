#include "officectl/teamwork/development_store.hpp"

#include "officectl/core/error.hpp"
#include "officectl/store/sql.hpp"
#include "officectl/team/member_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace officectl::teamwork {
namespace {

std::vector<Training> read_training(store::Database& db, SQLite::Statement& q) {
    auto handles = team::member_handles_by_id(db);
    std::vector<Training> out;
    while (q.executeStep()) {
        Training t;
        t.id = q.getColumn(0).getInt64();
        t.who = handles.at(q.getColumn(1).getInt64());
        t.title = q.getColumn(2).getString();
        t.date = store::opt_date(q, 3);
        t.provider = store::opt_text(q, 4);
        if (auto c = store::opt_int(q, 5)) {
            t.cost = core::Money{*c, q.getColumn(6).getString()};
        }
        t.status = training_statuses.parse(q.getColumn(7).getString()).value_or(TrainingStatus::planned);
        out.push_back(std::move(t));
    }
    return out;
}

void bind_training(store::Database& db, SQLite::Statement& q, const Training& t) {
    q.bind(1, static_cast<int64_t>(team::require_member_id(db, t.who)));
    q.bind(2, t.title);
    store::bind_opt(q, 3, store::date_text(t.date));
    store::bind_opt(q, 4, t.provider);
    store::bind_opt(q, 5, t.cost ? std::optional<std::int64_t>(t.cost->cents) : std::nullopt);
    q.bind(6, t.cost ? t.cost->currency : std::string("EUR"));
    q.bind(7, std::string(training_statuses.name(t.status)));
}

} // namespace

const std::vector<store::Migration>& development_migrations() {
    static const std::vector<store::Migration> list{
        {"teamwork", 2, "skills, training, reviews", R"(
CREATE TABLE teamwork_skill (
    member_id INTEGER NOT NULL REFERENCES team_member (id),
    skill     TEXT NOT NULL CHECK (skill <> ''),
    date      TEXT NOT NULL,
    level     INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
    PRIMARY KEY (member_id, skill, date)
) STRICT;
CREATE TABLE teamwork_training (
    id        INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES team_member (id),
    title     TEXT NOT NULL CHECK (title <> ''),
    date      TEXT,
    provider  TEXT,
    cost      INTEGER,
    currency  TEXT NOT NULL DEFAULT 'EUR',
    status    TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done'))
) STRICT;
CREATE TABLE teamwork_review (
    id        INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES team_member (id),
    kind      TEXT NOT NULL CHECK (kind <> ''),
    date      TEXT NOT NULL,
    notes     TEXT
) STRICT;
CREATE INDEX teamwork_review_member ON teamwork_review (member_id, kind, date);
)"},
    };
    return list;
}

void set_skill(store::Txn& txn, const SkillLevel& s) {
    auto id = team::require_member_id(txn.db(), s.who);
    SQLite::Statement q(txn.db().sqlite(), R"(
INSERT INTO teamwork_skill (member_id, skill, date, level) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (member_id, skill, date) DO UPDATE SET level = excluded.level)");
    q.bind(1, static_cast<int64_t>(id));
    q.bind(2, s.skill);
    q.bind(3, core::format_date(s.date));
    q.bind(4, s.level);
    q.exec();
    txn.record({"team.skill", id, "set", fmt::format("{} {}={}", s.who, s.skill, s.level), std::nullopt,
                fmt::format(R"({{"member":"{}","skill":"{}","level":{},"date":"{}"}})", s.who, s.skill, s.level,
                            core::format_date(s.date))});
}

std::vector<SkillLevel> current_skills(store::Database& db) {
    auto handles = team::member_handles_by_id(db);
    SQLite::Statement q(db.sqlite(), R"(
SELECT s.member_id, s.skill, s.level, s.date FROM teamwork_skill s
WHERE s.date = (SELECT max(date) FROM teamwork_skill x WHERE x.member_id = s.member_id AND x.skill = s.skill)
ORDER BY s.skill)");
    std::vector<SkillLevel> out;
    while (q.executeStep()) {
        out.push_back({handles.at(q.getColumn(0).getInt64()), q.getColumn(1).getString(), q.getColumn(2).getInt(),
                       *store::opt_date(q, 3)});
    }
    return out;
}

std::int64_t add_training(store::Txn& txn, const Training& t) {
    SQLite::Statement q(txn.db().sqlite(), R"(
INSERT INTO teamwork_training (member_id, title, date, provider, cost, currency, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))");
    bind_training(txn.db(), q, t);
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    txn.record({"team.training", id, "add", t.title, std::nullopt, txn.snapshot("teamwork_training", id)});
    return id;
}

void update_training(store::Txn& txn, const Training& t) {
    auto before = txn.snapshot("teamwork_training", t.id);
    SQLite::Statement q(txn.db().sqlite(), R"(
UPDATE teamwork_training SET member_id = ?1, title = ?2, date = ?3, provider = ?4, cost = ?5, currency = ?6, status = ?7
WHERE id = ?8)");
    bind_training(txn.db(), q, t);
    q.bind(8, static_cast<int64_t>(t.id));
    q.exec();
    txn.record_edit("team.training", "teamwork_training", t.id, t.title, before);
}

Training get_training(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(),
                        "SELECT id, member_id, title, date, provider, cost, currency, status FROM teamwork_training WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_training(db, q);
    if (rows.empty()) {
        throw not_found(fmt::format("no training {} (see `officectl team training list`)", id));
    }
    return rows.front();
}

std::vector<Training> list_training(store::Database& db, const std::optional<std::string>& who) {
    std::optional<std::int64_t> id;
    if (who) {
        id = team::require_member_id(db, *who);
    }
    SQLite::Statement q(db.sqlite(), R"(
SELECT id, member_id, title, date, provider, cost, currency, status FROM teamwork_training
WHERE ?1 IS NULL OR member_id = ?1 ORDER BY date IS NULL, date, id)");
    store::bind_opt(q, 1, id);
    return read_training(db, q);
}

std::int64_t add_review(store::Txn& txn, const Review& r) {
    SQLite::Statement q(txn.db().sqlite(), "INSERT INTO teamwork_review (member_id, kind, date, notes) VALUES (?, ?, ?, ?)");
    q.bind(1, static_cast<int64_t>(team::require_member_id(txn.db(), r.who)));
    q.bind(2, r.kind);
    q.bind(3, core::format_date(r.date));
    store::bind_opt(q, 4, r.notes);
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    // The journal keeps no copy of the notes: they are confidential.
    txn.record({"team.review", id, "add", fmt::format("{} {}", r.who, r.kind), std::nullopt,
                fmt::format(R"({{"member":"{}","kind":"{}","date":"{}"}})", r.who, r.kind, core::format_date(r.date))});
    return id;
}

std::vector<Review> list_reviews(store::Database& db, const std::optional<std::string>& who) {
    std::optional<std::int64_t> id;
    if (who) {
        id = team::require_member_id(db, *who);
    }
    auto handles = team::member_handles_by_id(db);
    SQLite::Statement q(db.sqlite(), R"(
SELECT id, member_id, kind, date, notes FROM teamwork_review WHERE ?1 IS NULL OR member_id = ?1 ORDER BY date DESC, id)");
    store::bind_opt(q, 1, id);
    std::vector<Review> out;
    while (q.executeStep()) {
        out.push_back({q.getColumn(0).getInt64(), handles.at(q.getColumn(1).getInt64()), q.getColumn(2).getString(),
                       *store::opt_date(q, 3), store::opt_text(q, 4)});
    }
    return out;
}


} // namespace officectl::teamwork
