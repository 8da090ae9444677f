#pragma once
// The indicators this office measures: the built-in ones (targets adjustable in
// config) and its own, `[improve.kpi.NAME]` with a read-only query; and their
// values over a run of periods.

#include "officectl/config/config.hpp"
#include "officectl/config/schema.hpp"
#include "officectl/improve/improve.hpp"
#include "officectl/store/database.hpp"

#include <vector>

namespace officectl::improve {

void add_improve_schema(config::Schema& schema);

// Built-in first (in their fixed order), then the configured ones by name.
// A config Error (exit 78) for a bad target, unit or direction, or a new
// indicator without a query.
std::vector<Indicator> load_indicators(const config::Config& config);
// By name; no_input naming the known ones otherwise.
const Indicator& find_indicator(const std::vector<Indicator>& indicators, std::string_view name);

// Each indicator's values in the periods. A configured query runs once per
// period with :from and :to bound to its first and last day (and :today); a
// query using neither is a snapshot, given for the current period only.
std::vector<Series> measure(store::Database& db, const config::Config& config, const std::vector<Indicator>& indicators,
                            const std::vector<core::DateRange>& periods, core::Date today);

// Whether the series' last measured value misses its target.
bool off_target(const Series& s);
// The last measured value, if any.
std::optional<double> latest(const Series& s);
// The indicator's value this month (a plan's baseline and progress), if any.
std::optional<double> value_now(store::Database& db, const config::Config& config, const Indicator& indicator,
                                core::Date today);

} // namespace officectl::improve
