#include "officectl/timesheet/timesheet_views.hpp"

#include "officectl/budget/budget_store.hpp"
#include "officectl/core/money_math.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/timesheet/timesheet_rules.hpp"

#include <fmt/format.h>

#include <cmath>
#include <map>

namespace officectl::timesheet {

using render::Cell;
using render::ColumnType;

namespace {

std::map<std::int64_t, std::string> line_names(store::Database& db) {
    std::map<std::int64_t, std::string> out;
    for (const auto& l : budget::list_lines(db, std::nullopt)) {
        out[l.id] = l.code ? *l.code + " " + l.name : l.name;
    }
    return out;
}

// Hours with two decimals at most, as a number (JSON, spreadsheets).
Cell hours_cell(std::int64_t minutes) { return Cell{std::round(static_cast<double>(minutes) * 100 / 60) / 100}; }

std::string range_text(core::DateRange r) {
    return r.from == r.to ? core::format_date(r.from)
                          : fmt::format("{} to {}", core::format_date(r.from), core::format_date(r.to));
}

} // namespace

render::Table projects_table(store::Database& db, const std::vector<Project>& projects) {
    auto lines = line_names(db);
    auto minutes = minutes_by_project(db);
    render::Table t;
    t.column("id", ColumnType::integer).column("name").column("line").column("rate", ColumnType::money);
    t.column("owner").column("hours", ColumnType::decimal).column("cost", ColumnType::money).column("closed", ColumnType::date);
    for (const auto& p : projects) {
        auto m = minutes.contains(p.id) ? minutes[p.id] : 0;
        t.add_row({p.id, p.name, p.line_id ? Cell{lines[*p.line_id]} : Cell{},
                   p.rate ? Cell{*p.rate} : Cell{}, render::cell_or_empty(p.owner), hours_cell(m),
                   p.rate ? Cell{core::Money{cost_cents(m, p.rate->cents), p.rate->currency}} : Cell{},
                   render::cell_or_empty(p.closed)});
    }
    return t;
}

render::Table entries_table(const std::vector<Entry>& entries) {
    render::Table t;
    t.column("id", ColumnType::integer).column("date", ColumnType::date).column("who").column("project");
    t.column("hours", ColumnType::decimal).column("note");
    for (const auto& e : entries) {
        t.add_row({e.id, e.date, e.who, e.project, hours_cell(e.minutes), render::cell_or_empty(e.note)});
    }
    return t;
}

render::Table hours_table(store::Database& db, const std::vector<Entry>& entries, GroupBy by, const std::string& currency) {
    std::map<std::int64_t, Project> projects;
    for (auto& p : list_projects(db, true)) {
        projects.emplace(p.id, std::move(p));
    }
    struct Sum {
        std::int64_t minutes = 0;
        core::Totals cost; // per currency: projects priced in two currencies are never added
        int entries = 0;
        bool unpriced = false;
    };
    std::map<std::string, Sum> sums;
    Sum total;
    for (const auto& e : entries) {
        const auto& p = projects.at(e.project_id);
        for (Sum* s : {&sums[by == GroupBy::person ? e.who : e.project], &total}) {
            s->minutes += e.minutes;
            if (p.rate) {
                s->cost.add({cost_cents(e.minutes, p.rate->cents), p.rate->currency});
            }
            ++s->entries;
            s->unpriced = s->unpriced || !p.rate;
        }
    }
    render::Table t;
    t.column(by == GroupBy::person ? "who" : "project").column("entries", ColumnType::integer);
    t.column("hours", ColumnType::decimal).column("cost", ColumnType::money).column("note");
    // One currency: its total; several: no single cost, the note gives each.
    auto row = [&](const std::string& key, const Sum& s, bool total_row = false) {
        std::vector<std::string> notes;
        if (s.cost.mixed()) {
            notes.push_back("cost " + s.cost.text());
        }
        if (s.unpriced) {
            notes.push_back("hours without a rate");
        }
        auto cost = s.cost.mixed() ? Cell{}
                    : s.cost.empty() ? Cell{core::Money{0, currency}}
                                     : Cell{s.cost.per_currency().front()};
        std::vector<Cell> cells{key, std::int64_t{s.entries}, hours_cell(s.minutes), cost,
                                notes.empty() ? Cell{} : Cell{core::join(notes, "; ")}};
        total_row ? t.add_total_row(std::move(cells)) : t.add_row(std::move(cells));
    };
    for (const auto& [key, s] : sums) {
        row(key, s);
    }
    if (!sums.empty()) {
        row("Total", total, true);
    }
    return t;
}

render::Report hours_report(store::Database& db, core::DateRange range, GroupBy by, const std::string& currency) {
    render::Report r;
    r.title = fmt::format("Hours {} by {}", range_text(range), by == GroupBy::person ? "person" : "project");
    auto entries = list_entries(db, {range.from, range.to, std::nullopt, std::nullopt});
    render::Section s{"Hours", {}};
    if (entries.empty()) {
        s.paragraph("No hours logged in this period.");
    } else {
        s.table(hours_table(db, entries, by, currency));
        s.paragraph("Cost: the hours at each project's rate.");
    }
    r.sections.push_back(std::move(s));
    return r;
}

render::Report check_report(const HoursCheck& check) {
    render::Report r;
    r.title = fmt::format("Hours check {}", range_text({check.range.from, check.through}));
    render::Section people{"Logged against worked", {}};
    render::Table t;
    t.column("who").column("worked", ColumnType::decimal).column("logged", ColumnType::decimal);
    t.column("missing", ColumnType::decimal).column("over", ColumnType::decimal);
    for (const auto& p : check.people) {
        t.add_row({p.who, hours_cell(p.expected), hours_cell(p.logged), hours_cell(p.missing()), hours_cell(p.over())});
    }
    people.table(std::move(t));
    people.paragraph("Worked: contract hours on working days, less leave (requested or approved). Over: logged beyond "
                     "that.");
    r.sections.push_back(std::move(people));
    if (!check.away.empty()) {
        render::Section away{"Hours logged on a day away or off", {}};
        render::Table a;
        a.column("id", ColumnType::integer).column("date", ColumnType::date).column("who").column("project");
        a.column("hours", ColumnType::decimal).column("why");
        for (const auto& x : check.away) {
            a.add_row({x.entry.id, x.entry.date, x.entry.who, x.entry.project, hours_cell(x.entry.minutes), x.leave_type});
        }
        away.table(std::move(a));
        r.sections.push_back(std::move(away));
    }
    return r;
}

std::optional<render::Section> hours_weekly_section(store::Database& db, const HoursCheck& last_week) {
    if (list_projects(db, true).empty()) {
        return std::nullopt;
    }
    render::Section s{"Hours", {}};
    render::Table t(fmt::format("Not yet logged, {}", range_text(last_week.range)));
    t.column("who").column("worked", ColumnType::decimal).column("logged", ColumnType::decimal);
    t.column("missing", ColumnType::decimal);
    for (const auto& p : last_week.people) {
        if (p.missing() > 0) {
            t.add_row({p.who, hours_cell(p.expected), hours_cell(p.logged), hours_cell(p.missing())});
        }
    }
    if (t.empty()) {
        s.paragraph(fmt::format("Everyone logged the hours they worked {}.", range_text(last_week.range)));
    } else {
        s.table(std::move(t));
    }
    if (!last_week.away.empty()) {
        s.paragraph(fmt::format("{} entr{} logged on a day away (see `officectl budget hours check --week {}`).",
                                last_week.away.size(), last_week.away.size() == 1 ? "y" : "ies",
                                core::iso_week_name(last_week.range.from)));
    }
    return s;
}

} // namespace officectl::timesheet
