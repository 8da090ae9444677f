#include "officectl/timesheet/hours_check.hpp"

#include "officectl/absence/leave_store.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/timesheet/timesheet_store.hpp"

#include <algorithm>
#include <map>

namespace officectl::timesheet {

bool HoursCheck::clean() const {
    return away.empty() &&
           std::all_of(people.begin(), people.end(), [](const PersonHours& p) { return p.missing() == 0; });
}

HoursCheck check_hours(store::Database& db, const core::Calendar& calendar, int day_minutes, core::DateRange range,
                       core::Date today, const std::vector<std::string>& people) {
    HoursCheck out{range, std::min(range.to, today), {}, {}};
    absence::LeaveFilter lf;
    lf.from = range.from;
    lf.to = range.to;
    auto leaves = absence::list_leaves(db, lf);
    std::map<std::string, int> logged;
    for (auto& e : list_entries(db, {range.from, range.to, std::nullopt, std::nullopt})) {
        logged[e.who] += e.minutes;
        for (const auto& l : leaves) {
            if (l.who == e.who && !l.half && l.status != absence::LeaveStatus::rejected && l.from <= e.date &&
                e.date <= l.to) {
                out.away.push_back({e, l.type});
                break;
            }
        }
    }
    if (!people.empty()) {
        std::erase_if(out.away, [&](const AwayEntry& a) {
            return std::find(people.begin(), people.end(), a.entry.who) == people.end();
        });
    }
    team::MemberFilter everyone;
    everyone.all = true;
    for (const auto& m : team::list_members(db, everyone, range.from)) {
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
                     [](const PersonHours& a, const PersonHours& b) { return a.missing() > b.missing(); });
    return out;
}

} // namespace officectl::timesheet
