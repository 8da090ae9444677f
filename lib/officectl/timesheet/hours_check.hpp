#pragma once
// Checking the time registration against the time worked: per person, the
// contract hours on their working days (public holidays and closing days off)
// less their leave, against the hours they logged; and hours logged on a day
// they were away. Leave that is requested or approved counts.

#include "officectl/core/calendar.hpp"
#include "officectl/store/database.hpp"
#include "officectl/timesheet/timesheet.hpp"

#include <string>
#include <vector>

namespace officectl::timesheet {

struct PersonHours {
    std::string who;
    int expected = 0; // minutes worked: contract minutes less leave
    int logged = 0;
    int missing() const { return expected > logged ? expected - logged : 0; }
    // Logged beyond the hours worked: as much a finding as hours missing (33,5 h
    // logged against 19 worked is a mistake or unpaid overtime; either way someone looks).
    int over() const { return logged > expected ? logged - expected : 0; }
};

// An entry on a day its person did not work: away on leave, or a day off.
struct AwayEntry {
    Entry entry;
    std::string leave_type; // vacation, sick, ...; or why the day is off: weekend, a holiday, not a working day
};

struct HoursCheck {
    core::DateRange range;   // as asked
    core::Date through;      // the last day counted (today, when the range runs on)
    std::vector<PersonHours> people; // everyone checked, most missing first
    std::vector<AwayEntry> away;     // entries on days someone was away all day, or did not work
    bool clean() const;
};

// `people`: the handles who register their hours (empty: everyone active in
// the range). `day_minutes`: the working day of people without contract hours.
HoursCheck check_hours(store::Database& db, const core::Calendar& calendar, int day_minutes, core::DateRange range,
                       core::Date today, const std::vector<std::string>& people);

} // namespace officectl::timesheet
