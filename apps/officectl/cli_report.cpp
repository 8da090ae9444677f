// officectl report weekly [--week 2026-W49] | monthly [--month 2026-11]

#include "commands.hpp"

#include "officectl/core/error.hpp"
#include "officectl/report/monthly.hpp"
#include "officectl/report/weekly.hpp"

#include <fmt/format.h>

namespace officectl::app {

void add_report_commands(CLI::App& app, Context& ctx) {
    auto* report = app.add_subcommand("report", "digests across all domains, for management");
    report->require_subcommand(1);
    auto* weekly = report->add_subcommand("weekly", "the week on one page: each domain's section in a fixed order");
    static std::string week;
    weekly->add_option("--week", week, "the ISO week (2026-W49) or any day in it (default: this week)")->type_name("WEEK");
    weekly->footer("Examples:\n  officectl report weekly\n  officectl report weekly --week 2026-W49 -o md\n"
                   "  # cron, Mondays 07:00:\n"
                   "  0 7 * * mon officectl report weekly -o md | mail -s \"Weekly report\" management@example.be");
    on_run(weekly, ctx, [&ctx] {
        auto day = week.empty() ? ctx.today() : date_option(ctx, "--week", week);
        auto range = core::iso_week_of(day);
        ctx.print_report(report::weekly_report(ctx.db(), range, ctx.today(), ctx.config()));
    });
    auto* monthly = report->add_subcommand("monthly", "the month: indicators and their trend, plans, what falls due");
    static std::string month;
    monthly->add_option("--month", month, "the month (2026-11) or any day in it (default: this month)")->type_name("MONTH");
    monthly->footer("Examples:\n  officectl report monthly\n  officectl report monthly --month 2026-10 -o md\n"
                    "  # cron, the first of the month 07:00 (last month's figures):\n"
                    "  0 7 1 * * officectl report monthly --month last-month -o md | mail -s \"Monthly report\" management@example.be");
    on_run(monthly, ctx, [&ctx] {
        auto range = month.empty() ? core::month_of(ctx.today()) : core::month_of(range_option(ctx, "--month", month).from);
        ctx.print_report(report::monthly_report(ctx.db(), range, ctx.today(), ctx.config()));
    });
}

} // namespace officectl::app
