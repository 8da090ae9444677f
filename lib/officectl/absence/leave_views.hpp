#pragma once
// Absence as Tables and Reports: leave lists, one leave with its days, counts,
// balances, the month calendar, who is out, staffing breaches and collisions,
// the payroll export, the weekly section.

#include "officectl/absence/absence_settings.hpp"
#include "officectl/absence/planning.hpp"
#include "officectl/render/report.hpp"

#include <vector>

namespace officectl::absence {

// Sickness without an end yet has no `to`, and its days are counted through `today`.
render::Table leaves_table(store::Database& db, const core::Calendar& calendar, const std::vector<Leave>& leaves,
                          core::Date today);
render::Report leave_report(const Leave& leave, const LeaveCount& count);
render::Table days_table(const LeaveCount& count);
render::Table balances_table(const std::vector<Balance>& balances, std::string title = "");
// People by days of the month, one letter per type; `.` weekend, `*` public holiday or closing day.
render::Table calendar_table(store::Database& db, const Settings& settings, const core::Calendar& calendar,
                             date::year_month month, bool everyone, core::Date today);
render::Table who_table(const std::vector<Leave>& leaves);
render::Table breaches_table(const std::vector<StaffingBreach>& breaches, std::string title = "");
render::Table collisions_table(const std::vector<Collision>& collisions, const std::string& zone);
// Per person and type, the days of leave in the month (approved only) and their
// hours (contract hours over the working days, else `day_minutes`), for payroll.
// Sickness without an end counts through `today`; a day is counted once, as
// sickness when leave planned during an open sickness falls on it too.
render::Table payroll_table(store::Database& db, const core::Calendar& calendar, date::year_month month,
                            int day_minutes, core::Date today);
render::Section absence_weekly_section(store::Database& db, const Settings& settings, const core::Calendar& calendar,
                                       core::DateRange week, core::Date today);

} // namespace officectl::absence
