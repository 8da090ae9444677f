// officectl report weekly [--week 2026-W49] | monthly [--month 2026-11], each also as a mail (--mail-to)

#include "commands.hpp"

#include "officectl/core/error.hpp"
#include "officectl/report/monthly.hpp"
#include "officectl/report/report_mail.hpp"
#include "officectl/report/weekly.hpp"

#include <fmt/format.h>

namespace officectl::app {
namespace {

// --mail-to and --mail-from: the report as a whole mail on stdout, for sendmail -t.
struct MailOptions {
    std::vector<std::string> to;
    std::string from;
    CLI::Option* from_option = nullptr; // given, even as ""
};

void add_mail_options(CLI::App* cmd, MailOptions& o) {
    cmd->add_option("--mail-to", o.to,
                    "write the report as a mail to this address (repeat for more), text and HTML with charts, "
                    "for `sendmail -t`")
        ->type_name("ADDRESS");
    o.from_option = cmd->add_option("--mail-from", o.from, "the mail's sender (default: left to sendmail)")
                        ->type_name("ADDRESS");
}

void print_report_or_mail(Context& ctx, const render::Report& r, const MailOptions& o) {
    if (o.to.empty()) {
        if (o.from_option->count() > 0) {
            throw usage_error("--mail-from goes with --mail-to");
        }
        ctx.print_report(r);
        return;
    }
    if (ctx.format_given()) {
        throw usage_error("--mail-to writes a whole mail (the text and the HTML page): leave out -o");
    }
    std::optional<std::string> from;
    if (o.from_option->count() > 0) {
        from = o.from; // "" is refused as no address
    }
    ctx.print(report::report_mail(r, ctx.render_options(), from, o.to, ctx.clock().now()));
}

} // namespace

void add_report_commands(CLI::App& app, Context& ctx) {
    auto* report = app.add_subcommand("report", "digests across all domains, for management");
    report->require_subcommand(1);
    auto* weekly = report->add_subcommand("weekly", "the week on one page: each domain's section in a fixed order");
    static std::string week;
    weekly->add_option("--week", week, "the ISO week (2026-W49) or any day in it (default: this week)")->type_name("WEEK");
    static MailOptions weekly_mail;
    add_mail_options(weekly, weekly_mail);
    weekly->footer("Examples:\n  officectl report weekly\n  officectl report weekly --week 2026-W49 -o html > week.html\n"
                   "  # cron, Mondays 07:00, as a mail with text and HTML:\n"
                   "  0 7 * * mon officectl report weekly --mail-to management@example.be | /usr/sbin/sendmail -t");
    on_run(weekly, ctx, [&ctx] {
        auto day = week.empty() ? ctx.today() : date_option(ctx, "--week", week);
        auto range = core::iso_week_of(day);
        print_report_or_mail(ctx, report::weekly_report(ctx.db(), range, ctx.today(), ctx.config()), weekly_mail);
    });
    auto* monthly = report->add_subcommand("monthly", "the month: indicators and their trend, plans, what falls due");
    static std::string month;
    monthly->add_option("--month", month, "the month (2026-11) or any day in it (default: this month)")->type_name("MONTH");
    static MailOptions monthly_mail;
    add_mail_options(monthly, monthly_mail);
    monthly->footer("Examples:\n  officectl report monthly\n  officectl report monthly --month 2026-10 -o md\n"
                    "  # cron, the first of the month 07:00 (last month's figures), as a mail:\n"
                    "  0 7 1 * * officectl report monthly --month last-month --mail-to management@example.be | /usr/sbin/sendmail -t");
    on_run(monthly, ctx, [&ctx] {
        auto range = month.empty() ? core::month_of(ctx.today()) : core::month_of(range_option(ctx, "--month", month).from);
        print_report_or_mail(ctx, report::monthly_report(ctx.db(), range, ctx.today(), ctx.config()), monthly_mail);
    });
}

} // namespace officectl::app
