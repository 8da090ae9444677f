#include "officectl/event/event_views.hpp"

#include "officectl/core/money_math.hpp"

#include "officectl/budget/budget_store.hpp"
#include "officectl/event/event_rules.hpp"
#include "officectl/teamwork/task_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace officectl::event {

using render::Cell;
using render::ColumnType;

namespace {

// Roles (catering, venue) for which no supplier is chosen or contracted yet.
int roles_open(const std::vector<Supplier>& suppliers) {
    std::map<std::string, bool> settled;
    for (const auto& s : suppliers) {
        settled[s.role] = settled[s.role] || s.status == SupplierStatus::chosen || s.status == SupplierStatus::contracted;
    }
    return static_cast<int>(std::count_if(settled.begin(), settled.end(), [](const auto& r) { return !r.second; }));
}

std::string offset_text(const std::optional<int>& days) {
    if (!days) {
        return "";
    }
    return *days == 0 ? "T" : fmt::format("T{:+}d", *days);
}

std::string status_of(const teamwork::Task& t, core::Date today) {
    if (t.done) {
        return "done";
    }
    return t.is_overdue(today) ? "LATE" : "open";
}

struct Figures {
    int open = 0;
    int late = 0;
    int roles_open = 0; // roles without a supplier chosen or contracted
    RsvpCounts rsvp;
};

// The figures of many events from one read of the tasks, suppliers and answers.
std::map<std::int64_t, Figures> figures_for(store::Database& db, core::Date today) {
    std::map<std::int64_t, teamwork::Task> tasks;
    teamwork::TaskFilter all;
    for (auto& t : teamwork::list_tasks(db, all, today)) {
        tasks.emplace(t.id, std::move(t));
    }
    std::map<std::int64_t, Figures> out;
    for (const auto& [event_id, links] : all_event_tasks(db)) {
        auto& f = out[event_id];
        for (const auto& link : links) {
            if (auto it = tasks.find(link.task_id); it != tasks.end()) {
                f.open += it->second.is_open() ? 1 : 0;
                f.late += it->second.is_overdue(today) ? 1 : 0;
            }
        }
    }
    for (const auto& [event_id, suppliers] : all_suppliers(db)) {
        out[event_id].roles_open = roles_open(suppliers);
    }
    for (const auto& [event_id, answers] : rsvp_totals(db)) {
        auto& c = out[event_id].rsvp;
        for (const auto& [answer, n] : answers) {
            (answer == Rsvp::yes ? c.yes : answer == Rsvp::no ? c.no : answer == Rsvp::maybe ? c.maybe : c.invited) += n;
        }
    }
    return out;
}

Figures figures(store::Database& db, const Event& e, core::Date today) {
    Figures f;
    for (const auto& row : plan_of(db, e.id)) {
        f.open += row.task.is_open() ? 1 : 0;
        f.late += row.task.is_overdue(today) ? 1 : 0;
    }
    f.roles_open = roles_open(list_suppliers(db, e.id));
    f.rsvp = count_rsvps(list_guests(db, e.id));
    return f;
}

std::string rsvp_text(const RsvpCounts& c) {
    return fmt::format("{} yes, {} maybe, {} no, {} no answer", c.yes, c.maybe, c.no, c.invited);
}

} // namespace

render::Table events_table(store::Database& db, const std::vector<Event>& events, core::Date today) {
    render::Table t;
    t.column("id", ColumnType::integer).column("date", ColumnType::date).column("title").column("kind").column("owner");
    t.column("open_tasks", ColumnType::integer).column("late", ColumnType::integer);
    t.column("roles_open", ColumnType::integer).column("yes", ColumnType::integer);
    t.column("headcount", ColumnType::integer).column("expected", ColumnType::integer);
    auto all = events.size() > 1 ? figures_for(db, today) : std::map<std::int64_t, Figures>{};
    for (const auto& e : events) {
        auto f = events.size() > 1 ? all[e.id] : figures(db, e, today);
        t.add_row({e.id, e.date, e.title, render::cell_or_empty(e.kind), render::cell_or_empty(e.owner),
                   std::int64_t{f.open}, std::int64_t{f.late}, std::int64_t{f.roles_open}, std::int64_t{f.rsvp.yes},
                   std::int64_t{f.rsvp.headcount()},
                   e.guests ? Cell{std::int64_t{*e.guests}} : Cell{}});
    }
    return t;
}

