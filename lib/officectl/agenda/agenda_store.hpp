#pragma once
// The agenda's SQL: the only place that reads or writes agenda_room,
// agenda_appointment, agenda_attendee and agenda_exdate. Functions taking a Txn&
// write (and journal); those taking a Database& only read.

#include "officectl/agenda/appointment.hpp"
#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"

#include <optional>
#include <string>
#include <vector>

namespace officectl::agenda {

const std::vector<store::Migration>& migrations();

// Rooms. Names are unique regardless of case.
std::int64_t add_room(store::Txn& txn, const Room& room);
std::vector<Room> list_rooms(store::Database& db);
std::optional<Room> find_room(store::Database& db, std::string_view name);
// Refuses (data Error) a room that appointments still book.
void remove_room(store::Txn& txn, const Room& room);

// Adds the appointment (a new UID when it has none). Owner and attendees must be
// team members (no_input Error otherwise), the room a known room.
std::int64_t add_appointment(store::Txn& txn, const Appointment& a);
// Rewrites every field, attendees and exdates of the appointment a.id; made_by and
// change_with are kept when `a` has none (an import does not forget who made it).
void update_appointment(store::Txn& txn, const Appointment& a);
// Marks a.id as made by another domain (see Appointment::made_by), right after
// add_appointment when the maker's own id is known only then.
void set_made_by(store::Txn& txn, std::int64_t id, const std::string& made_by, const std::string& change_with);
// Deletes the appointment, its changed occurrences, agenda and minutes.
void remove_appointment(store::Txn& txn, const Appointment& a);

// Throws a no_input Error when there is no appointment with that id.
Appointment get_appointment(store::Database& db, std::int64_t id);
// The appointment with that UID (and RECURRENCE-ID for a changed occurrence).
std::optional<Appointment> find_by_uid(store::Database& db, const std::string& uid,
                                       const std::optional<core::Instant>& recurrence_id);
// The id and SEQUENCE of the appointment with that UID (and RECURRENCE-ID); cheap, for imports.
struct UidVersion {
    std::int64_t id;
    int sequence;
};
std::optional<UidVersion> find_uid(store::Database& db, const std::string& uid,
                                   const std::optional<core::Instant>& recurrence_id);
// What occurrences in [from, to) need: one-off appointments there, the series
// that may recur there, and every changed occurrence of those series.
std::vector<Appointment> appointments_for(store::Database& db, core::Instant from, core::Instant to);
// A series with all its changed occurrences (the series first).
std::vector<Appointment> series_with_changes(store::Database& db, std::int64_t series_id);
// Every appointment, for export.
std::vector<Appointment> all_appointments(store::Database& db);

} // namespace officectl::agenda
