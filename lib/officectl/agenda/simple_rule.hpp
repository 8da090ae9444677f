#pragma once
// The recurrence rules office calendars use — daily (on weekdays), weekly on
// days, monthly on days of the month or (numbered) weekdays, yearly on the
// date; an interval, COUNT or UNTIL — expanded directly on the calendar.
// libical 3.0 runs every step of every rule through ICU calendars, which made
// listing a week of 5 000 series 5x the cost of reading them; these rules are
// expanded here instead, and checked against libical rule for rule in the unit
// tests. Every other rule (BYSETPOS, BYWEEKNO, ...) still goes to libical.

#include <date/date.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace officectl::agenda::libical {

struct SimpleRule {
    enum class Freq { daily, weekly, monthly, yearly };
    struct Day {
        unsigned weekday; // 0 = Sunday .. 6 = Saturday (date::weekday's encoding)
        int ordinal;      // 0: every such day; 2: the second; -1: the last
    };
    Freq freq = Freq::weekly;
    int interval = 1;
    std::vector<Day> by_day;
    std::vector<int> by_month_day;
    std::optional<date::local_seconds> until;  // on the series' wall clock
    bool until_is_date = false;                // UNTIL=20270630: the whole day counts
    int count = 0;                             // 0: no COUNT
};

// The rule as a SimpleRule when it is one; nullopt for anything else. `until`
// is the rule's UNTIL already on the series' wall clock.
std::optional<SimpleRule> simple_rule(const std::string& rrule, std::optional<date::local_seconds> until,
                                      bool until_is_date);

// Local starts of the occurrences, in order: from `first` (DTSTART, emitted only
// when it fits the rule, as libical does) until `stop` (exclusive) or the rule
// ends, at most `limit`. `skip_to` lets a rule without COUNT start near a window.
std::vector<date::local_seconds> expand_simple(const SimpleRule& rule, date::local_seconds first,
                                               date::local_seconds skip_to, date::local_seconds stop, std::size_t limit);

} // namespace officectl::agenda::libical
