#pragma once
// Vacancies: a text rendered from the vacancy template (nl, fr, en), its status
// (draft, published, closed) and the channels where it was published.

#include "officectl/core/dates.hpp"
#include "officectl/core/language.hpp"
#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace officectl::teamwork {

struct Vacancy {
    std::int64_t id = 0;
    std::string title;
    core::Language lang = core::Language::nl;
    std::string status = "draft"; // draft, published, closed
    std::vector<std::string> channels;
    std::string text;             // Markdown
    core::Date created;
    std::optional<core::Date> published;
    std::optional<core::Date> closed;
};

// The vacancy text: the built-in template `vacancy` in the language (or a file of
// that name the caller found), filled with the title and `vars`. A data Error
// names every placeholder without a value.
std::string render_vacancy(const std::string& template_text, const std::string& template_name, const std::string& title,
                           const std::map<std::string, std::string>& vars);
// The built-in vacancy template in a language.
std::string builtin_vacancy_template(core::Language lang);

const std::vector<store::Migration>& vacancy_migrations();
std::int64_t add_vacancy(store::Txn& txn, const Vacancy& v);
void update_vacancy(store::Txn& txn, const Vacancy& v);
Vacancy get_vacancy(store::Database& db, std::int64_t id);
std::vector<Vacancy> list_vacancies(store::Database& db);

} // namespace officectl::teamwork
