#pragma once
// Improve as Tables and Reports: the indicators and their trend, findings,
// plans with their progress, the proposal for management, what a scan found.

#include "officectl/improve/improve.hpp"
#include "officectl/render/report.hpp"

#include <vector>

namespace officectl::improve {

render::Table indicators_table(const std::vector<Indicator>& indicators);
render::Report indicator_report(const Series& s);
// One row per indicator: a column per period, the target, on/off target,
// the trend; with `chart` a sparkline.
render::Table kpi_table(const std::vector<Series>& series, bool chart);

render::Table findings_table(const std::vector<Finding>& findings, const std::vector<Plan>& plans);
render::Table plans_table(const std::vector<Plan>& plans);

struct PlanView {
    Plan plan;
    Finding finding;
    std::optional<Indicator> indicator;
    std::optional<double> now;        // the indicator's current value
    std::vector<Action> actions;
    std::vector<Review> reviews;
};
render::Report finding_report(const Finding& f, const std::vector<Plan>& plans);
render::Report plan_report(const PlanView& v, core::Date today);
// For management: problem, evidence, plan, actions, expected effect, cost.
render::Report proposal_report(const PlanView& v, core::Date today);

render::Table scan_table(const std::vector<Finding>& proposed);

} // namespace officectl::improve
