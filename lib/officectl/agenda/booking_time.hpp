#pragma once
// When an appointment takes place, from what a user typed (`agenda add` and
// `agenda edit`): a date alone is all day, --for or --end gives the end, a moved
// appointment keeps its length, and a series ends on a date or after a count.
// The app only fills a TimeRequest; the rules live here. Defined in booking_time.cpp.

#include "officectl/agenda/appointment.hpp"
#include "officectl/core/clock.hpp"

#include <string>
#include <vector>

namespace officectl::agenda {

// The texts as given; empty means "not given". Errors name the options. (Each
// member has an initializer, so that a designated initializer may leave it out.)
struct TimeRequest {
    std::string at{};               // --at: a date-time, or a date for all-day
    std::string length{};           // --for: 1h30
    std::vector<std::string> until{}; // --end: an end time, and/or (with --every) the series' last day
    bool all_day = false;           // --all-day
    int days = 0;                   // --days: all day for this many days
    // recurrence
    std::string every{}, on{};      // --every week, --repeat-on mon,wed
    int interval = 1;               // --interval
    std::string count{};            // --count: text, so that 0 and negatives are refused, not taken for "no end"
};

// Sets start, end, zone, all_day and rrule of `a`. A start without a zone is in
// the clock's zone, an end without one in the start's; words such as `fri` count
// from the clock's today. When editing,
// what is not given keeps `a`'s values, and a new start keeps the length.
// Throws a usage Error naming the option on contradictions (--for and --end, an
// all-day appointment with a length, --count 0, an end before the start).
void apply_time_request(const TimeRequest& r, Appointment& a, bool editing, const core::Clock& clock);

} // namespace officectl::agenda
