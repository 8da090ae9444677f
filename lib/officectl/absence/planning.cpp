#include "officectl/absence/planning.hpp"

#include "officectl/absence/leave_rules.hpp"
#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace officectl::absence {
namespace {

core::WorkWeek week_of(store::Database& db, const core::Calendar& calendar, const std::string& who) {
    auto m = team::get_member(db, who);
    return m.work_days.value_or(calendar.week());
}

// Days of counting leave in `year`: approved up to `today`, approved after it, requested.
struct Used {
    double taken = 0, planned = 0;
};

Used used_in(const Settings& settings, const core::Calendar& calendar, const core::WorkWeek& week,
             const std::vector<const Leave*>& leaves, int year, core::Date today) {
    core::Date first{date::year{year}, date::January, date::day{1}};
    core::Date last{date::year{year}, date::December, date::day{31}};
    Used u;
    for (const auto* l : leaves) {
        bool counts = std::any_of(settings.types.begin(), settings.types.end(),
                                  [&](const LeaveType& t) { return t.name == l->type && t.counts; });
        if (!counts || l->to < first || l->from > last) {
            continue;
        }
        for (const auto& d : count_leave(*l, calendar, week, first, last).per_day) {
            if (l->status == LeaveStatus::approved && d.day <= today) {
                u.taken += d.days;
            } else {
                u.planned += d.days;
            }
        }
    }
    return u;
}

} // namespace

LeaveCount count_for(store::Database& db, const core::Calendar& calendar, const Leave& leave,
                     std::optional<core::Date> from, std::optional<core::Date> to) {
    return count_leave(leave, calendar, week_of(db, calendar, leave.who), from, to);
}

Balance balance(store::Database& db, const Settings& settings, const core::Calendar& calendar, const std::string& who,
                int year, core::Date today) {
    return balances(db, settings, calendar, {who}, year, today).front();
}

std::vector<Balance> balances(store::Database& db, const Settings& settings, const core::Calendar& calendar,
                              const std::vector<std::string>& who, int year, core::Date today) {
    team::MemberFilter all;
    all.all = true;
    std::map<std::string, team::Member> members;
    for (auto& m : team::list_members(db, all, today)) {
        members.emplace(m.handle, std::move(m));
    }
    auto people = who;
    if (people.empty()) {
        for (const auto& m : team::list_members(db, {}, today)) {
            people.push_back(m.handle);
        }
    }
    LeaveFilter f;
    f.from = core::Date{date::year{year - 1}, date::January, date::day{1}};
    f.to = core::Date{date::year{year}, date::December, date::day{31}};
    auto leaves = list_leaves(db, f);
    std::map<std::string, std::vector<const Leave*>> by_person;
    for (const auto& l : leaves) {
        by_person[l.who].push_back(&l);
    }
    auto own = entitlement_overrides(db, year);
    auto own_last = entitlement_overrides(db, year - 1);
    std::vector<Balance> out;
    for (const auto& handle : people) {
        const auto& m = members.at(handle);
        auto week = m.work_days.value_or(calendar.week());
        // An entitlement recorded for the person stands as given; else the company's,
        // pro rata of their working days and (a year joined or left) of their months.
        auto base = [&](const std::map<std::string, double>& overrides, int y) {
            auto it = overrides.find(handle);
            if (it != overrides.end()) {
                return it->second;
            }
            auto days = pro_rata_entitlement(settings.entitlement_days, week, calendar.week());
            return settings.pro_rata_months ? pro_rata_months(days, months_employed(m.start, m.end, y)) : days;
        };
        const auto& mine = by_person[handle];
        Balance b;
        b.who = handle;
        b.year = year;
        // Only a year the store followed carries over: one with leave or an entitlement
        // recorded; and nothing carries into the year someone joined.
        bool followed = own_last.count(handle) || std::any_of(mine.begin(), mine.end(), [&](const Leave* l) {
                            return int(l->from.year()) < year;
                        });
        bool joined_this_year = m.start && int(m.start->year()) >= year;
        if (followed && !joined_this_year) {
            auto last = used_in(settings, calendar, week, mine, year - 1, today);
            b.carried = std::clamp(base(own_last, year - 1) - last.taken - last.planned, 0.0,
                                   static_cast<double>(settings.carry_over_max));
        }
        b.entitled = base(own, year) + b.carried;
        auto used = used_in(settings, calendar, week, mine, year, today);
        b.taken = used.taken;
        b.planned = used.planned;
        out.push_back(std::move(b));
    }
    return out;
}

