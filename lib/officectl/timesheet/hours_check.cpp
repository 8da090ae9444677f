#include "officectl/timesheet/hours_check.hpp"

#include "officectl/absence/leave_store.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/timesheet/timesheet_store.hpp"

#include <algorithm>
#include <map>

namespace officectl::timesheet {

bool HoursCheck::clean() const {
    return away.empty() && std::all_of(people.begin(), people.end(),
                                       [](const PersonHours& p) { return p.missing() == 0 && p.over() == 0; });
}

HoursCheck check_hours(store::Database& db, const core::Calendar& calendar, int day_minutes, core::DateRange range,
                       core::Date today, const std::vector<std::string>& people) {
    HoursCheck out{range, std::min(range.to, today), {}, {}};
    absence::LeaveFilter lf;
    lf.from = range.from;
    lf.to = range.to;
    auto leaves = absence::list_leaves(db, lf);
    team::MemberFilter everyone;
    everyone.all = true;
    auto members = team::list_members(db, everyone, range.from);
    std::map<std::string, core::WorkWeek> week_of;
    for (const auto& m : members) {
        week_of[m.handle] = m.work_days.value_or(calendar.week());
    }
    // Why a day is no working day for someone, or nullopt when it is one.
    auto day_off = [&](const std::string& who, core::Date d) -> std::optional<std::string> {
        auto week = week_of.count(who) ? week_of[who] : calendar.week();
        if (calendar.is_working_day(d, &week)) {
            return std::nullopt;
        }
        if (auto name = calendar.day_off_name(d)) {
            return *name;
        }
        date::weekday wd{date::sys_days{d}};
        return calendar.week().works(wd) ? "not a working day for " + who : std::string("weekend");
    };
    std::map<std::string, int> logged;
    // Up to the last day counted: hours logged ahead of it would count against days not yet worked.
    for (auto& e : list_entries(db, {range.from, out.through, std::nullopt, std::nullopt})) {
        logged[e.who] += e.minutes;
        bool on_leave = false;
        for (const auto& l : leaves) {
            if (l.who == e.who && !l.half && l.status != absence::LeaveStatus::rejected && l.from <= e.date &&
                e.date <= l.to) {
                out.away.push_back({e, l.type});
                on_leave = true;
                break;
            }
        }
        if (auto why = day_off(e.who, e.date); why && !on_leave) {
            out.away.push_back({e, *why});
        }
    }
    if (!people.empty()) {
        std::erase_if(out.away, [&](const AwayEntry& a) {
            return std::find(people.begin(), people.end(), a.entry.who) == people.end();
        });
    }
    for (const auto& m : members) {
        bool wanted = people.empty() ? team::status_on(m, range.from) == team::MemberStatus::active ||
                                           team::status_on(m, out.through) == team::MemberStatus::active
                                     : std::find(people.begin(), people.end(), m.handle) != people.end();
        if (!wanted) {
            continue;
        }
        PersonHours p{m.handle, 0, logged[m.handle]};
        auto week = m.work_days.value_or(calendar.week());
        int per_day = static_cast<int>(team::minutes_per_day(m, calendar.week(), day_minutes));
        for (auto d = range.from; d <= out.through; d = core::add_days(d, 1)) {
            if (!calendar.is_working_day(d, &week) || team::status_on(m, d) != team::MemberStatus::active) {
                continue;
            }
            int away = 0;
            for (const auto& l : leaves) {
                if (l.who == m.handle && l.status != absence::LeaveStatus::rejected && l.from <= d && d <= l.to) {
                    away = l.half ? per_day / 2 : per_day;
                }
            }
            p.expected += per_day - away;
        }
        out.people.push_back(std::move(p));
    }
    std::stable_sort(out.people.begin(), out.people.end(),
                     [](const PersonHours& a, const PersonHours& b) {
                         return a.missing() != b.missing() ? a.missing() > b.missing() : a.over() > b.over();
                     });
    return out;
}

} // namespace officectl::timesheet
