#pragma once
// Time registration as Tables and Reports: projects with their hours and cost,
// the entries, the report per person or project, the check, the weekly section.

#include "officectl/core/choices.hpp"
#include "officectl/render/report.hpp"
#include "officectl/timesheet/hours_check.hpp"
#include "officectl/timesheet/timesheet_store.hpp"

#include <optional>

namespace officectl::timesheet {

render::Table projects_table(store::Database& db, const std::vector<Project>& projects);
render::Table entries_table(const std::vector<Entry>& entries);

enum class GroupBy { person, project };
inline constexpr core::Choices<GroupBy, 2> group_bys{{{{GroupBy::person, "person"}, {GroupBy::project, "project"}}}};
// Hours and their cost at each project's rate, per person or per project, with a total.
render::Table hours_table(store::Database& db, const std::vector<Entry>& entries, GroupBy by, const std::string& currency);
render::Report hours_report(store::Database& db, core::DateRange range, GroupBy by, const std::string& currency);

render::Report check_report(const HoursCheck& check);
// Who logged fewer hours last week than they worked; nullopt when there are no projects.
std::optional<render::Section> hours_weekly_section(store::Database& db, const HoursCheck& last_week);

} // namespace officectl::timesheet