render::Table plan_table(store::Database& db, const Event& e, core::Date today) {
    render::Table t;
    t.column("task", ColumnType::integer).column("due", ColumnType::date).column("when").column("what");
    t.column("kind").column("owner").column("status");
    for (const auto& row : plan_of(db, e.id)) {
        t.add_row({row.task.id, render::cell_or_empty(row.task.due), offset_text(row.link.offset_days), row.task.title,
                   std::string(row.link.kind == StepKind::formality ? "formality" : "task"), row.task.assignee,
                   status_of(row.task, today)});
    }
    return t;
}

render::Report plan_report(store::Database& db, const Event& e, core::Date today) {
    render::Report r;
    r.title = fmt::format("Plan of {} on {}", e.title, core::format_date(e.date));
    render::Section s{"Backward plan", {}};
    auto t = plan_table(db, e, today);
    if (t.empty()) {
        s.paragraph(fmt::format("No tasks yet: `officectl event task add {} \"...\" --offset -14d`", e.id));
    } else {
        auto f = figures(db, e, today);
        auto n = t.rows().size();
        s.table(std::move(t));
        s.paragraph(fmt::format("{} task{}, {} open, {} late. A step that lands on a weekend or holiday is due the "
                                "working day before.",
                                n, n == 1 ? "" : "s", f.open, f.late));
    }
    r.sections.push_back(std::move(s));
    return r;
}

render::Table suppliers_table(const std::vector<Supplier>& suppliers) {
    render::Table t;
    t.column("id", ColumnType::integer).column("role").column("vendor").column("quote", ColumnType::money);
    t.column("actual", ColumnType::money).column("status");
    for (const auto& s : suppliers) {
        t.add_row({s.id, s.role, s.vendor, render::cell_or_empty(s.quote), render::cell_or_empty(s.actual),
                   std::string(supplier_status_name(s.status))});
    }
    return t;
}

render::Table guests_table(const std::vector<Guest>& guests) {
    render::Table t;
    t.column("id", ColumnType::integer).column("name").column("email").column("organisation").column("lang");
    t.column("rsvp");
    for (const auto& g : guests) {
        t.add_row({g.id, g.name, g.email, render::cell_or_empty(g.organisation),
                   std::string(core::language_code(g.lang)), std::string(rsvp_name(g.rsvp))});
    }
    return t;
}

render::Report event_report(store::Database& db, const Event& e, core::Date today) {
    render::Report r;
    r.title = fmt::format("Event {}: {}", e.id, e.title);
    render::Section about{"Concept", {}};
    render::Table rec;
    rec.vertical();
    rec.column("date", ColumnType::date).column("kind").column("goal").column("audience");
    rec.column("expected", ColumnType::integer).column("where").column("owner").column("line").column("rsvp");
    rec.column("headcount", ColumnType::integer);
    std::string line;
    if (e.line_id) {
        auto l = budget::find_line(db, std::to_string(*e.line_id));
        line = l.code ? *l.code + " " + l.name : l.name;
    }
    auto f = figures(db, e, today);
    rec.add_row({e.date, render::cell_or_empty(e.kind), render::cell_or_empty(e.goal), render::cell_or_empty(e.audience),
                 e.guests ? Cell{std::int64_t{*e.guests}} : Cell{}, render::cell_or_empty(e.place),
                 render::cell_or_empty(e.owner), line, rsvp_text(f.rsvp), std::int64_t{f.rsvp.headcount()}});
    about.table(std::move(rec));
    r.sections.push_back(std::move(about));
    auto plan = plan_report(db, e, today);
    for (auto& s : plan.sections) {
        r.sections.push_back(std::move(s));
    }
    auto suppliers = list_suppliers(db, e.id);
    if (!suppliers.empty()) {
        render::Section s{"Suppliers", {}};
        s.table(suppliers_table(suppliers));
        r.sections.push_back(std::move(s));
    }
    if (e.turnout || e.evaluation || e.lessons) {
        render::Section d{"Debrief", {}};
        render::Table t;
        t.vertical();
        t.column("turnout", ColumnType::integer).column("evaluation").column("lessons");
        t.add_row({e.turnout ? Cell{std::int64_t{*e.turnout}} : Cell{}, render::cell_or_empty(e.evaluation),
                   render::cell_or_empty(e.lessons)});
        d.table(std::move(t));
        r.sections.push_back(std::move(d));
    } else if (e.kind) {
        if (auto last = last_with_lessons(db, *e.kind, e.date)) {
            render::Section d{"Lessons from last time", {}};
            d.paragraph(fmt::format("{} ({}): {}", last->title, core::format_date(last->date), *last->lessons));
            r.sections.push_back(std::move(d));
        }
    }
    return r;
}

