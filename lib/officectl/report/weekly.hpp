#pragma once
// `officectl report weekly`: one page for management, built from each domain's
// section in a fixed order.

#include "officectl/config/config.hpp"
#include "officectl/render/report.hpp"
#include "officectl/store/database.hpp"

namespace officectl::report {

// The report of the ISO week `week` (Monday to Sunday); `today` decides what is overdue.
render::Report weekly_report(store::Database& db, core::DateRange week, core::Date today, const config::Config& config);

} // namespace officectl::report
