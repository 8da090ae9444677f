#pragma once
// Double bookings: two occurrences that overlap in time and share a person (owner
// or attendee) or a room. Cancelled appointments never conflict.

#include "officectl/agenda/appointment.hpp"

#include <string>
#include <vector>

namespace officectl::agenda {

struct Conflict {
    Occurrence first;  // the earlier (or, between a candidate and the agenda, the candidate)
    Occurrence second;
    std::vector<std::string> shared; // "an", "room Vergaderzaal 1"
};

// Every overlap within the list.
std::vector<Conflict> find_conflicts(const std::vector<Occurrence>& occs);
// Overlaps between the candidate's occurrences and the agenda's; occurrences of
// the appointment `skip_id` (the one being moved) and its changes are ignored.
std::vector<Conflict> conflicts_with(const std::vector<Occurrence>& candidate, const std::vector<Occurrence>& agenda,
                                     std::int64_t skip_id = 0);

} // namespace officectl::agenda
