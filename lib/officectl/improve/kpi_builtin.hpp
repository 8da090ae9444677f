#pragma once
// The built-in indicators, each computed from its domain's own functions (no
// SQL here): one read of the domain's rows, then one value per period. A
// period is measured as it stood on its last day, or today for the current one.

#include "officectl/config/config.hpp"
#include "officectl/improve/improve.hpp"
#include "officectl/store/database.hpp"

#include <vector>

namespace officectl::improve {

// The built-in indicators with their definitions and default targets.
const std::vector<Indicator>& builtin_indicators();
bool is_builtin(std::string_view name);

// The values of built-in `name` in each period (nullopt for a period after today).
std::vector<std::optional<double>> measure_builtin(store::Database& db, const config::Config& config,
                                                   const std::string& name,
                                                   const std::vector<core::DateRange>& periods, core::Date today);

} // namespace officectl::improve
