#pragma once
// Before an appointment is booked or moved: does it double-book a person or a room?

#include "officectl/agenda/appointment.hpp"
#include "officectl/agenda/free_slots.hpp"
#include "officectl/core/calendar.hpp"
#include "officectl/store/database.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace officectl::agenda {

// A clash between the appointment being booked and one already in the agenda.
struct Clash {
    core::Instant when;              // the start of the new occurrence that clashes
    std::int64_t other_id = 0;       // the appointment (or its series) in the way; 0: an absence
    std::string other_title;
    core::Instant other_start;
    core::Instant other_end;
    bool other_all_day = false;
    std::string other_zone;
    std::vector<std::string> shared; // "an", "room Vergaderzaal 1"
    bool open_end = false;           // an absence without an end yet
};

// The clashes of `a` (new, or an edit of a.id) with the store's agenda and, when
// `absences` is given, with its people's absences, over the whole series (its
// first year when it never ends). At most `limit`.
std::vector<Clash> find_clashes(store::Database& db, const Appointment& a, std::size_t limit = 10,
                                const AbsenceSource* absences = nullptr);

// Days of a booking worth a word, though it is booked all the same: a Saturday or
// Sunday, a public holiday or closing day of `calendar`, a day one of its people
// does not work (`work_weeks`: handle -> their own week; others work the
// calendar's). Over the occurrences' start days (the first year of a series
// without end). One line per kind of day, at most `shown` dates each:
// "2026-12-26 is a Saturday",
// "3 occurrences in its first year fall on a public holiday: 2027-03-29 (Paasmaandag), ...".
std::vector<std::string> day_warnings(const Appointment& a, const core::Calendar& calendar,
                                      const std::map<std::string, core::WorkWeek>& work_weeks,
                                      const std::string& zone, std::size_t shown = 3);

// The booking policy, for every path that books or moves an appointment:
// refuses (data Error) more people than its room seats, unless `force` (then a
// note says it was booked anyway); refuses a booking that double-books a person
// (an absence counts, through `absences`) or a room, naming the appointments in
// the way, unless `force`: then `a` becomes tentative, and a note lists them.
// For an edit, `before` is the appointment as it was: only what it did not have
// already counts (a title change does not trip over an old forced booking).
// Returns the notes; `zone` is the office's, for the times they show.
std::vector<std::string> review_booking(store::Database& db, Appointment& a, bool force, const Appointment* before,
                                        const std::string& zone, const AbsenceSource* absences);
// day_warnings for the booking's people, with their own work weeks from the team;
// for an edit (`before`), only the warnings that are new.
std::vector<std::string> booking_day_warnings(store::Database& db, const Appointment& a, const Appointment* before,
                                              const core::Calendar& calendar, const std::string& zone);

// The people of a booking: its team attendees (owner included) and its outside
// addresses, each once.
int headcount(const Appointment& a);
// When the booking brings more people than `room` (the room booked) seats: what is
// wrong, with the count and the capacity ("\"Board\" brings 5 people to room
// \"Kleine zaal\", which seats 4"); nullopt when it fits or seats are not known.
std::optional<std::string> over_capacity(const Appointment& a, const Room& room);

// Refuses (data Error) to `verb` ("edit", "cancel", "delete") an appointment another
// domain made (a trip's leg), naming its maker and the commands that change it.
// The agenda's own verbs call it; the maker itself changes its appointments
// through agenda_store directly, so no "as the trip" parameter is needed there.
void refuse_made_elsewhere(const Appointment& a, std::string_view verb);

} // namespace officectl::agenda
