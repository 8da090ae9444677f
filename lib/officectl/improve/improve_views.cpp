#include "officectl/improve/improve_views.hpp"

#include "officectl/improve/improve_rules.hpp"
#include "officectl/improve/kpi.hpp"

#include <fmt/format.h>

namespace officectl::improve {
namespace {

using render::ColumnType;

render::Cell number_cell(std::optional<double> v) { return v ? render::Cell{*v} : render::Cell{}; }

std::string target_text(const std::optional<Target>& t) { return t ? format_target(*t) : ""; }

std::string plan_state(const Plan& p) {
    if (p.closed) {
        return "closed";
    }
    return p.draft ? "draft (incomplete)" : "open";
}

std::string action_state(const Action& a, core::Date today) {
    if (a.done) {
        return "done";
    }
    return a.due && *a.due < today ? "overdue" : "open";
}

} // namespace

render::Table indicators_table(const std::vector<Indicator>& indicators) {
    render::Table t;
    t.column("name").column("title").column("unit").column("target").column("better").column("source");
    for (const auto& i : indicators) {
        t.add_row({i.name, i.title, i.unit, target_text(i.target),
                   std::string(i.better == Better::lower ? "lower" : "higher"), i.origin});
    }
    return t;
}

render::Report indicator_report(const Series& s) {
    const auto& i = s.indicator;
    render::Report r;
    r.title = fmt::format("{}: {}", i.name, i.title);
    render::Table record;
    record.vertical();
    record.column("unit").column("target").column("better").column("source");
    record.add_row({i.unit, target_text(i.target), std::string(i.better == Better::lower ? "lower" : "higher"), i.origin});
    render::Section about{"Definition", {}};
    about.table(std::move(record));
    about.paragraph(i.definition);
    if (i.query) {
        about.paragraph("Query: " + *i.query);
    }
    r.sections.push_back(std::move(about));
    render::Section values{"Values", {}};
    render::Table t;
    t.column("period").column("from", ColumnType::date).column("to", ColumnType::date).column("value", ColumnType::decimal)
        .column("on_target", ColumnType::boolean);
    for (const auto& m : s.measures) {
        t.add_row({m.label, m.period.from, m.period.to, number_cell(m.value),
                   m.value && i.target ? render::Cell{meets(*i.target, *m.value)} : render::Cell{}});
    }
    values.table(std::move(t));
    if (auto trend = trend_word(s.measures, i.better); !trend.empty()) {
        values.paragraph(fmt::format("Trend: {} ({})", trend, sparkline(s.measures)));
    }
    r.sections.push_back(std::move(values));
    return r;
}

render::Table kpi_table(const std::vector<Series>& series, bool chart) {
    render::Table t;
    t.column("kpi").column("unit").column("target");
    if (!series.empty()) {
        for (const auto& m : series.front().measures) {
            t.column(m.label, ColumnType::decimal);
        }
    }
    t.column("status").column("trend");
    if (chart) {
        t.column("chart");
    }
    for (const auto& s : series) {
        std::vector<render::Cell> row{s.indicator.name, s.indicator.unit, target_text(s.indicator.target)};
        for (const auto& m : s.measures) {
            row.push_back(number_cell(m.value));
        }
        auto value = latest(s);
        bool off = value && s.indicator.target && off_target(s);
        row.emplace_back(std::string(!value ? "no data" : !s.indicator.target ? "" : off ? "OFF" : "ok"));
        row.emplace_back(trend_word(s.measures, s.indicator.better));
        if (chart) {
            row.emplace_back(sparkline(s.measures));
        }
        t.add_row(std::move(row));
        if (off) {
            t.mark(t.rows().size() - 1, "status", render::Mark::off_target);
        }
    }
    if (chart && !series.empty()) { // -o html draws each row's months as a line in its chart cell
        render::Chart c{render::Chart::Kind::sparkline, {}, {}, "chart"};
        for (const auto& m : series.front().measures) {
            c.values.push_back(m.label);
        }
        t.chart(std::move(c));
    }
    return t;
}

render::Table findings_table(const std::vector<Finding>& findings, const std::vector<Plan>& plans) {
    render::Table t;
    t.column("id", ColumnType::integer).column("found", ColumnType::date).column("title").column("process")
        .column("impact").column("kpi").column("status").column("plans", ColumnType::integer);
    for (const auto& f : findings) {
        auto n = std::count_if(plans.begin(), plans.end(), [&](const Plan& p) { return p.finding_id == f.id; });
        t.add_row({f.id, f.found, f.title, render::cell_or_empty(f.process), std::string(impact_name(f.impact)),
                   render::cell_or_empty(f.kpi), std::string(finding_statuses.name(f.status)), static_cast<std::int64_t>(n)});
    }
    return t;
}

render::Table plans_table(const std::vector<Plan>& plans) {
    render::Table t;
    t.column("id", ColumnType::integer).column("finding", ColumnType::integer).column("title").column("type")
        .column("indicator").column("baseline", ColumnType::decimal).column("target", ColumnType::decimal)
        .column("by", ColumnType::date).column("owner").column("status");
    for (const auto& p : plans) {
        t.add_row({p.id, p.finding_id, p.title, std::string(plan_type_name(p.type)), render::cell_or_empty(p.indicator),
                   number_cell(p.baseline), number_cell(p.target), render::cell_or_empty(p.by),
                   render::cell_or_empty(p.owner), plan_state(p)});
    }
    return t;
}

render::Report finding_report(const Finding& f, const std::vector<Plan>& plans) {
    render::Report r;
    r.title = fmt::format("Finding {}: {}", f.id, f.title);
    render::Table record;
    record.vertical();
    record.column("found", ColumnType::date).column("process").column("impact").column("kpi").column("status")
        .column("evidence");
    record.add_row({f.found, render::cell_or_empty(f.process), std::string(impact_name(f.impact)),
                    render::cell_or_empty(f.kpi), std::string(finding_statuses.name(f.status)), render::cell_or_empty(f.evidence)});
    render::Section about{"Finding", {}};
    about.table(std::move(record));
    r.sections.push_back(std::move(about));
    render::Section section{"Plans", {}};
    if (plans.empty()) {
        section.paragraph(fmt::format("No plan yet: officectl improve plan add {} \"...\"", f.id));
    } else {
        section.table(plans_table(plans));
    }
    r.sections.push_back(std::move(section));
    return r;
}

namespace {

render::Section progress_section(const PlanView& v, core::Date today) {
    const auto& p = v.plan;
    render::Section s{"Progress", {}};
    render::Table t;
    t.vertical();
    t.column("indicator").column("baseline", ColumnType::decimal).column("now", ColumnType::decimal)
        .column("target", ColumnType::decimal).column("progress").column("by", ColumnType::date).column("days_left", ColumnType::integer);
    auto pct = progress_percent(p, v.now);
    t.add_row({render::cell_or_empty(p.indicator), number_cell(p.baseline), number_cell(v.now), number_cell(p.target),
               pct ? render::Cell{fmt::format("{}%", format_number(*pct))} : render::Cell{}, render::cell_or_empty(p.by),
               p.by ? render::Cell{static_cast<std::int64_t>(core::days_between(today, *p.by))} : render::Cell{}});
    s.table(std::move(t));
    if (p.draft) {
        auto gaps = smart_gaps(p, today);
        std::string list;
        for (const auto& g : gaps) {
            list += (list.empty() ? "" : "; ") + g;
        }
        s.paragraph("Incomplete (not SMART yet): it lacks " + list + ". Complete it with `improve review --adjust`.");
    }
    return s;
}

render::Table actions_table(const std::vector<Action>& actions, core::Date today) {
    render::Table t;
    t.column("task", ColumnType::integer).column("action").column("owner").column("due", ColumnType::date)
        .column("done", ColumnType::date).column("state");
    for (const auto& a : actions) {
        t.add_row({a.task_id, a.title, a.owner, render::cell_or_empty(a.due), render::cell_or_empty(a.done),
                   action_state(a, today)});
    }
    return t;
}

render::Table reviews_table(const std::vector<Review>& reviews) {
    render::Table t;
    t.column("date", ColumnType::date).column("note").column("changed").column("from").column("to")
        .column("measured", ColumnType::decimal);
    for (const auto& r : reviews) {
        t.add_row({r.date, r.note, render::cell_or_empty(r.field), render::cell_or_empty(r.old_value),
                   render::cell_or_empty(r.new_value), number_cell(r.measured)});
    }
    return t;
}

} // namespace

render::Report plan_report(const PlanView& v, core::Date today) {
    const auto& p = v.plan;
    render::Report r;
    r.title = fmt::format("Plan {}: {}", p.id, p.title);
    render::Table record;
    record.vertical();
    record.column("finding").column("type").column("owner").column("status").column("created", ColumnType::date)
        .column("cost", ColumnType::money).column("effect");
    record.add_row({fmt::format("{}: {}", v.finding.id, v.finding.title), std::string(plan_type_name(p.type)),
                    render::cell_or_empty(p.owner), plan_state(p), p.created, render::cell_or_empty(p.cost),
                    render::cell_or_empty(p.effect)});
    render::Section about{"Plan", {}};
    about.table(std::move(record));
    r.sections.push_back(std::move(about));
    r.sections.push_back(progress_section(v, today));
    render::Section actions{"Actions", {}};
    if (v.actions.empty()) {
        actions.paragraph(fmt::format("No actions yet: officectl improve action add {} \"...\" --owner HANDLE --due +2w", p.id));
    } else {
        actions.table(actions_table(v.actions, today));
    }
    r.sections.push_back(std::move(actions));
    render::Section reviews{"Reviews and adjustments", {}};
    if (v.reviews.empty()) {
        reviews.paragraph("Not reviewed yet.");
    } else {
        reviews.table(reviews_table(v.reviews));
    }
    r.sections.push_back(std::move(reviews));
    return r;
}

render::Report proposal_report(const PlanView& v, core::Date today) {
    const auto& p = v.plan;
    const auto& f = v.finding;
    render::Report r;
    r.title = fmt::format("Proposal: {}", p.title);
    render::Section problem{"Problem", {}};
    problem.paragraph(fmt::format("{}{} (impact {}; found {}).", f.title, f.process ? " in " + *f.process : "",
                                  impact_name(f.impact), core::format_date(f.found)));
    r.sections.push_back(std::move(problem));
    render::Section evidence{"Evidence", {}};
    evidence.paragraph(f.evidence.value_or("No evidence recorded."));
    if (v.indicator) {
        evidence.paragraph(fmt::format("{} ({}) measures it: now {} {}{}.", v.indicator->title, v.indicator->name,
                                       v.now ? format_number(*v.now) : "not measured", v.indicator->unit,
                                       v.indicator->target ? ", standing target " + format_target(*v.indicator->target) : ""));
    }
    r.sections.push_back(std::move(evidence));
    render::Section plan{"Plan", {}};
    plan.paragraph(fmt::format("{} {} plan, owned by {}: bring {} from {} to {} by {}.", p.type == PlanType::improvement ? "An" : "A", plan_type_name(p.type),
                               p.owner.value_or("(no owner)"), p.indicator.value_or("(no indicator)"),
                               p.baseline ? format_number(*p.baseline) : "?", p.target ? format_number(*p.target) : "?",
                               p.by ? core::format_date(*p.by) : "(no deadline)"));
    if (p.draft) {
        plan.paragraph("This plan is not complete yet (not SMART): see `officectl improve plan show`.");
    }
    if (!v.actions.empty()) {
        plan.table(actions_table(v.actions, today));
    }
    r.sections.push_back(std::move(plan));
    render::Section effect{"Expected effect", {}};
    auto pct = p.baseline && p.target && *p.baseline != 0
                   ? std::optional((*p.target - *p.baseline) * 100.0 / *p.baseline)
                   : std::nullopt;
    effect.paragraph(p.effect.value_or(pct ? fmt::format("{} changes by {}% against the baseline.",
                                                         p.indicator.value_or("The indicator"), format_number(*pct))
                                           : "Not stated."));
    r.sections.push_back(std::move(effect));
    render::Section cost{"Cost", {}};
    if (p.cost) {
        render::Table t;
        t.vertical();
        t.column("cost", ColumnType::money);
        t.add_row({*p.cost});
        cost.table(std::move(t));
    } else {
        cost.paragraph("No cost stated.");
    }
    r.sections.push_back(std::move(cost));
    return r;
}

render::Table scan_table(const std::vector<Finding>& proposed) {
    render::Table t;
    t.column("finding").column("process").column("impact").column("kpi").column("evidence");
    for (const auto& f : proposed) {
        t.add_row({f.title, render::cell_or_empty(f.process), std::string(impact_name(f.impact)),
                   render::cell_or_empty(f.kpi), render::cell_or_empty(f.evidence)});
    }
    return t;
}

} // namespace officectl::improve