std::vector<Collision> collisions(store::Database& db, core::DateRange range, const std::string& zone) {
    auto from = core::from_local_lenient(date::local_days{range.from}, zone);
    auto to = core::from_local_lenient(date::local_days{core::add_days(range.to, 1)}, zone);
    auto appts = agenda::appointments_for(db, from, to);
    auto occs = agenda::occurrences(appts, from, to);
    Availability availability(db, zone);
    LeaveFilter f;
    f.from = range.from;
    f.to = range.to;
    std::vector<Collision> out;
    for (const auto& l : list_leaves(db, f)) {
        for (const auto& away : availability.away(l.who, from, to)) {
            for (const auto& o : occs) {
                if (o.appt->status == agenda::Status::cancelled || !agenda::involves_person(o, l.who) ||
                    o.start >= away.to || o.end <= away.from) {
                    continue;
                }
                bool seen = std::any_of(out.begin(), out.end(), [&](const Collision& c) {
                    return c.leave.id == l.id && c.appointment == o.series_id() && c.start == o.start;
                });
                if (!seen) {
                    out.push_back({l, o.series_id(), o.appt->title, o.start, o.end});
                }
            }
        }
    }
    return out;
}

bool is_away(const std::vector<Leave>& leaves, const std::string& who, core::Date day) {
    return std::any_of(leaves.begin(), leaves.end(), [&](const Leave& l) {
        return l.who == who && !l.half && l.status != LeaveStatus::rejected && l.from <= day && day <= l.to;
    });
}

std::vector<StaffingBreach> staffing_breaches(store::Database& db, const Settings& settings,
                                              const core::Calendar& calendar, core::DateRange range,
                                              const std::optional<Leave>& extra) {
    std::vector<StaffingBreach> out;
    if (settings.staffing.empty()) {
        return out;
    }
    LeaveFilter f;
    f.from = range.from;
    f.to = range.to;
    auto leaves = list_leaves(db, f);
    if (extra) {
        std::erase_if(leaves, [&](const Leave& l) { return l.id != 0 && l.id == extra->id; });
        leaves.push_back(*extra);
    }
    team::MemberFilter all;
    all.all = true;
    auto members = team::list_members(db, all, range.from);
    for (auto d = range.from; d <= range.to; d = core::add_days(d, 1)) {
        if (!calendar.is_working_day(d)) {
            continue;
        }
        date::weekday wd{date::sys_days{d}};
        for (const auto& rule : settings.staffing) {
            StaffingBreach b{d, rule.role, 0, rule.min, {}};
            for (const auto& m : members) {
                if (!m.role || core::to_lower(*m.role) != core::to_lower(rule.role) ||
                    team::status_on(m, d) != team::MemberStatus::active || !m.work_days.value_or(calendar.week()).works(wd)) {
                    continue;
                }
                if (is_away(leaves, m.handle, d)) {
                    b.away.push_back(m.handle);
                } else {
                    ++b.present;
                }
            }
            if (b.present < rule.min) {
                out.push_back(std::move(b));
            }
        }
    }
    return out;
}

std::pair<core::Instant, core::Instant> leave_interval(const Leave& l, const std::string& zone) {
    auto start = date::local_days{l.from} + (l.half == Half::pm ? std::chrono::hours{12} : std::chrono::hours{0});
    auto end = l.half == Half::am ? date::local_days{l.from} + std::chrono::hours{12}
               : l.open           ? date::local_seconds{date::local_days{k_no_end_yet}} // until further notice
                                  : date::local_seconds{date::local_days{core::add_days(l.to, 1)}};
    return {core::from_local_lenient(start, zone), core::from_local_lenient(end, zone)};
}

std::vector<agenda::Away> Availability::away(const std::string& handle, core::Instant from, core::Instant to) const {
    LeaveFilter f;
    f.who = handle;
    f.from = core::local_date(from, m_zone);
    f.to = core::local_date(to, m_zone);
    if (!team::member_id(m_db, handle)) {
        return {};
    }
    std::vector<agenda::Away> out;
    for (const auto& l : list_leaves(m_db, f)) {
        auto [start, end] = leave_interval(l, m_zone);
        agenda::Away a{start, end, l.type};
        if (l.status == LeaveStatus::requested) {
            a.why += ", requested";
        }
        if (l.open) {
            a.why += fmt::format(" since {}, no end yet", core::format_date(l.from));
            a.open_end = true;
        }
        if (a.from < to && a.to > from) {
            out.push_back(std::move(a));
        }
    }
    return out;
}

StaffingReview review_staffing(store::Database& db, const Settings& settings, const core::Calendar& calendar,
                               const Leave& leave, bool force) {
    StaffingReview review;
    core::DateRange days{leave.from, leave.open ? core::add_days(leave.from, k_open_staffing_days - 1) : leave.to};
    review.breaches = staffing_breaches(db, settings, calendar, days, leave);
    auto without = staffing_breaches(db, settings, calendar, days);
    std::erase_if(review.breaches, [&](const StaffingBreach& b) {
        return std::any_of(without.begin(), without.end(), [&](const StaffingBreach& w) {
            return w.day == b.day && w.role == b.role && w.present == b.present;
        });
    });
    review.refused = !review.breaches.empty() && !is_illness(leave) && !force;
    return review;
}

} // namespace officectl::absence
