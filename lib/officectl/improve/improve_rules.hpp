#pragma once
// The improve rules as plain functions: targets, whether a plan is SMART, how
// far a plan has come, the periods of a trend, its direction and its sparkline.

#include "officectl/improve/improve.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace officectl::improve {

// `< 5`, `<= 5`, `> 0.9`, `>= 90`, `= 0` (spaces optional). Throws a data Error otherwise.
Target parse_target(std::string_view text);
std::string format_target(const Target& t);
bool meets(const Target& t, double value);
// A number as the tables show it: at most two decimals, no trailing zeros.
std::string format_number(double value);

// What a plan lacks to be SMART, each named with the option that supplies it;
// empty when it is complete. `today`: the deadline must lie ahead.
std::vector<std::string> smart_gaps(const Plan& p, core::Date today);

// How far `now` has moved from the baseline toward the target, in percent
// (0 at the baseline, 100 at the target; beyond either end as measured).
std::optional<double> progress_percent(const Plan& p, std::optional<double> now);

// The `count` periods of the same kind as `last` (a week or a month), ending with it.
std::vector<core::DateRange> periods_ending(core::DateRange last, int count);
// `2026-W49` for a Monday-to-Sunday week, `2026-11` for a calendar month, else `A..B`.
std::string period_label(core::DateRange period);

// better / worse / steady, comparing the last measured value with the first;
// empty with fewer than two values.
std::string trend_word(const std::vector<Measure>& measures, Better better);
// `▁▃▅█`: one bar per period, scaled between the lowest and highest value; a
// space where there is no value.
std::string sparkline(const std::vector<Measure>& measures);

} // namespace officectl::improve
