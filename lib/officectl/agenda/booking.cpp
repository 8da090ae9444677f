#include "officectl/agenda/booking.hpp"

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/conflicts.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/agenda/recurrence.hpp"
#include "officectl/core/error.hpp"

#include <fmt/format.h>

namespace officectl::agenda {

std::vector<Clash> find_clashes(store::Database& db, const Appointment& a, std::size_t limit,
                                const AbsenceSource* absences) {
    if (a.status == Status::cancelled) {
        return {};
    }
    auto last = series_end(a).value_or(a.end + date::years{1});
    std::vector<Appointment> self{a};
    auto mine = occurrences(self, a.start, last);
    if (mine.empty()) {
        return {};
    }
    auto agenda = appointments_for(db, mine.front().start, mine.back().end);
    auto theirs = occurrences(agenda, mine.front().start, mine.back().end);
    // Leave out the appointment itself, and the occurrence a changed occurrence replaces.
    std::erase_if(theirs, [&](const Occurrence& o) {
        if (a.id != 0 && (o.appt->id == a.id || (a.is_series() && o.series_id() == a.id))) {
            return true;
        }
        return a.parent_id && o.appt->id == *a.parent_id && o.original_start == a.recurrence_id;
    });
    std::vector<Clash> out;
    if (absences) {
        for (const auto& person : a.people()) {
            for (const auto& away : absences->away(person, mine.front().start, mine.back().end)) {
                for (const auto& o : mine) {
                    if (o.start < away.to && o.end > away.from && out.size() < limit) {
                        out.push_back({o.start, 0, away.why, away.from, away.to, true, a.zone, {person}});
                        break; // one line per absence
                    }
                }
            }
        }
    }
    for (const auto& c : conflicts_with(mine, theirs)) {
        if (out.size() >= limit) {
            break;
        }
        out.push_back({c.first.start, c.second.series_id(), c.second.appt->title, c.second.start, c.second.end,
                       c.second.appt->all_day, c.second.appt->zone, c.shared});
    }
    return out;
}

void refuse_made_elsewhere(const Appointment& a, std::string_view verb) {
    if (!a.made_by) {
        return;
    }
    throw data_error(fmt::format("appointment {} is {}: the agenda does not {} it; use {}", a.id, *a.made_by, verb,
                                 a.change_with.value_or("the command that made it")));
}

} // namespace officectl::agenda
