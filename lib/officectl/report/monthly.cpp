#include "officectl/report/monthly.hpp"

#include "officectl/improve/improve_plan.hpp"
#include "officectl/improve/improve_rules.hpp"
#include "officectl/improve/improve_store.hpp"
#include "officectl/improve/improve_views.hpp"
#include "officectl/improve/kpi.hpp"
#include "officectl/report/due.hpp"

#include <fmt/format.h>

#include <map>

namespace officectl::report {
namespace {

using render::ColumnType;

// One indicator's value now, for a plan's progress; none when it is no longer configured.
std::optional<double> current_value(store::Database& db, const config::Config& config,
                                    const std::vector<improve::Indicator>& indicators, const std::string& name,
                                    core::Date today) {
    for (const auto& i : indicators) {
        if (i.name == name) {
            return improve::value_now(db, config, i, today);
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<render::Section> improve_section(store::Database& db, const config::Config& config, core::Date today) {
    auto plans = improve::list_plans(db, std::nullopt, true);
    if (plans.empty() && improve::list_findings(db, improve::FindingStatus::open).empty()) {
        return std::nullopt;
    }
    render::Section s{"Improvement", {}};
    auto indicators = improve::load_indicators(config);
    render::Table t("Open plans");
    t.column("plan", ColumnType::integer).column("title").column("owner").column("indicator")
        .column("baseline", ColumnType::decimal).column("now", ColumnType::decimal).column("target", ColumnType::decimal)
        .column("progress").column("by", ColumnType::date).column("actions_open", ColumnType::integer)
        .column("actions_overdue", ColumnType::integer);
    for (const auto& p : plans) {
        auto now = p.indicator ? current_value(db, config, indicators, *p.indicator, today) : std::nullopt;
        auto pct = improve::progress_percent(p, now);
        std::int64_t open = 0, overdue = 0;
        for (const auto& a : improve::plan_actions(db, p.id)) {
            open += a.done ? 0 : 1;
            overdue += !a.done && a.due && *a.due < today ? 1 : 0;
        }
        auto number = [](std::optional<double> v) { return v ? render::Cell{*v} : render::Cell{}; };
        t.add_row({p.id, p.title + (p.draft ? " (draft)" : ""), render::cell_or_empty(p.owner),
                   render::cell_or_empty(p.indicator), number(p.baseline), number(now), number(p.target),
                   pct ? render::Cell{fmt::format("{}%", improve::format_number(*pct))} : render::Cell{},
                   render::cell_or_empty(p.by), open, overdue});
    }
    if (t.empty()) {
        s.paragraph("No plan open.");
    } else {
        s.table(std::move(t));
    }
    auto open_findings = improve::list_findings(db, improve::FindingStatus::open);
    if (!open_findings.empty()) {
        s.paragraph(fmt::format("{} finding(s) without a plan: see `officectl improve finding list --status open`.",
                                open_findings.size()));
    }
    return s;
}

render::Report monthly_report(store::Database& db, core::DateRange month, core::Date today, const config::Config& config) {
    render::Report r;
    r.title = fmt::format("Monthly report {} ({} to {})", core::format_date(month.from).substr(0, 7),
                          core::format_date(month.from), core::format_date(month.to));
    auto indicators = improve::load_indicators(config);
    auto series = improve::measure(db, config, indicators, improve::periods_ending(month, 6), today);
    render::Section kpis{"Indicators", {}};
    kpis.table(improve::kpi_table(series, true));
    std::vector<std::string> off;
    for (const auto& s : series) {
        if (improve::off_target(s)) {
            off.push_back(fmt::format("{} {} {} (target {})", s.indicator.name,
                                      improve::format_number(*improve::latest(s)), s.indicator.unit,
                                      improve::format_target(*s.indicator.target)));
        }
    }
    kpis.paragraph(off.empty() ? std::string("Every indicator is on target.")
                               : fmt::format("Off target: {}.", fmt::join(off, "; ")));
    r.sections.push_back(std::move(kpis));
    if (auto s = improve_section(db, config, today)) {
        r.sections.push_back(std::move(*s));
    }
    // What falls due next month, per domain, with what is already overdue.
    auto next = core::month_of(core::add_days(month.to, 1));
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> per_domain;
    for (const auto& item : due_items(db, config, today, next.to, std::nullopt)) {
        auto& [overdue, coming] = per_domain[item.domain];
        (item.due < today ? overdue : coming) += 1;
    }
    render::Section due{"Due", {}};
    render::Table t;
    t.column("domain").column("overdue", ColumnType::integer)
        .column("due_next_month", ColumnType::integer);
    for (const auto& [domain, counts] : per_domain) {
        t.add_row({domain, counts.first, counts.second});
    }
    if (t.empty()) {
        due.paragraph("Nothing due.");
    } else {
        due.table(std::move(t));
        due.paragraph("The items: officectl due --within 60d");
    }
    r.sections.push_back(std::move(due));
    return r;
}

} // namespace officectl::report
