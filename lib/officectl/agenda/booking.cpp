#include "officectl/agenda/booking.hpp"

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/agenda_views.hpp"
#include "officectl/agenda/conflicts.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/agenda/recurrence.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"

#include <algorithm>
#include <set>

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
                        out.push_back({o.start, 0, away.why, away.from, away.to, true, a.zone, {person}, away.open_end});
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

std::vector<std::string> day_warnings(const Appointment& a, const core::Calendar& calendar,
                                      const std::map<std::string, core::WorkWeek>& work_weeks,
                                      const std::string& zone, std::size_t shown) {
    if (a.status == Status::cancelled) {
        return {};
    }
    auto last = series_end(a).value_or(a.start + date::years{1});
    std::vector<Appointment> self{a};
    auto mine = occurrences(self, a.start, std::max(last, a.end));
    if (mine.empty()) {
        return {};
    }
    // Kinds of day in the order they are told, each with its dates (and a name).
    std::vector<std::pair<std::string, std::vector<std::pair<core::Date, std::string>>>> kinds;
    auto add = [&](const std::string& kind, core::Date d, std::string detail) {
        auto it = std::find_if(kinds.begin(), kinds.end(), [&](const auto& k) { return k.first == kind; });
        if (it == kinds.end()) {
            kinds.push_back({kind, {}});
            it = std::prev(kinds.end());
        }
        it->second.push_back({d, std::move(detail)});
    };
    auto people = a.people();
    for (const auto& o : mine) {
        auto day = core::local_date(o.start, a.all_day ? a.zone : zone);
        date::weekday wd{date::sys_days{day}};
        if (auto name = calendar.day_off_name(day)) {
            add(calendar.public_holiday(day) ? "a public holiday" : "a day the office is closed", day, *name);
        } else if (wd == date::Saturday || wd == date::Sunday) {
            add(wd == date::Saturday ? "a Saturday" : "a Sunday", day, "");
        } else {
            for (const auto& p : people) {
                auto it = work_weeks.find(p);
                const auto& week = it != work_weeks.end() ? it->second : calendar.week();
                if (!week.works(wd)) {
                    add(fmt::format("a day {} does not work (works {})", p, week.to_string()), day, "");
                }
            }
        }
    }
    std::vector<std::string> out;
    for (const auto& [kind, days] : kinds) {
        std::vector<std::string> dates;
        for (std::size_t i = 0; i < days.size() && i < shown; ++i) {
            dates.push_back(days[i].second.empty()
                                ? core::format_date(days[i].first)
                                : fmt::format("{} ({})", core::format_date(days[i].first), days[i].second));
        }
        if (!a.is_series() && days.size() == 1) {
            const auto& [d, name] = days.front();
            out.push_back(fmt::format("{} is {}{}", core::format_date(d), kind, name.empty() ? "" : " (" + name + ")"));
            continue;
        }
        auto more = days.size() > shown ? fmt::format(" and {} more", days.size() - shown) : std::string();
        out.push_back(fmt::format("{} occurrence{}{} fall{} on {}: {}{}", days.size(), days.size() == 1 ? "" : "s",
                                  series_end(a) ? "" : " in its first year", days.size() == 1 ? "s" : "", kind,
                                  core::join(dates, ", "), more));
    }
    return out;
}

int headcount(const Appointment& a) {
    std::set<std::string> seen;
    for (const auto& p : a.people()) {
        seen.insert(p);
    }
    for (const auto& e : a.external) {
        seen.insert(core::to_lower(e));
    }
    return static_cast<int>(seen.size());
}

std::optional<std::string> over_capacity(const Appointment& a, const Room& room) {
    if (!room.capacity || a.status == Status::cancelled) {
        return std::nullopt;
    }
    auto n = headcount(a);
    if (n <= *room.capacity) {
        return std::nullopt;
    }
    return fmt::format("\"{}\" brings {} people to room \"{}\", which seats {}", a.title, n, room.name, *room.capacity);
}

void refuse_made_elsewhere(const Appointment& a, std::string_view verb) {
    if (!a.made_by) {
        return;
    }
    throw data_error(fmt::format("appointment {} is {}: the agenda does not {} it; use {}", a.id, *a.made_by, verb,
                                 a.change_with.value_or("the command that made it")));
}

std::vector<std::string> review_booking(store::Database& db, Appointment& a, bool force, const Appointment* before,
                                        const std::string& zone, const AbsenceSource* absences) {
    std::vector<std::string> notes;
    if (a.room) {
        if (auto room = find_room(db, *a.room)) {
            auto over = over_capacity(a, *room);
            // An edit that brings no more people to the same room keeps what was booked (with force) before.
            bool had = before && before->room && core::fold(*before->room) == core::fold(*a.room) &&
                       headcount(*before) >= headcount(a);
            if (over && !had) {
                if (!force) {
                    throw data_error(fmt::format("{}; book a larger room (`officectl agenda rooms --at \"{}\" --capacity "
                                                 "{}` lists the free ones), or --force books it anyway",
                                                 *over, core::format_local({a.start, zone}), headcount(a)));
                }
                notes.push_back(fmt::format("booked anyway: {}", *over));
            }
        }
    }
    auto clashes = find_clashes(db, a, 10, absences);
    if (before && !clashes.empty()) {
        auto old = find_clashes(db, *before, 1000, absences);
        std::erase_if(clashes, [&](const Clash& c) {
            return std::any_of(old.begin(), old.end(), [&](const Clash& o) {
                return o.when == c.when && o.other_id == c.other_id && o.other_start == c.other_start &&
                       o.shared == c.shared;
            });
        });
    }
    if (clashes.empty()) {
        return notes;
    }
    auto list = describe_clashes(clashes, zone);
    if (!force) {
        throw data_error(fmt::format("\"{}\" double-books {}:\n{}\n(--force books it anyway, as tentative)", a.title,
                                     core::join(clashes.front().shared, ", "), list));
    }
    a.status = Status::tentative;
    notes.push_back(fmt::format("booked as tentative: \"{}\" double-books\n{}", a.title, list));
    return notes;
}

std::vector<std::string> booking_day_warnings(store::Database& db, const Appointment& a, const Appointment* before,
                                              const core::Calendar& calendar, const std::string& zone) {
    std::map<std::string, core::WorkWeek> weeks;
    for (const auto& p : a.people()) {
        if (auto m = team::find_member(db, p); m && m->work_days) {
            weeks.emplace(p, *m->work_days);
        }
    }
    auto lines = day_warnings(a, calendar, weeks, zone);
    if (before) { // an edit tells only what is new
        auto old = day_warnings(*before, calendar, weeks, zone);
        std::erase_if(lines, [&](const std::string& l) { return std::find(old.begin(), old.end(), l) != old.end(); });
    }
    return lines;
}

} // namespace officectl::agenda
