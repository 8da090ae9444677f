#pragma once
// `officectl report monthly`: the indicators and their trend over six months,
// what is off target, the improvement plans' progress, and what falls due.

#include "officectl/config/config.hpp"
#include "officectl/render/report.hpp"
#include "officectl/store/database.hpp"

namespace officectl::report {

// The report of the calendar month `month`; `today` decides what is overdue.
render::Report monthly_report(store::Database& db, core::DateRange month, core::Date today, const config::Config& config);

// The improvement section shared by both reports: open plans with their
// progress, actions overdue. Nullopt when the store holds no plan.
std::optional<render::Section> improve_section(store::Database& db, const config::Config& config, core::Date today);

} // namespace officectl::report
