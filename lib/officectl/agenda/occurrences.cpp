#include "officectl/agenda/occurrences.hpp"

#include "officectl/agenda/recurrence.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace officectl::agenda {

std::string_view status_name(Status s) { return statuses.name(s); }

std::optional<Status> parse_status(std::string_view word) { return statuses.parse(core::to_lower(word)); }

std::vector<std::string> Appointment::people() const {
    std::vector<std::string> out;
    if (owner) {
        out.push_back(*owner);
    }
    for (const auto& h : who) {
        if (std::find(out.begin(), out.end(), h) == out.end()) {
            out.push_back(h);
        }
    }
    return out;
}

std::vector<Occurrence> occurrences(const std::vector<Appointment>& appts, core::Instant from, core::Instant to,
                                    std::vector<Unexpanded>* unexpanded) {
    // The original starts each series has given away to a changed occurrence.
    std::map<std::int64_t, std::set<core::Instant>> replaced;
    for (const auto& a : appts) {
        if (a.parent_id && a.recurrence_id) {
            replaced[*a.parent_id].insert(*a.recurrence_id);
        }
    }
    std::vector<Occurrence> out;
    std::set<std::int64_t> seen; // a row may be given twice (in the window, and as a change of a series)
    for (const auto& a : appts) {
        if (!seen.insert(a.id).second) {
            continue;
        }
        if (!a.is_series()) {
            if (a.start < to && (a.end > from || a.start >= from)) {
                out.push_back({&a, a.start, a.end, a.recurrence_id});
            }
            continue;
        }
        const auto& gone = replaced[a.id];
        auto length = a.end - a.start;
        std::vector<core::Instant> starts;
        try {
            starts = expand(a, from, to);
        } catch (const Error& e) { // this series alone is left out
            if (unexpanded != nullptr) {
                unexpanded->push_back({a.id, a.title, e.what()});
            }
            continue;
        }
        for (auto start : starts) {
            if (gone.count(start) || std::find(a.exdates.begin(), a.exdates.end(), start) != a.exdates.end()) {
                continue;
            }
            out.push_back({&a, start, start + length, start});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Occurrence& x, const Occurrence& y) {
        return x.start != y.start ? x.start < y.start : x.appt->id < y.appt->id;
    });
    return out;
}

std::optional<Occurrence> occurrence_on(const std::vector<Appointment>& appts, std::int64_t series_id, core::Date day) {
    const Appointment* series = nullptr;
    for (const auto& a : appts) {
        if (a.id == series_id) {
            series = &a;
        }
    }
    if (!series) {
        return std::nullopt;
    }
    auto day_start = core::from_local_lenient(date::local_days{day}, series->zone);
    auto day_end = core::from_local_lenient(date::local_days{core::add_days(day, 1)}, series->zone);
    // A changed occurrence whose original start fell on that day.
    for (const auto& a : appts) {
        if (a.parent_id == series_id && a.recurrence_id && *a.recurrence_id >= day_start && *a.recurrence_id < day_end) {
            return Occurrence{&a, a.start, a.end, a.recurrence_id};
        }
    }
    auto length = series->end - series->start;
    std::vector<core::Instant> starts;
    try {
        starts = expand(*series, day_start, day_end);
    } catch (const Error&) {
        return std::nullopt;
    }
    for (auto start : starts) {
        if (start >= day_start &&
            std::find(series->exdates.begin(), series->exdates.end(), start) == series->exdates.end()) {
            return Occurrence{series, start, start + length, start};
        }
    }
    return std::nullopt;
}

bool involves_person(const Occurrence& o, const std::string& handle) {
    const auto& a = *o.appt;
    return a.owner == handle || std::find(a.who.begin(), a.who.end(), handle) != a.who.end();
}

bool involves_room(const Occurrence& o, const std::string& room) {
    return o.appt->room && core::to_lower(*o.appt->room) == core::to_lower(room);
}

} // namespace officectl::agenda
