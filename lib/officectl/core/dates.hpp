#pragma once
// Calendar dates: ISO 8601 in and out; words (`today`, `fri`, `+3d`, `2026-W49`,
// `next-month`) on input. All parsing is relative to an explicit "today", so
// callers pass the one clock's date and tests stay reproducible.

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace officectl::core {

using Date = date::year_month_day;

// An inclusive range of days, from <= to.
struct DateRange {
    Date from;
    Date to;
    bool contains(Date d) const { return from <= d && d <= to; }
    friend bool operator==(const DateRange&, const DateRange&) = default;
};

// Strict `YYYY-MM-DD` that names a real day; nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view text);

// A date as exports write it: ISO `2027-02-03`, or day first `3/2/2027`,
// `03-02-2027`, `03.02.2027` (the Belgian order, never the American one).
// nullopt when it is neither, or names no real day.
std::optional<Date> parse_export_date(std::string_view text);

// A date in any accepted spelling: ISO, `today`, `tomorrow`, `yesterday`, a weekday
// (`mon`..`sun` or in full: the next such day, today excluded), `+3d` `-2w` `+1m`
// `+1y` (months clamp to the month's end), an ISO week `2026-W49` (its Monday) or a
// month `2026-12` (its first day). Throws a data Error naming the text otherwise.
Date parse_date(std::string_view text, Date today);

// A range: `this-week`, `next-week`, `last-week`, `this-month`, `next-month`,
// `last-month`, an ISO week, a month, a year `2027`, `A..B`, or one date (one day).
DateRange parse_range(std::string_view text, Date today);

std::string format_date(Date d);
// `2026-W49` for the ISO week holding d.
std::string iso_week_name(Date d);
// The Monday..Sunday ISO week holding d.
DateRange iso_week_of(Date d);
DateRange month_of(Date d);

Date add_days(Date d, int days);
// Month arithmetic clamps to the last day of the month: Jan 31 + 1 month = Feb 28 (29).
Date add_months(Date d, int months);
// Days from a to b (negative when b is before a).
int days_between(Date a, Date b);

} // namespace officectl::core
