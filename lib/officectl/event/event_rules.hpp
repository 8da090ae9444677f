#pragma once
// The event rules as plain functions: a plan step (`-30d Title`), its due day
// counted back from the event onto a working day, RSVP counts.

#include "officectl/core/calendar.hpp"
#include "officectl/event/event.hpp"

#include <map>
#include <string_view>
#include <vector>

namespace officectl::event {

// `-30d Uitnodigingen versturen`, `-2w Catering bevestigen`, `0d Opbouw`: an
// offset (days or weeks, before the day when negative) and a title. A data
// Error naming the text otherwise.
PlanStep parse_step(std::string_view text);
// An offset from the command line: `-14d`, `-2w`, `+1d`.
int parse_offset_days(std::string_view text);
// The day `offset_days` from the event's day, moved back onto a working day
// (the office is closed on weekends and holidays, so the task is due before).
core::Date plan_due(core::Date day, int offset_days, const core::Calendar& calendar);

struct RsvpCounts {
    int invited = 0; // no answer yet
    int yes = 0;
    int no = 0;
    int maybe = 0;
    int total() const { return invited + yes + no + maybe; }
    // What catering plans for: those who said yes, and half of the maybes, rounded up.
    int headcount() const { return yes + (maybe + 1) / 2; }
};
RsvpCounts count_rsvps(const std::vector<Guest>& guests);

// What an event holds besides itself: what `event rm` removes only with --force.
struct EventContents {
    int tasks = 0;      // of its plan (team tasks)
    int done_tasks = 0; // of those, done
    int suppliers = 0;
    int invoiced = 0;   // suppliers whose commitment is invoiced: the budget keeps it
    int guests = 0;
    bool empty() const { return tasks == 0 && suppliers == 0 && guests == 0; }
};
// "12 plan tasks (3 done), 2 suppliers and 40 guests".
std::string describe_contents(const EventContents& c);

} // namespace officectl::event
