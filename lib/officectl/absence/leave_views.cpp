#include "officectl/absence/leave_views.hpp"

#include "officectl/absence/leave_rules.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace officectl::absence {

using render::Cell;
using render::ColumnType;

namespace {

Cell opt(const std::optional<std::string>& v) { return render::cell_or_empty(v); }

Cell half_cell(const Leave& l) {
    if (!l.half) {
        return Cell{};
    }
    return std::string(halves.name(*l.half));
}

// The last day, or nothing (null in JSON) for sickness without an end yet.
Cell to_cell(const Leave& l) { return l.open ? Cell{} : Cell{l.to}; }

core::DateRange month_range(date::year_month m) {
    return {core::Date{m / 1}, core::Date{m / date::last}};
}

} // namespace

render::Table leaves_table(store::Database& db, const core::Calendar& calendar, const std::vector<Leave>& leaves,
                          core::Date today) {
    render::Table t;
    t.column("id", ColumnType::integer).column("who").column("type").column("from", ColumnType::date);
    t.column("to", ColumnType::date).column("half").column("days", ColumnType::decimal).column("status").column("note");
    for (const auto& l : leaves) {
        t.add_row({l.id, l.who, l.type, l.from, to_cell(l), half_cell(l),
                   count_for(db, calendar, l, std::nullopt, l.known_to(today)).days,
                   std::string(status_name(l.status)), render::secret_if(note_is_confidential(l), l.note)});
    }
    return t;
}

render::Report leave_report(const Leave& l, const LeaveCount& count) {
    render::Report r;
    r.title = fmt::format("Leave {}: {} {}{}", l.id, l.who, l.type,
                          l.open ? fmt::format(", {} (days so far)", span_text(l)) : "");
    render::Table f;
    f.vertical();
    f.column("id", ColumnType::integer).column("who").column("type").column("from", ColumnType::date);
    f.column("to", ColumnType::date).column("half").column("days", ColumnType::decimal).column("status");
    f.column("note").column("why_rejected");
    f.add_row({l.id, l.who, l.type, l.from, to_cell(l), half_cell(l), count.days, std::string(status_name(l.status)),
               render::secret_if(note_is_confidential(l), l.note), opt(l.why_rejected)});
    r.sections.push_back({"", {f}});
    r.sections.push_back({"Days", {days_table(count)}});
    return r;
}

render::Table days_table(const LeaveCount& count) {
    render::Table t;
    t.column("date", ColumnType::date).column("day").column("counts", ColumnType::decimal).column("why");
    for (const auto& d : count.per_day) {
        t.add_row({d.day, date::format("%a", date::sys_days{d.day}), d.days, d.why});
    }
    return t;
}

render::Table balances_table(const std::vector<Balance>& balances, std::string title) {
    render::Table t(std::move(title));
    t.column("who").column("year", ColumnType::integer).column("entitled", ColumnType::decimal);
    t.column("carried", ColumnType::decimal).column("taken", ColumnType::decimal).column("planned", ColumnType::decimal);
    t.column("left", ColumnType::decimal);
    for (const auto& b : balances) {
        t.add_row({b.who, static_cast<std::int64_t>(b.year), b.entitled, b.carried, b.taken, b.planned, b.left()});
    }
    return t;
}

render::Table calendar_table(store::Database& db, const Settings& settings, const core::Calendar& calendar,
                             date::year_month month, bool everyone, core::Date today) {
    auto range = month_range(month);
    LeaveFilter f;
    f.from = range.from;
    f.to = range.to;
    auto leaves = list_leaves(db, f);
    team::MemberFilter all;
    all.all = true;
    std::map<std::string, core::WorkWeek> weeks;
    for (const auto& m : team::list_members(db, all, today)) {
        weeks[m.handle] = m.work_days.value_or(calendar.week());
    }
    std::vector<std::string> people;
    if (everyone) {
        for (const auto& m : team::list_members(db, {}, today)) {
            people.push_back(m.handle);
        }
    } else {
        std::set<std::string> seen;
        for (const auto& l : leaves) {
            seen.insert(l.who);
        }
        people.assign(seen.begin(), seen.end());
    }
    render::Table t;
    t.column("who");
    for (auto d = range.from; d <= range.to; d = core::add_days(d, 1)) {
        t.column(fmt::format("{:02}", unsigned(d.day())));
    }
    for (const auto& who : people) {
        const auto& week = weeks.at(who);
        std::vector<Cell> row{who};
        for (auto d = range.from; d <= range.to; d = core::add_days(d, 1)) {
            std::string mark;
            for (const auto& l : leaves) {
                if (l.who == who && l.from <= d && d <= l.to) {
                    char letter = '?';
                    for (const auto& type : settings.types) {
                        letter = type.name == l.type ? type.letter : letter;
                    }
                    mark = std::string(1, l.status == LeaveStatus::requested ? static_cast<char>(std::tolower(letter)) : letter);
                    if (l.half) {
                        mark += *l.half == Half::am ? "'" : ",";
                    }
                }
            }
            if (calendar.day_off_name(d)) {
                mark = "*";
            } else if (!week.works(date::weekday{date::sys_days{d}})) {
                mark = ".";
            }
            row.push_back(mark.empty() ? Cell{} : Cell{mark});
        }
        t.add_row(std::move(row));
    }
    return t;
}

