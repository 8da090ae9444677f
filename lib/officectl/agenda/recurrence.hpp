#pragma once
// Recurring appointments: the command line's `--every week --on mon,wed --until
// DATE` as an RFC 5545 RRULE, and the occurrences a rule gives in a window of
// time. Rules run on the wall clock of the series' zone, so a 10:00 weekly
// meeting stays at 10:00 local across DST changes; libical does the counting.

#include "officectl/agenda/appointment.hpp"
#include "officectl/core/limits.hpp"
#include "officectl/core/strings.hpp"

#include <optional>
#include <string>
#include <vector>

namespace officectl::agenda {

enum class Unit { day, week, month, year };
inline constexpr core::Choices<Unit, 4> units{{{{Unit::day, "day"}, {Unit::week, "week"}, {Unit::month, "month"}, {Unit::year, "year"}}}};
// Also daily, weekly, monthly, yearly; any case.
inline std::optional<Unit> parse_unit(std::string_view word) {
    auto w = core::to_lower(word);
    if (w.ends_with("ly")) { // daily, weekly, monthly, yearly
        w = w == "daily" ? "day" : w.substr(0, w.size() - 2);
    }
    return units.parse(w);
}
inline std::string_view unit_name(Unit u) { return units.name(u); }

struct RecurrenceSpec {
    std::string every;               // day, week, month, year
    int interval = 1;
    std::string on;                  // mon,wed | 2mo | -1fr | 15 | 1,15 (empty: the start's own day)
    std::optional<core::Date> until; // last day a occurrence may fall on (inclusive)
    std::optional<int> count;
};

// The RRULE for a spec. `start`/`zone`/`all_day` are the first occurrence's, for
// UNTIL (written in UTC, or as a DATE for all-day series). Throws a usage Error
// for a malformed or contradictory spec, naming the option.
std::string build_rrule(const RecurrenceSpec& spec, core::Instant start, const std::string& zone, bool all_day);

// Throws a data Error when libical cannot read the rule (for imports).
void check_rrule(const std::string& rrule);

// Throws a data Error, saying why, when the series could not be listed: a rule
// libical cannot read, one that repeats more often than hourly, a COUNT over
// limits::k_occurrences, or one that never gives an occurrence
// (FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30). For what comes in: an import, a new series.
void check_series(const Appointment& series);

// "every 2 weeks on Mon, Wed until 2027-06-30", for people. An UNTIL in UTC is
// told as the day it is in `zone`, the series' (else as its UTC day).
std::string describe_rrule(const std::string& rrule, const std::string& zone = "");

// The original starts (UTC) of the series' occurrences that overlap [from, to),
// in order, exdates included (the caller drops them). At most `limit`. Throws a
// data Error when the rule cannot be expanded, or needs more than
// limits::k_rule_steps steps of libical to reach the window's end.
std::vector<core::Instant> expand(const Appointment& series, core::Instant from, core::Instant to,
                                  std::size_t limit = core::limits::k_occurrences);

// The same through libical alone, even for the rules simple_rule.hpp expands
// itself: the reference the unit tests hold that fast path to.
std::vector<core::Instant> expand_with_libical(const Appointment& series, core::Instant from, core::Instant to,
                                               std::size_t limit = core::limits::k_occurrences);

// The end of the series' last occurrence; nullopt for an endless series.
std::optional<core::Instant> series_end(const Appointment& series);

} // namespace officectl::agenda
