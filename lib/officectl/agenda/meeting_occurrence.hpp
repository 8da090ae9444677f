#pragma once
// Which meeting a meeting's records belong to. A one-off meeting is itself. A
// series meets many times, and each time has its own agenda, decisions and
// actions: the occurrence on the day the user names, else the one the command
// means (the last that began, for minutes; the next, for an agenda or a print).

#include "officectl/agenda/appointment.hpp"
#include "officectl/store/database.hpp"

#include <optional>

namespace officectl::agenda {

enum class Pick { last_begun, next };

struct MeetingTime {
    core::Instant start;
    core::Instant end;
    // The occurrence's day (local to the series' zone, its original day when it
    // was moved): the key its records are stored under. nullopt for a one-off.
    std::optional<core::Date> occurrence;
};

// `on`: a day the series meets (refused otherwise, as is a day other than a
// one-off meeting's own). Without it, `pick` chooses; refused when there is none.
MeetingTime meeting_time(store::Database& db, const Appointment& a, std::optional<core::Date> on, core::Instant now,
                         Pick pick);

} // namespace officectl::agenda
