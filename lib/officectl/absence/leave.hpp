#pragma once
// The absence domain's values: leave of a person over days, its type (from
// config), and what counting it against working days and balances gives.

#include "officectl/core/choices.hpp"
#include "officectl/core/dates.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::absence {

enum class Half { am, pm };
inline constexpr core::Choices<Half, 2> halves{{{{Half::am, "am"}, {Half::pm, "pm"}}}};
enum class LeaveStatus { requested, approved, rejected };
inline constexpr core::Choices<LeaveStatus, 3> leave_statuses{
    {{{LeaveStatus::requested, "requested"}, {LeaveStatus::approved, "approved"}, {LeaveStatus::rejected, "rejected"}}}};
std::string_view status_name(LeaveStatus s);
std::optional<LeaveStatus> parse_status(std::string_view word);

// The end of sick leave that has none yet ("until further notice"): stored as
// its `to`, so that it covers every day from its start in every query.
inline constexpr core::Date k_no_end_yet{date::year{9999} / date::December / date::day{31}};
// An open leave's staffing rules are checked over its first two weeks.
inline constexpr int k_open_staffing_days = 14;

struct Leave {
    std::int64_t id = 0;
    std::string who;  // handle
    std::string type; // a configured type: vacation, sick, ...
    core::Date from;
    core::Date to;    // inclusive; k_no_end_yet while open
    bool open = false; // sickness without an end yet; closed by giving it one
    std::optional<Half> half; // a half day (from == to)
    LeaveStatus status = LeaveStatus::approved;
    std::optional<std::string> note;
    std::optional<std::string> why_rejected;
    bool overlaps(core::Date a, core::Date b) const { return from <= b && a <= to; }
    // The last day known so far: an open leave runs through `today` (none of it
    // is known yet when it starts later: counting to a day before `from` gives 0).
    core::Date known_to(core::Date today) const { return open ? today : to; }
};

// How a type is counted and shown.
struct LeaveType {
    std::string name;   // vacation
    char letter = 'V';  // in `absence calendar`
    std::string unit;   // day, half, hours: how it is taken and shown
    bool counts = false; // against the yearly balance
};

// At least `min` people of `role` present on every working day.
struct StaffingRule {
    std::string role;
    int min = 1;
    std::string where; // config file:line
};

// Counting one leave: per day, whether it counts and, if not, why.
struct CountedDay {
    core::Date day;
    double days = 0;         // 1, 0.5 or 0
    std::string why;         // "working day", "weekend", "Kerstmis", "not a working day for bert"
};

struct LeaveCount {
    double days = 0;
    std::vector<CountedDay> per_day;
};

struct Balance {
    std::string who;
    int year = 0;
    double entitled = 0;  // the year's days, carry-over included
    double carried = 0;   // of which carried over from last year
    double taken = 0;     // approved, up to today
    double planned = 0;   // approved after today, and requested
    double left() const { return entitled - taken - planned; }
};

} // namespace officectl::absence
