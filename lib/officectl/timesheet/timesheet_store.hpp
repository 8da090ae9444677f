#pragma once
// Time registration's SQL: the only place that reads or writes
// timesheet_project and timesheet_entry. Budget lines are the budget's, named
// through its interface by the caller.

#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"
#include "officectl/timesheet/timesheet.hpp"

#include <map>
#include <vector>

namespace officectl::timesheet {

const std::vector<store::Migration>& migrations();

std::int64_t add_project(store::Txn& txn, const Project& p);
void update_project(store::Txn& txn, const Project& p);
// By number or name; a no_input Error otherwise.
Project find_project(store::Database& db, std::string_view text);
// Open ones only unless `all`.
std::vector<Project> list_projects(store::Database& db, bool all);

std::int64_t add_entry(store::Txn& txn, const Entry& e);
void remove_entry(store::Txn& txn, std::int64_t id);
Entry get_entry(store::Database& db, std::int64_t id);

struct EntryFilter {
    core::Date from;
    core::Date to;
    std::optional<std::string> who;
    std::optional<std::int64_t> project_id;
};
// By date, person and id.
std::vector<Entry> list_entries(store::Database& db, const EntryFilter& filter);
// Minutes logged per project, ever.
std::map<std::int64_t, std::int64_t> minutes_by_project(store::Database& db);
// What someone logged on a day, all projects together.
int minutes_logged(store::Database& db, const std::string& who, core::Date day);

} // namespace officectl::timesheet
