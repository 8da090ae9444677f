#pragma once
// Editing and cancelling a series: the whole series, or one occurrence. One
// occurrence changed becomes a child appointment that overrides it (iCalendar's
// RECURRENCE-ID); cancelled, it becomes an EXDATE of the series. A series moved
// in time takes its cancelled and changed occurrences along. `agenda edit` and
// `agenda cancel` go through here; the booking review (booking.hpp) sits between
// edit_target and save_edit.

#include "officectl/agenda/appointment.hpp"
#include "officectl/store/txn.hpp"

#include <optional>
#include <vector>

namespace officectl::agenda {

struct EditTarget {
    Appointment appt;                 // what the edit changes (id 0: a new child for one occurrence)
    Appointment original;             // as it was, for the booking review and the shift of a series
    std::vector<Appointment> changes; // editing a whole series: its changed occurrences
};

// The appointment `id` to edit, or with `on` its occurrence on that day: the
// child that changed it before, else a new child. Errors: no_input when the
// series has no occurrence that day (the caller refuses `on` for a non-series).
EditTarget edit_target(store::Database& db, std::int64_t id, std::optional<core::Date> on);
// Writes the edited `target.appt` (its sequence raised); returns its id.
std::int64_t save_edit(store::Txn& txn, EditTarget& target);
// Cancels the occurrence of series `id` on `day` (a changed one is removed with
// it); the series goes on. Errors: no_input when it has none that day.
void cancel_occurrence(store::Txn& txn, std::int64_t id, core::Date day);

} // namespace officectl::agenda
