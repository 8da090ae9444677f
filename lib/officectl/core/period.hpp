#pragma once
// Two kinds of length, kept apart because `m` means different things in each:
// - a Period is calendar time (`3d`, `2w`, `6m` months, `1y`): terms, notices, offsets;
// - a clock duration is minutes (`45m`, `1h30`, `2h`): how long an appointment lasts.

#include "officectl/core/dates.hpp"

#include <string>
#include <string_view>

namespace officectl::core {

struct Period {
    int years = 0;
    int months = 0;
    int days = 0; // weeks are kept as 7 days
    friend bool operator==(const Period&, const Period&) = default;
};

// The longest period accepted, in years (of 365.25 days, a month a twelfth of one).
inline constexpr long k_longest_period_years = 100;
// `3d`, `2w`, `6m`, `1y`, or a sum such as `1y6m`, up to 100 years. Throws a data Error otherwise.
Period parse_period(std::string_view text);
// Canonical spelling: `1y6m`, `2w` when the days are whole weeks, `0d` for nothing.
std::string format_period(const Period& p);
// d + sign * p: years and months first (clamped to the month's end), then days.
Date add_period(Date d, const Period& p, int sign = 1);

// Minutes from `45m`, `2h`, `1h30`, `1h30m`, `1:30`, `1.5h`, `3d` (3 x 24h). Must be > 0.
int parse_duration_minutes(std::string_view text);
// `1h30`, `45m`, `2h`, `1d2h`.
std::string format_duration_minutes(int minutes);

} // namespace officectl::core
