#pragma once
// Who has time: per person and week, the contract hours on their working days,
// less public holidays, absences and appointments, against the estimates of
// the open tasks due by the end of the week.

#include "officectl/core/calendar.hpp"
#include "officectl/store/database.hpp"

#include <string>
#include <vector>

namespace officectl::teamwork {

struct Workload {
    std::string who;
    int contract = 0;   // minutes on their working days this week (holidays excluded)
    int absent = 0;     // of which away on leave
    int meetings = 0;   // of which in appointments
    int tasks = 0;      // estimated minutes of open tasks due by the week's end (overdue included)
    int open = 0;       // how many such tasks
    int unestimated = 0;
    int overdue = 0;
    int available() const { return contract - absent - meetings; }
    int spare() const { return available() - tasks; }
};

// Everyone active in the week, overloaded first (least spare time first).
// `day_minutes` is the working day of people without contract hours.
std::vector<Workload> workload(store::Database& db, const core::Calendar& calendar, int day_minutes,
                               core::DateRange week, core::Date today, const std::string& zone);

} // namespace officectl::teamwork
