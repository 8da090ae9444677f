#include "officectl/teamwork/workload.hpp"

#include "officectl/absence/leave_store.hpp"
#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/teamwork/task_store.hpp"

#include <algorithm>
#include <map>

namespace officectl::teamwork {

std::vector<Workload> workload(store::Database& db, const core::Calendar& calendar, int day_minutes,
                               core::DateRange week, core::Date today, const std::string& zone) {
    absence::LeaveFilter lf;
    lf.from = week.from;
    lf.to = week.to;
    auto leaves = absence::list_leaves(db, lf);
    auto from = core::from_local_lenient(date::local_days{week.from}, zone);
    auto to = core::from_local_lenient(date::local_days{core::add_days(week.to, 1)}, zone);
    auto appts = agenda::appointments_for(db, from, to);
    auto occs = agenda::occurrences(appts, from, to);
    TaskFilter open;
    open.open = true;
    auto tasks = list_tasks(db, open, today);
    std::vector<Workload> out;
    for (const auto& m : team::list_members(db, {}, week.from)) {
        Workload w;
        w.who = m.handle;
        auto person_week = m.work_days.value_or(calendar.week());
        int per_day = static_cast<int>(team::minutes_per_day(m, calendar.week(), day_minutes));
        for (auto d = week.from; d <= week.to; d = core::add_days(d, 1)) {
            if (!calendar.is_working_day(d, &person_week) || team::status_on(m, d) != team::MemberStatus::active) {
                continue;
            }
            w.contract += per_day;
            int away = 0;
            for (const auto& l : leaves) {
                if (l.who == m.handle && l.from <= d && d <= l.to) {
                    away = l.half ? per_day / 2 : per_day;
                }
            }
            w.absent += away;
            if (away == per_day) {
                continue; // away all day: their meetings that day are not their time
            }
            auto day_start = core::from_local_lenient(date::local_days{d}, zone);
            auto day_end = core::from_local_lenient(date::local_days{core::add_days(d, 1)}, zone);
            for (const auto& o : occs) {
                if (o.appt->status == agenda::Status::cancelled || o.appt->all_day || !agenda::involves_person(o, m.handle)) {
                    continue;
                }
                auto s = std::max(o.start, day_start);
                auto e = std::min(o.end, day_end);
                if (s < e) {
                    w.meetings += static_cast<int>((e - s).count() / 60);
                }
            }
        }
        w.meetings = std::min(w.meetings, w.contract - w.absent); // a full agenda leaves nothing, not less
        for (const auto& t : tasks) {
            if (t.assignee != m.handle || !t.due || *t.due > week.to) {
                continue;
            }
            ++w.open;
            w.overdue += t.is_overdue(today) ? 1 : 0;
            if (t.estimate_minutes) {
                w.tasks += *t.estimate_minutes;
            } else {
                ++w.unestimated;
            }
        }
        out.push_back(std::move(w));
    }
    std::stable_sort(out.begin(), out.end(), [](const Workload& a, const Workload& b) { return a.spare() < b.spare(); });
    return out;
}

} // namespace officectl::teamwork
