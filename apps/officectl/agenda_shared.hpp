#pragma once
// What the agenda command files share: the office's zone, times and windows from
// options, handle lists, and the booking check. Defined in agenda_shared.cpp.

#include "context.hpp"

#include "officectl/agenda/appointment.hpp"
#include "officectl/agenda/booking_time.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace officectl::app {

// The office's zone (time.zone): where times without a zone are, and how times are shown.
std::string office_zone(Context& ctx);

// `2026-12-01 10:00`, `fri 14:00`, `10:00 America/New_York`; a bare time is on `day`
// when given (the start's day, for an end time), else today.
core::ZonedInstant datetime_option(Context& ctx, const std::string& option, const std::string& text,
                                   std::optional<core::Date> day = std::nullopt);

// A range of days as instants in the office's zone: [midnight of from, midnight after to).
struct Window {
    core::DateRange days;
    core::Instant from;
    core::Instant to;
};
Window window_of(Context& ctx, core::DateRange days);
// The range from --day / --week / --from --to / a range word; `fallback` when none is given.
core::DateRange range_options(Context& ctx, const std::string& day, const std::string& week, const std::string& from,
                              const std::string& to, const std::string& within, core::DateRange fallback);

// `an,bert` -> {"an", "bert"}.
std::vector<std::string> list_option(const std::string& text);

// --at, --for, --end, --all-day, --days (and for `add` --every, --interval,
// --repeat-on, --count) into `r`; agenda::apply_time_request applies them.
void add_time_options(CLI::App* verb, agenda::TimeRequest& r, bool for_add);

// Refuses (exit 65) a booking of more people (--who and --external) than its room
// seats (with `force`: booked all the same, with a note), and (exit 65, naming the
// appointments in the way) a booking that double-books a person or a room; with
// `force` books it as tentative instead.
// For an edit, `before` is the appointment as it was: only clashes it did not
// have already count (a title change does not trip over an old forced booking).
void check_booking(Context& ctx, agenda::Appointment& a, bool force, const agenda::Appointment* before = nullptr);

// Warns (stderr, also with -q) about the days of a booking that are a weekend, a
// public holiday or closing day, or a day one of its people does not work; it is
// booked all the same. For an edit, `before` is the appointment as it was: only
// new warnings are told.
void warn_booking_days(Context& ctx, const agenda::Appointment& a, const agenda::Appointment* before = nullptr);

// An appointment's number from the command line (a usage Error otherwise).
std::int64_t appointment_id_argument(const std::string& text); // cli_agenda.cpp

// The verb groups of `officectl agenda`, one file each.
void add_agenda_view_commands(CLI::App* agenda, Context& ctx);    // cli_agenda_view.cpp
void add_agenda_room_commands(CLI::App* agenda, Context& ctx);    // cli_agenda_rooms.cpp
void add_agenda_meeting_commands(CLI::App* agenda, Context& ctx); // cli_agenda_meeting.cpp
void add_agenda_ics_commands(CLI::App* agenda, Context& ctx);     // cli_agenda_ics.cpp

} // namespace officectl::app
