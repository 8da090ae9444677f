#include "officectl/teamwork/vacancy.hpp"

#include "officectl/core/error.hpp"
#include "officectl/store/sql.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace officectl::teamwork {
namespace {

constexpr const char* k_select =
    "SELECT id, title, lang, status, channels, text, created, published, closed FROM teamwork_vacancy ";

std::vector<Vacancy> read_vacancies(SQLite::Statement& q) {
    std::vector<Vacancy> out;
    while (q.executeStep()) {
        Vacancy v;
        v.id = q.getColumn(0).getInt64();
        v.title = q.getColumn(1).getString();
        v.lang = core::parse_language(q.getColumn(2).getString()).value_or(core::Language::nl);
        v.status = q.getColumn(3).getString();
        v.channels = store::tags_from_json(q.getColumn(4).getString());
        v.text = q.getColumn(5).getString();
        v.created = *store::opt_date(q, 6);
        v.published = store::opt_date(q, 7);
        v.closed = store::opt_date(q, 8);
        out.push_back(std::move(v));
    }
    return out;
}

void bind_vacancy(SQLite::Statement& q, const Vacancy& v) {
    q.bind(1, v.title);
    q.bind(2, std::string(core::language_code(v.lang)));
    q.bind(3, v.status);
    q.bind(4, store::tags_to_json(v.channels));
    q.bind(5, v.text);
    q.bind(6, core::format_date(v.created));
    store::bind_opt(q, 7, store::date_text(v.published));
    store::bind_opt(q, 8, store::date_text(v.closed));
}

} // namespace

const std::vector<store::Migration>& vacancy_migrations() {
    static const std::vector<store::Migration> list{
        {"teamwork", 3, "vacancies", R"(
CREATE TABLE teamwork_vacancy (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL CHECK (title <> ''),
    lang      TEXT NOT NULL,
    status    TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'closed')),
    channels  TEXT NOT NULL DEFAULT '[]',
    text      TEXT NOT NULL,
    created   TEXT NOT NULL,
    published TEXT,
    closed    TEXT
) STRICT;
)"},
    };
    return list;
}

std::int64_t add_vacancy(store::Txn& txn, const Vacancy& v) {
    SQLite::Statement q(txn.db().sqlite(), R"(
INSERT INTO teamwork_vacancy (title, lang, status, channels, text, created, published, closed)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))");
    bind_vacancy(q, v);
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    txn.record({"team.vacancy", id, "add", v.title, std::nullopt, txn.snapshot("teamwork_vacancy", id)});
    return id;
}

void update_vacancy(store::Txn& txn, const Vacancy& v) {
    auto before = txn.snapshot("teamwork_vacancy", v.id);
    SQLite::Statement q(txn.db().sqlite(), R"(
UPDATE teamwork_vacancy SET title = ?1, lang = ?2, status = ?3, channels = ?4, text = ?5, created = ?6, published = ?7,
       closed = ?8
WHERE id = ?9)");
    bind_vacancy(q, v);
    q.bind(9, static_cast<int64_t>(v.id));
    q.exec();
    txn.record_edit("team.vacancy", "teamwork_vacancy", v.id, v.title, before);
}

Vacancy get_vacancy(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_select) + "WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_vacancies(q);
    if (rows.empty()) {
        throw not_found(fmt::format("no vacancy {} (see `officectl team vacancy list`)", id));
    }
    return rows.front();
}

std::vector<Vacancy> list_vacancies(store::Database& db) {
    SQLite::Statement q(db.sqlite(), std::string(k_select) + "ORDER BY status = 'closed', created DESC, id DESC");
    return read_vacancies(q);
}

} // namespace officectl::teamwork
