#pragma once
// The rules of time registration as plain functions: hours as people type
// them, the cost of minutes at a rate.

#include "officectl/timesheet/timesheet.hpp"

#include <string_view>

namespace officectl::timesheet {

// Minutes from `3.5`, `3,5` (hours), `3:30`, `3h30`, `45m`. More than 0 and at
// most 24 hours; a data Error naming the text otherwise.
int parse_hours(std::string_view text);
// `3.5` for 210 minutes (two decimals at most: `0.25`).
std::string format_hours(int minutes);
// minutes x rate per hour, rounded half away from zero to the cent.
std::int64_t cost_cents(std::int64_t minutes, std::int64_t rate_cents);

} // namespace officectl::timesheet
