#include "officectl/teamwork/task_views.hpp"

#include "officectl/teamwork/development_views.hpp"
#include "officectl/teamwork/onboarding.hpp"
#include "officectl/teamwork/task_store.hpp"

#include <fmt/format.h>

#include <cmath>
#include <map>

namespace officectl::teamwork {

using render::Cell;
using render::ColumnType;

render::Table tasks_table(const std::vector<Task>& tasks, core::Date today) {
    render::Table t;
    t.column("id", ColumnType::integer).column("title").column("who").column("due", ColumnType::date);
    t.column("priority").column("estimate", ColumnType::duration).column("origin").column("status");
    for (const auto& x : tasks) {
        std::string status = x.done ? "done " + core::format_date(*x.done) : x.is_overdue(today) ? "overdue" : "open";
        t.add_row({x.id, x.title, x.assignee, render::cell_or_empty(x.due), std::string(priority_name(x.priority)),
                   x.estimate_minutes ? Cell{render::Minutes{*x.estimate_minutes}} : Cell{},
                   render::cell_or_empty(x.origin), status});
    }
    return t;
}

render::Table workload_table(const std::vector<Workload>& rows, std::string title) {
    // In hours: a working week reads better as 38 than as 1d14h.
    auto hours = [](int minutes) { return Cell{std::round(minutes / 60.0 * 100) / 100}; };
    render::Table t(std::move(title));
    t.column("who").column("contract_hours", ColumnType::decimal).column("absent_hours", ColumnType::decimal);
    t.column("meeting_hours", ColumnType::decimal).column("available_hours", ColumnType::decimal);
    t.column("task_hours", ColumnType::decimal).column("spare_hours", ColumnType::decimal);
    t.column("open_tasks", ColumnType::integer).column("unestimated", ColumnType::integer);
    t.column("overdue", ColumnType::integer);
    for (const auto& w : rows) {
        t.add_row({w.who, hours(w.contract), hours(w.absent), hours(w.meetings), hours(w.available()), hours(w.tasks),
                   hours(w.spare()), static_cast<std::int64_t>(w.open), static_cast<std::int64_t>(w.unestimated),
                   static_cast<std::int64_t>(w.overdue)});
        if (w.spare() < 0) {
            t.mark(t.rows().size() - 1, "spare_hours", render::Mark::late);
        }
    }
    t.chart({render::Chart::Kind::bars, {"available_hours", "task_hours"}, "who", {}});
    return t;
}

render::Section tasks_weekly_section(store::Database& db, const TeamSettings& settings, const core::Calendar& calendar,
                                     int day_minutes, core::DateRange week, core::Date today, const std::string& zone) {
    render::Section s{"Tasks and workload", {}};
    TaskFilter f;
    f.overdue = true;
    auto overdue = list_tasks(db, f, today);
    if (overdue.empty()) {
        s.paragraph("No task is overdue.");
    } else {
        std::map<std::string, int> per_person;
        for (const auto& t : overdue) {
            ++per_person[t.assignee];
        }
        render::Table t("Overdue tasks");
        t.column("who").column("overdue", ColumnType::integer);
        for (const auto& [who, n] : per_person) {
            t.add_row({who, static_cast<std::int64_t>(n)});
        }
        s.table(std::move(t));
    }
    auto load = workload(db, calendar, day_minutes, week, today, zone);
    std::erase_if(load, [](const Workload& w) { return w.spare() >= 0; });
    if (load.empty()) {
        s.paragraph("Nobody has more work than time this week.");
    } else {
        s.table(workload_table(load, "More work than time this week"));
    }
    auto due = reviews_due(db, settings, today, core::add_days(week.to, 30));
    if (!due.empty()) {
        s.table_at_most(reviews_due_table(due, today, "Interviews due within a month"), 10,
                        "officectl team review due --within 1m");
    }
    auto onboarding = onboarding_progress(db, today, false);
    if (!onboarding.empty()) {
        s.table(onboarding_table(onboarding, "Onboarding in progress"));
    }
    return s;
}

} // namespace officectl::teamwork