render::Report budget_report(store::Database& db, const Event& e) {
    render::Report r;
    r.title = fmt::format("Costs of {} (excl. VAT)", e.title);
    render::Section s{"Planned and actual per cost kind", {}};
    auto suppliers = list_suppliers(db, e.id);
    if (suppliers.empty()) {
        s.paragraph(fmt::format("No suppliers yet: `officectl event supplier add {} --role catering --vendor ...`", e.id));
        r.sections.push_back(std::move(s));
        return r;
    }
    // Per cost kind and currency: a quote in USD is never added to one in EUR.
    using Key = std::pair<std::string, std::string>; // role, currency
    std::map<Key, std::pair<std::int64_t, std::int64_t>> per_role;
    for (const auto& x : suppliers) {
        for (const auto* m : {&x.quote, &x.actual}) {
            if (*m) {
                per_role[{x.role, (*m)->currency}];
            }
        }
        if (x.actual) {
            auto& sum = per_role[{x.role, x.actual->currency}].second;
            sum = core::add({sum, x.actual->currency}, *x.actual).cents;
        }
    }
    // Planned: the chosen or contracted suppliers' quotes (while none is chosen, the lowest offer).
    for (auto& [key, sums] : per_role) {
        std::optional<std::int64_t> chosen, lowest;
        for (const auto& x : suppliers) {
            if (x.role != key.first || !x.quote || x.quote->currency != key.second) {
                continue;
            }
            if (x.status == SupplierStatus::chosen || x.status == SupplierStatus::contracted) {
                chosen = core::add({chosen.value_or(0), key.second}, *x.quote).cents;
            }
            lowest = lowest ? std::min(*lowest, x.quote->cents) : x.quote->cents;
        }
        sums.first = chosen ? *chosen : lowest.value_or(0);
    }
    render::Table t;
    t.column("kind").column("planned", ColumnType::money).column("actual", ColumnType::money);
    t.column("difference", ColumnType::money);
    core::Totals planned_total, actual_total;
    for (const auto& [key, sums] : per_role) {
        const auto& [role, currency] = key;
        t.add_row({role, core::Money{sums.first, currency}, core::Money{sums.second, currency},
                   core::Money{sums.second - sums.first, currency}});
        planned_total.add({sums.first, currency});
        actual_total.add({sums.second, currency});
    }
    for (const auto& planned : planned_total.per_currency()) {
        auto actual = actual_total.in(planned.currency);
        t.add_total_row({planned_total.mixed() ? "Total " + planned.currency : std::string("Total"), planned, actual,
                   core::Money{actual.cents - planned.cents, planned.currency}});
    }
    s.table(std::move(t));
    s.paragraph("Planned: the chosen supplier's quote (before a choice, the lowest offer). Actual: what was invoiced.");
    r.sections.push_back(std::move(s));
    return r;
}

render::Section event_weekly_section(store::Database& db, core::Date today) {
    render::Section s{"Events", {}};
    auto events = list_events(db, today, core::add_days(today, 60));
    if (events.empty()) {
        s.paragraph("No events in the next 60 days.");
        return s;
    }
    s.table(events_table(db, events, today));
    for (const auto& e : events) {
        render::Table late(fmt::format("Late for {} ({})", e.title, core::format_date(e.date)));
        late.column("task", ColumnType::integer).column("due", ColumnType::date).column("what").column("owner");
        for (const auto& row : plan_of(db, e.id)) {
            if (row.task.is_overdue(today)) {
                late.add_row({row.task.id, render::cell_or_empty(row.task.due), row.task.title, row.task.assignee});
            }
        }
        if (!late.empty()) {
            s.table(std::move(late));
        }
    }
    return s;
}

} // namespace officectl::event
