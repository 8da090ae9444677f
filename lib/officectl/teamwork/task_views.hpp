#pragma once
// Tasks and workload as Tables, and the team's weekly section.

#include "officectl/render/report.hpp"
#include "officectl/store/database.hpp"
#include "officectl/teamwork/task.hpp"
#include "officectl/teamwork/teamwork_settings.hpp"
#include "officectl/teamwork/workload.hpp"

#include <vector>

namespace officectl::teamwork {

render::Table tasks_table(const std::vector<Task>& tasks, core::Date today);
render::Table workload_table(const std::vector<Workload>& rows, std::string title = "");
// Overdue tasks per person, the people with more work than time this week,
// interviews due within a month, onboarding in progress.
render::Section tasks_weekly_section(store::Database& db, const TeamSettings& settings, const core::Calendar& calendar,
                                     int day_minutes, core::DateRange week, core::Date today, const std::string& zone);

} // namespace officectl::teamwork
