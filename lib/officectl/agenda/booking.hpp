#pragma once
// Before an appointment is booked or moved: does it double-book a person or a room?

#include "officectl/agenda/appointment.hpp"
#include "officectl/agenda/free_slots.hpp"
#include "officectl/store/database.hpp"

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
};

// The clashes of `a` (new, or an edit of a.id) with the store's agenda and, when
// `absences` is given, with its people's absences, over the whole series (its
// first year when it never ends). At most `limit`.
std::vector<Clash> find_clashes(store::Database& db, const Appointment& a, std::size_t limit = 10,
                                const AbsenceSource* absences = nullptr);

// Refuses (data Error) to `verb` ("edit", "cancel", "delete") an appointment another
// domain made (a trip's leg), naming its maker and the commands that change it.
// The agenda's own verbs call it; the maker itself changes its appointments
// through agenda_store directly, so no "as the trip" parameter is needed there.
void refuse_made_elsewhere(const Appointment& a, std::string_view verb);

} // namespace officectl::agenda
