#pragma once
// iCalendar (RFC 5545) through libical: appointments out as a VCALENDAR that real
// clients open, and VEVENTs in from other calendars. The mapping only; what an
// import does to the store is in ics_import.hpp.

#include "officectl/agenda/appointment.hpp"

#include <functional>
#include <istream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace officectl::agenda {

// How people appear in a calendar: their e-mail (and display name) by handle.
struct PersonAddress {
    std::string name;
    std::optional<std::string> email;
};

// A VCALENDAR with one VTIMEZONE per zone used (its transitions over the years
// the appointments span), one VEVENT per appointment and per changed occurrence.
// Confidential appointments lose their description unless `show_confidential`.
std::string to_ics(const std::vector<Appointment>& appts, const std::map<std::string, PersonAddress>& people,
                   core::Instant now, bool show_confidential);

// One VEVENT read from a file, times resolved to UTC. People are as the file
// names them; the import matches them to the team.
struct IcsEvent {
    Appointment appt;              // uid, title, times, zone, rrule, exdates, status, sequence, note, location
    std::optional<core::Instant> recurrence_id;
    std::optional<std::string> organizer;          // e-mail
    std::optional<std::string> organizer_handle;   // X-OFFICECTL-HANDLE, from our own exports
    std::vector<std::string> attendees;            // e-mails
    std::vector<std::pair<std::string, std::string>> attendee_handles; // X-OFFICECTL-HANDLE, with the e-mail
    std::optional<std::string> room;               // X-OFFICECTL-ROOM
    int line = 0;                                  // where its BEGIN:VEVENT is
};

// Reads a calendar stream one VEVENT at a time (memory stays flat), calling
// `on_event` for each and `on_skip(line, why)` for what cannot become an
// appointment (other components, events with no start or an unknown zone).
// Times without a zone are taken in `floating_zone`. A malformed file throws a
// data Error naming `name` and the line.
void read_ics(std::istream& in, const std::string& name, const std::string& floating_zone,
              const std::function<void(IcsEvent&&)>& on_event,
              const std::function<void(int line, const std::string& why)>& on_skip);

} // namespace officectl::agenda
