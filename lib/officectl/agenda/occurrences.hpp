#pragma once
// From stored appointments to occurrences in time: series expanded in a window,
// cancelled dates (EXDATE) dropped, moved or changed occurrences (RECURRENCE-ID)
// put in the place of the one they replace. Nothing is ever stored per occurrence.

#include "officectl/agenda/appointment.hpp"

#include <string>
#include <vector>

namespace officectl::agenda {

// A series whose rule could not be expanded (stored before imports checked
// rules, or beyond the limits): it is left out, never the listing with it.
struct Unexpanded {
    std::int64_t id = 0;
    std::string title;
    std::string why;
};

// The occurrences of `appts` that overlap [from, to), by start. `appts` holds
// series with all their changed occurrences (rows with a parent_id), and one-off
// appointments. The pointers refer into `appts`. A series that cannot be
// expanded gives none, and is added to `unexpanded` when given.
std::vector<Occurrence> occurrences(const std::vector<Appointment>& appts, core::Instant from, core::Instant to,
                                    std::vector<Unexpanded>* unexpanded = nullptr);
// The occurrences would point into a temporary: keep the appointments in a variable.
std::vector<Occurrence> occurrences(std::vector<Appointment>&& appts, core::Instant from, core::Instant to,
                                    std::vector<Unexpanded>* unexpanded = nullptr) = delete;

// The occurrence of a series that falls on `day` (local to the series' zone),
// counting a moved occurrence by its original day; nullopt when there is none
// (or the series cannot be expanded).
std::optional<Occurrence> occurrence_on(const std::vector<Appointment>& series_and_changes, std::int64_t series_id,
                                        core::Date day);

// Whether the occurrence touches the person (owner or attendee) or room.
bool involves_person(const Occurrence& o, const std::string& handle);
bool involves_room(const Occurrence& o, const std::string& room);

} // namespace officectl::agenda