render::Table who_table(const std::vector<Leave>& leaves) {
    render::Table t;
    t.column("who").column("type").column("from", ColumnType::date).column("to", ColumnType::date).column("half");
    t.column("status");
    for (const auto& l : leaves) {
        t.add_row({l.who, l.type, l.from, to_cell(l), half_cell(l), std::string(status_name(l.status))});
    }
    return t;
}

render::Table breaches_table(const std::vector<StaffingBreach>& breaches, std::string title) {
    render::Table t(std::move(title));
    t.column("date", ColumnType::date).column("day").column("role").column("present", ColumnType::integer);
    t.column("min", ColumnType::integer).column("away", ColumnType::list);
    for (const auto& b : breaches) {
        t.add_row({b.day, date::format("%a", date::sys_days{b.day}), b.role, static_cast<std::int64_t>(b.present),
                   static_cast<std::int64_t>(b.min), render::List{b.away}});
    }
    return t;
}

render::Table collisions_table(const std::vector<Collision>& collisions, const std::string& zone) {
    render::Table t;
    t.column("who").column("leave", ColumnType::integer).column("type").column("appointment", ColumnType::integer);
    t.column("title").column("start", ColumnType::datetime);
    for (const auto& c : collisions) {
        t.add_row({c.leave.who, c.leave.id, c.leave.type, c.appointment, c.title, core::ZonedInstant{c.start, zone}});
    }
    return t;
}

render::Table payroll_table(store::Database& db, const core::Calendar& calendar, date::year_month month,
                            int day_minutes, core::Date today) {
    auto range = month_range(month);
    LeaveFilter f;
    f.from = range.from;
    f.to = range.to;
    f.status = LeaveStatus::approved;
    // Per person and half day (0 morning, 1 afternoon), the leave it counts for:
    // sickness over anything else, else the first recorded.
    struct Counted {
        std::string type;
        bool illness = false;
    };
    std::map<std::tuple<std::string, core::Date, int>, Counted> halves;
    for (const auto& l : list_leaves(db, f)) {
        auto last = std::min(range.to, l.known_to(today));
        for (const auto& d : count_for(db, calendar, l, range.from, last).per_day) {
            if (d.days == 0) {
                continue; // a weekend, a holiday, a day the person does not work
            }
            for (int half : {0, 1}) {
                if (l.half && (*l.half == Half::am) != (half == 0)) {
                    continue;
                }
                auto& slot = halves[{l.who, d.day, half}];
                if (slot.type.empty() || (is_illness(l) && !slot.illness)) {
                    slot = {l.type, is_illness(l)};
                }
            }
        }
    }
    std::map<std::pair<std::string, std::string>, double> days;
    for (const auto& [key, counted] : halves) {
        days[{std::get<0>(key), counted.type}] += 0.5;
    }
    render::Table t;
    t.column("month").column("who").column("type").column("days", ColumnType::decimal).column("hours", ColumnType::decimal);
    auto name = date::format("%Y-%m", date::sys_days{month / 1});
    for (const auto& [key, n] : days) {
        // Hours: the person's contract hours spread over their working days, else the working day.
        double per_day = team::minutes_per_day(team::get_member(db, key.first), calendar.week(), day_minutes) / 60.0;
        t.add_row({name, key.first, key.second, n, std::round(n * per_day * 100) / 100});
    }
    return t;
}

render::Section absence_weekly_section(store::Database& db, const Settings& settings, const core::Calendar& calendar,
                                       core::DateRange week, core::Date today) {
    render::Section s{"Absence", {}};
    core::DateRange two_weeks{week.from, core::add_days(week.to, 7)};
    LeaveFilter f;
    f.from = two_weeks.from;
    f.to = two_weeks.to;
    auto out = list_leaves(db, f);
    if (out.empty()) {
        s.paragraph("Nobody is out this week or next.");
    } else {
        render::Table t("Out this week and next");
        t.column("who").column("type").column("from", ColumnType::date).column("to", ColumnType::date);
        t.column("days", ColumnType::decimal).column("status");
        for (const auto& l : out) {
            t.add_row({l.who, l.type, l.from, to_cell(l), count_for(db, calendar, l, two_weeks.from, two_weeks.to).days,
                       std::string(status_name(l.status))});
        }
        s.table(std::move(t));
    }
    LeaveFilter pending;
    pending.status = LeaveStatus::requested;
    auto requests = list_leaves(db, pending);
    if (!requests.empty()) {
        render::Table t("Leave requests to decide");
        t.column("id", ColumnType::integer).column("who").column("type").column("from", ColumnType::date);
        t.column("to", ColumnType::date);
        for (const auto& l : requests) {
            t.add_row({l.id, l.who, l.type, l.from, l.to});
        }
        s.table(std::move(t));
    }
    auto low = balances(db, settings, calendar, {}, int(week.from.year()), today);
    std::erase_if(low, [&](const Balance& b) { return b.left() > settings.low_balance; });
    if (!low.empty()) {
        s.table(balances_table(low, fmt::format("Balances at {} days or fewer", settings.low_balance)));
    }
    auto breaches = staffing_breaches(db, settings, calendar, week);
    if (!breaches.empty()) {
        s.table(breaches_table(breaches, "Staffing rules broken"));
        s.paragraph(fmt::format("{} day{} below a staffing rule this week.", breaches.size(), breaches.size() == 1 ? "" : "s"));
    }
    return s;
}

} // namespace officectl::absence
