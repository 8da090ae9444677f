// officectl absence days | balance | calendar | who | conflicts | export

#include "absence_shared.hpp"
#include "agenda_shared.hpp"
#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/absence/leave_rules.hpp"
#include "officectl/absence/leave_views.hpp"
#include "officectl/absence/planning.hpp"
#include "officectl/agenda/ics.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <memory>
#include <tuple>

namespace officectl::app {
namespace {

// `2026-12`, `next-month`, or a day in the month.
date::year_month month_option(Context& ctx, const std::string& text) {
    core::Date day = ctx.today();
    if (!text.empty()) {
        try {
            day = core::parse_range(text, ctx.today()).from;
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("--month: {}", e.what()));
        }
    }
    return {day.year(), day.month()};
}

void add_days(CLI::App* absence, Context& ctx) {
    auto* days = absence->add_subcommand("days", "how many leave days a period would cost someone, and why");
    struct Opts {
        std::string who, from, to, half;
    };
    auto o = std::make_shared<Opts>();
    days->add_option("who", o->who, "the person's handle")->required()->type_name(k_handle);
    days->add_option("--since", o->from, "the first day")->required()->type_name("DATE");
    days->add_option("--until", o->to, "the last day (default: --since)")->type_name("DATE");
    add_choice_option(days, "--half", o->half, absence::halves, "half a day (one day)", "HALF");
    days->footer("Examples:\n  officectl absence days an --since 2026-12-21 --until 2027-01-01\n"
                 "  officectl -o csv absence days bert --since 2026-12-21 --until 2026-12-27");
    on_run(days, ctx, [&ctx, o] {
        absence::Leave l;
        l.who = team::get_member(ctx.db(), o->who).handle;
        l.from = date_option(ctx, "--since", o->from);
        l.to = o->to.empty() ? l.from : date_option(ctx, "--until", o->to);
        if (!o->half.empty()) {
            l.half = absence::halves.parse(o->half).value(); // the option admits only its words
        }
        absence::check_leave(l);
        auto count = absence::count_for(ctx.db(), ctx.config().calendar(), l);
        ctx.note(fmt::format("{} from {} to {}: {}", l.who, core::format_date(l.from), core::format_date(l.to),
                             absence::format_days(count.days)));
        ctx.print_table(absence::days_table(count));
    });
}

void add_balance(CLI::App* absence, Context& ctx) {
    auto* balance = absence->add_subcommand("balance", "vacation entitled, taken, planned and left, per person");
    auto year = std::make_shared<int>(0);
    auto who = std::make_shared<std::string>();
    balance->add_option("--year", *year, "the year (default this year)")->type_name("YEAR");
    balance->add_option("--who", *who, "one person (default: everyone)")->type_name(k_handle);
    balance->footer("Examples:\n  officectl absence balance\n  officectl absence balance --who an --year 2027");
    on_run(balance, ctx, [&ctx, year, who] {
        auto settings = absence_settings(ctx);
        auto calendar = ctx.config().calendar();
        int y = *year != 0 ? *year : int(ctx.today().year());
        std::vector<std::string> people;
        if (!who->empty()) {
            people.push_back(team::get_member(ctx.db(), *who).handle);
        }
        ctx.print_table(absence::balances_table(absence::balances(ctx.db(), settings, calendar, people, y, ctx.today())));
    });
}

void add_calendar(CLI::App* absence, Context& ctx) {
    auto* cal = absence->add_subcommand("calendar", "the month: people by days, one letter per type");
    auto month = std::make_shared<std::string>();
    auto team = std::make_shared<bool>(false);
    cal->add_option("--month", *month, "2026-12 (default this month)")->type_name("MONTH");
    cal->add_flag("--team", *team, "everyone, also those without leave");
    cal->footer("Examples:\n  officectl absence calendar --month 2026-12\n  officectl -o md absence calendar --team\n"
                "Letters are the types' (V vacation, S sick, T training...), lower case while requested;\n"
                "' marks a morning, , an afternoon; . a day they do not work, * a public holiday or closing day.");
    on_run(cal, ctx, [&ctx, month, team] {
        ctx.print_table(absence::calendar_table(ctx.db(), absence_settings(ctx), ctx.config().calendar(),
                                                month_option(ctx, *month), *team, ctx.today()));
    });
}

void add_who(CLI::App* absence, Context& ctx) {
    auto* who = absence->add_subcommand("who", "who is out on a day");
    auto day = std::make_shared<std::string>();
    who->add_option("--date", *day, "the day (default today)")->type_name("DATE");
    who->footer("Examples:\n  officectl absence who\n  officectl absence who --date mon");
    on_run(who, ctx, [&ctx, day] {
        auto d = day->empty() ? ctx.today() : date_option(ctx, "--date", *day);
        absence::LeaveFilter f;
        f.from = d;
        f.to = d;
        auto leaves = absence::list_leaves(ctx.db(), f);
        if (leaves.empty() && !ctx.format_given()) {
            ctx.note(fmt::format("nobody is out on {}", core::format_date(d)));
            return;
        }
        ctx.print_table(absence::who_table(leaves));
    });
}

void add_conflicts(CLI::App* absence, Context& ctx) {
    auto* conflicts = absence->add_subcommand("conflicts", "days below a staffing rule, and appointments during leave");
    auto range = std::make_shared<std::string>();
    conflicts->add_option("range", *range, "this-month, 2026-12, 2026-12-01..2027-01-31 (default: the next 4 weeks)")
        ->type_name("RANGE");
    conflicts->footer("Examples:\n  officectl absence conflicts\n  officectl absence conflicts 2026-12");
    on_run(conflicts, ctx, [&ctx, range] {
        auto days = range->empty() ? core::DateRange{ctx.today(), core::add_days(ctx.today(), 27)}
                                   : core::parse_range(*range, ctx.today());
        auto breaches = absence::staffing_breaches(ctx.db(), absence_settings(ctx), ctx.config().calendar(), days);
        auto collisions = absence::collisions(ctx.db(), days, office_zone(ctx));
        render::Report r;
        r.title = fmt::format("Absence conflicts {} to {}", core::format_date(days.from), core::format_date(days.to));
        render::Section staffing{"Staffing rules", {}};
        if (breaches.empty()) {
            staffing.paragraph("Every working day has the people the rules ask for.");
        } else {
            staffing.table(absence::breaches_table(breaches));
        }
        render::Section agenda{"Appointments during leave", {}};
        if (collisions.empty()) {
            agenda.paragraph("Nobody has an appointment while away.");
        } else {
            agenda.table(absence::collisions_table(collisions, office_zone(ctx)));
        }
        r.sections = {staffing, agenda};
        ctx.print_report(r);
    });
}

void add_export(CLI::App* absence, Context& ctx) {
    auto* exp = absence->add_subcommand("export", "the month's leave per person and type for payroll (CSV), or --ics");
    auto month = std::make_shared<std::string>();
    auto ics = std::make_shared<bool>(false);
    exp->add_option("--month", *month, "2026-12 (default this month)")->type_name("MONTH");
    exp->add_flag("--ics", *ics, "the month's leave as all-day events (iCalendar)");
    exp->footer("Examples:\n  officectl absence export --month 2026-12 -o csv > payroll-2026-12.csv\n"
                "  officectl absence export --month 2026-12 --ics > leave.ics");
    on_run(exp, ctx, [&ctx, month, ics] {
        auto m = month_option(ctx, *month);
        if (!*ics) {
            ctx.print_export(absence::payroll_table(ctx.db(), ctx.config().calendar(), m,
                                                    ctx.config().work_hours().minutes(), ctx.today()));
            return;
        }
        absence::LeaveFilter f;
        f.from = core::Date{m / 1};
        f.to = core::Date{m / date::last};
        auto zone = office_zone(ctx);
        std::vector<agenda::Appointment> events;
        for (const auto& l : absence::list_leaves(ctx.db(), f)) {
            agenda::Appointment a;
            a.uid = fmt::format("leave-{}@officectl", l.id);
            a.title = fmt::format("{}: {}", l.who, l.type);
            a.zone = zone;
            a.all_day = !l.half;
            std::tie(a.start, a.end) = absence::leave_interval(l, zone);
            if (l.open) { // sickness without an end yet: through the month exported
                a.title += " (no end yet)";
                a.end = core::from_local_lenient(date::local_days{core::add_days(*f.to, 1)}, zone);
            }
            a.owner = l.who;
            a.status = l.status == absence::LeaveStatus::requested ? agenda::Status::tentative : agenda::Status::confirmed;
            events.push_back(std::move(a));
        }
        std::map<std::string, agenda::PersonAddress> people;
        team::MemberFilter all;
        all.all = true;
        for (const auto& p : team::list_members(ctx.db(), all, ctx.today())) {
            people[p.handle] = {p.name, p.email};
        }
        ctx.print(agenda::to_ics(events, people, ctx.clock().now(), false));
    });
}

} // namespace

void add_absence_view_commands(CLI::App* absence, Context& ctx) {
    add_days(absence, ctx);
    add_balance(absence, ctx);
    add_calendar(absence, ctx);
    add_who(absence, ctx);
    add_conflicts(absence, ctx);
    add_export(absence, ctx);
}

} // namespace officectl::app
