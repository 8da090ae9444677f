// officectl improve kpi [list | show NAME] | scan; findings, plans, actions and
// reviews are in cli_improve_plans.cpp.

#include "commands.hpp"
#include "improve_shared.hpp"

#include "officectl/core/error.hpp"
#include "officectl/improve/improve_rules.hpp"
#include "officectl/improve/improve_store.hpp"
#include "officectl/improve/improve_views.hpp"
#include "officectl/improve/kpi.hpp"
#include "officectl/improve/scan.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {

improve::Finding finding_argument(Context& ctx, const std::string& text) {
    return improve::get_finding(ctx.db(), id_argument(text, "finding", "improve finding list"));
}

improve::Plan plan_argument(Context& ctx, const std::string& text) {
    return improve::get_plan(ctx.db(), id_argument(text, "plan", "improve plan list"));
}

std::optional<double> indicator_now(Context& ctx, const std::string& name) {
    auto indicators = improve::load_indicators(ctx.config());
    return improve::value_now(ctx.db(), ctx.config(), improve::find_indicator(indicators, name), ctx.today());
}

namespace {

struct PeriodOpts {
    std::string period;
    int months = 6;
    int count = 6;
};

void add_period_options(CLI::App* cmd, PeriodOpts& o) {
    cmd->add_option("--period", o.period, "a week (2026-W49), a month (2026-11) or A..B: it and the periods of the "
                                          "same length before it")->type_name("PERIOD");
    cmd->add_option("--months", o.months, "this month and the months before it (default 6)")
        ->type_name("N")->check(CLI::Range(1, 60));
    cmd->add_option("--count", o.count, "with --period: how many periods (default 6)")
        ->type_name("N")->check(CLI::Range(1, 60));
}

std::vector<core::DateRange> periods_of(Context& ctx, const PeriodOpts& o) {
    if (!o.period.empty()) {
        return improve::periods_ending(range_option(ctx, "--period", o.period), o.count);
    }
    return improve::periods_ending(core::month_of(ctx.today()), o.months);
}

void add_kpi(CLI::App* group, Context& ctx) {
    auto* kpi = group->add_subcommand("kpi", "the indicators: value per period, target, trend");
    auto o = std::make_shared<PeriodOpts>();
    auto chart = std::make_shared<bool>(false);
    add_period_options(kpi, *o);
    kpi->add_flag("--chart", *chart, "a sparkline per indicator");
    kpi->footer("Examples:\n  officectl improve kpi\n  officectl improve kpi --months 12 --chart\n"
                "  officectl improve kpi --period 2026-W49 -o md\n"
                "Built-in indicators and your own ([improve.kpi.NAME] query = \"SELECT ...\" in config, run "
                "read-only).\nEach period is measured as it stood on its last day (today for the current one).");
    auto* list = kpi->add_subcommand("list", "the indicators, their units, targets and where they come from");
    list->footer("Examples:\n  officectl improve kpi list");
    on_run(list, ctx, [&ctx] { ctx.print_table(improve::indicators_table(improve::load_indicators(ctx.config()))); });
    auto* show = kpi->add_subcommand("show", "one indicator: its definition and its values");
    auto name = std::make_shared<std::string>();
    show->add_option("name", *name, "the indicator")->required()->type_name("KPI");
    add_period_options(show, *o);
    show->footer("Examples:\n  officectl improve kpi show mail_answer_days\n"
                 "  officectl improve kpi show followups_overdue --period 2026-W49 --count 8");
    on_run(show, ctx, [&ctx, name, o] {
        auto indicators = improve::load_indicators(ctx.config());
        const auto& ind = improve::find_indicator(indicators, *name);
        auto series = improve::measure(ctx.db(), ctx.config(), {ind}, periods_of(ctx, *o), ctx.today());
        ctx.print_report(improve::indicator_report(series.front()));
    });
    kpi->callback([&ctx, kpi, o, chart] {
        if (!kpi->get_subcommands().empty()) {
            return; // `kpi list` / `kpi show` set their own action
        }
        ctx.action = [&ctx, o, chart] {
            auto indicators = improve::load_indicators(ctx.config());
            auto series = improve::measure(ctx.db(), ctx.config(), indicators, periods_of(ctx, *o), ctx.today());
            ctx.print_table(improve::kpi_table(series, *chart));
        };
    });
}

void add_scan(CLI::App* group, Context& ctx) {
    auto* scan = group->add_subcommand("scan", "indicators off target and problem situations in the data, as findings");
    auto o = std::make_shared<PeriodOpts>();
    auto record = std::make_shared<bool>(false);
    add_period_options(scan, *o);
    scan->add_flag("--record", *record, "store what was found as findings (those recorded already are skipped)");
    scan->footer("Examples:\n  officectl improve scan\n  officectl improve scan --record\n"
                 "Looks for: indicators off target; one supplier with improve.scan.incidents (3) incidents in one "
                 "contract term;\none person holding more than improve.scan.concentration (50) % of the overdue "
                 "follow-ups or tasks;\neach line of this year's budgets over its plan. Nothing is written without --record.");
    on_run(scan, ctx, [&ctx, o, record] {
        auto find = [&] {
            auto indicators = improve::load_indicators(ctx.config());
            auto series = improve::measure(ctx.db(), ctx.config(), indicators, periods_of(ctx, *o), ctx.today());
            return improve::scan(ctx.db(), series, improve::load_scan_settings(ctx.config()), ctx.today());
        };
        if (!*record) {
            auto found = find();
            ctx.print_table(improve::scan_table(found));
            if (!found.empty()) {
                ctx.note(fmt::format("{} finding(s) proposed; nothing written (--record stores them)", found.size()));
            }
            return;
        }
        ctx.write([&](store::Txn& txn) {
            int added = 0, known = 0;
            std::string ids;
            for (const auto& f : find()) {
                if (improve::find_unsolved_finding(ctx.db(), f.title)) {
                    ++known;
                    continue;
                }
                auto id = improve::add_finding(txn, f);
                ids += (ids.empty() ? "" : " ") + std::to_string(id);
                ++added;
            }
            txn.commit();
            ctx.done(fmt::format("recorded {} finding(s){}", added,
                                 known ? fmt::format(", {} recorded before", known) : std::string()),
                     ids);
        });
    });
}

} // namespace

void add_improve_commands(CLI::App& app, Context& ctx) {
    auto* improve = app.add_subcommand("improve", "indicators, problem detection, findings, SMART action plans");
    improve->require_subcommand(1);
    add_kpi(improve, ctx);
    add_scan(improve, ctx);
    add_improve_plan_commands(improve, ctx);
}

} // namespace officectl::app
