#include "officectl/agenda/meeting_occurrence.hpp"

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"

#include <fmt/format.h>

namespace officectl::agenda {

MeetingTime meeting_time(store::Database& db, const Appointment& a, std::optional<core::Date> on, core::Instant now,
                         Pick pick) {
    if (!a.is_series()) {
        auto day = core::local_date(a.start, a.zone);
        if (on && *on != day) {
            throw data_error(fmt::format("{} \"{}\" meets once, on {}: --on {} names no meeting", a.id, a.title,
                                         core::format_date(day), core::format_date(*on)));
        }
        return {a.start, a.end, std::nullopt};
    }
    auto family = series_with_changes(db, a.id);
    std::optional<Occurrence> occ;
    if (on) {
        occ = occurrence_on(family, a.id, *on);
        if (!occ) {
            throw not_found(fmt::format("series {} \"{}\" does not meet on {} (see `officectl agenda list`)", a.id,
                                        a.title, core::format_date(*on)));
        }
    } else if (pick == Pick::next) {
        auto next = occurrences(family, now, now + date::years{2});
        if (next.empty()) {
            throw not_found(fmt::format("series {} \"{}\" meets no more: give --on DATE", a.id, a.title));
        }
        occ = next.front();
    } else {
        // The last that began: minutes are taken once a meeting has started.
        auto past = occurrences(family, now - date::years{2}, now + std::chrono::seconds{1});
        std::erase_if(past, [&](const Occurrence& o) { return o.start > now; });
        if (past.empty()) {
            throw data_error(fmt::format("series {} \"{}\" has not met yet: give --on DATE", a.id, a.title));
        }
        occ = past.back();
    }
    auto key = occ->original_start.value_or(occ->start);
    return {occ->start, occ->end, core::local_date(key, a.zone)};
}

} // namespace officectl::agenda
