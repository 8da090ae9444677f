#pragma once
// Finding time: the earliest slots when several people are all free, within
// working hours on days each of them works (their own work week, no public
// holiday, no closing day), around their appointments and absences, optionally
// with a free room that seats them.

#include "officectl/agenda/appointment.hpp"
#include "officectl/core/calendar.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace officectl::agenda {

using Interval = std::pair<core::Instant, core::Instant>; // [first, second)

// A stretch of time someone is away, and why ("vacation").
struct Away {
    core::Instant from;
    core::Instant to;
    std::string why;
    bool open_end = false; // until further notice (`to` is far away): `why` says since when
};

// When people are away. The absence domain implements it; the agenda only asks
// (free slots avoid it, a booking that falls in it clashes).
class AbsenceSource {
public:
    virtual ~AbsenceSource() = default;
    // The absences of `handle` that overlap [from, to).
    virtual std::vector<Away> away(const std::string& handle, core::Instant from, core::Instant to) const = 0;
};

struct Attendance {
    std::string handle;
    core::WorkWeek week;
    std::vector<Interval> busy; // their appointments' occurrences (not cancelled)
};

struct RoomUse {
    Room room;
    std::vector<Interval> busy;
};

struct FreeSlotQuery {
    std::vector<Attendance> people;
    int minutes = 60;
    core::DateRange days;
    core::Instant not_before;       // now: no slot in the past
    int day_start = 9 * 60;         // working hours, minutes since local midnight
    int day_end = 17 * 60;
    std::string zone;
    // A room is wanted when `rooms` is non-empty: one seating `capacity` with the equipment.
    std::vector<RoomUse> rooms;
    int capacity = 0;
    std::vector<std::string> equipment;
    int limit = 5;
};

struct FreeSlot {
    core::Instant start;
    core::Instant end;
    core::Instant free_until; // everyone stays free until then
    std::optional<std::string> room;
};

// The earliest slots, one per free stretch of time, at most query.limit.
std::vector<FreeSlot> find_free_slots(const FreeSlotQuery& query, const core::Calendar& calendar,
                                      const AbsenceSource* absences = nullptr);

// Whether a room fits: seats at least `capacity` (a room of unknown size fits
// only when no capacity is asked) and has all the equipment.
bool room_fits(const Room& room, int capacity, const std::vector<std::string>& equipment);

} // namespace officectl::agenda
