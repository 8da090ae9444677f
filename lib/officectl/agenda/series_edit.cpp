#include "officectl/agenda/series_edit.hpp"

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/core/error.hpp"

#include <fmt/format.h>

namespace officectl::agenda {
namespace {

Occurrence occurrence_or_refuse(const std::vector<Appointment>& family, std::int64_t id, core::Date day) {
    auto occ = occurrence_on(family, id, day);
    if (!occ) {
        throw not_found(fmt::format("series {} has no occurrence on {}", id, core::format_date(day)));
    }
    return *occ;
}

} // namespace

EditTarget edit_target(store::Database& db, std::int64_t id, std::optional<core::Date> on) {
    EditTarget t;
    t.appt = get_appointment(db, id);
    if (on) {
        auto family = series_with_changes(db, id);
        auto occ = occurrence_or_refuse(family, id, *on);
        if (occ.appt->parent_id) {
            t.appt = *occ.appt; // change the changed occurrence again
        } else {
            Appointment one = t.appt;
            one.id = 0;
            one.rrule.reset();
            one.exdates.clear();
            one.parent_id = id;
            one.recurrence_id = occ.start;
            one.start = occ.start;
            one.end = occ.end;
            t.appt = one;
        }
    } else if (t.appt.is_series()) {
        for (auto& c : series_with_changes(db, id)) {
            if (c.id != id) {
                t.changes.push_back(std::move(c));
            }
        }
    }
    t.original = t.appt;
    return t;
}

std::int64_t save_edit(store::Txn& txn, EditTarget& t) {
    auto& a = t.appt;
    a.sequence = t.original.sequence + 1;
    if (a.id == 0) {
        return add_appointment(txn, a);
    }
    // A series moved in time takes its cancelled and changed occurrences along.
    auto shift = a.start - t.original.start;
    if (a.is_series() && shift.count() != 0) {
        for (auto& x : a.exdates) {
            x += shift;
        }
        for (auto& c : t.changes) {
            *c.recurrence_id += shift;
            update_appointment(txn, c);
        }
    }
    update_appointment(txn, a);
    return a.id;
}

void cancel_occurrence(store::Txn& txn, std::int64_t id, core::Date day) {
    auto a = get_appointment(txn.db(), id);
    auto family = series_with_changes(txn.db(), id);
    auto occ = occurrence_or_refuse(family, id, day);
    if (occ.appt->parent_id) {
        remove_appointment(txn, *occ.appt); // a changed occurrence goes with it
    }
    a.exdates.push_back(*occ.original_start);
    a.sequence += 1;
    update_appointment(txn, a);
}

} // namespace officectl::agenda
