#pragma once
// From stored appointments to occurrences in time: series expanded in a window,
// cancelled dates (EXDATE) dropped, moved or changed occurrences (RECURRENCE-ID)
// put in the place of the one they replace. Nothing is ever stored per occurrence.

#include "officectl/agenda/appointment.hpp"

#include <vector>

namespace officectl::agenda {

// The occurrences of `appts` that overlap [from, to), by start. `appts` holds
// series with all their changed occurrences (rows with a parent_id), and one-off
// appointments. The pointers refer into `appts`.
std::vector<Occurrence> occurrences(const std::vector<Appointment>& appts, core::Instant from, core::Instant to);
// The occurrences would point into a temporary: keep the appointments in a variable.
std::vector<Occurrence> occurrences(std::vector<Appointment>&& appts, core::Instant from, core::Instant to) = delete;

// The occurrence of a series that falls on `day` (local to the series' zone),
// counting a moved occurrence by its original day; nullopt when there is none.
std::optional<Occurrence> occurrence_on(const std::vector<Appointment>& series_and_changes, std::int64_t series_id,
                                        core::Date day);

// Whether the occurrence touches the person (owner or attendee) or room.
bool involves_person(const Occurrence& o, const std::string& handle);
bool involves_room(const Occurrence& o, const std::string& room);

} // namespace officectl::agenda
