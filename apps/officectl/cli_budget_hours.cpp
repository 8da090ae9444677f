// officectl budget project add | list | edit | close and budget hours log | list
// | rm | report | check: time registration (the timesheet domain).

#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/absence/leave_store.hpp"
#include "officectl/absence/planning.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/timesheet/hours_check.hpp"
#include "officectl/timesheet/timesheet_rules.hpp"
#include "officectl/timesheet/timesheet_settings.hpp"
#include "officectl/timesheet/timesheet_store.hpp"
#include "officectl/timesheet/timesheet_views.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {
namespace {

struct ProjectOpts {
    std::string name, line, rate, owner;
};

void add_project_options(CLI::App* cmd, ProjectOpts& o) {
    cmd->add_option("--line", o.line, "the budget line its cost goes to (\"\" for none)")->type_name("LINE");
    cmd->add_option("--rate", o.rate, "the cost of an hour, excl. VAT: 55 (\"\" for none)")->type_name("AMOUNT");
    cmd->add_option("--owner", o.owner, "who leads it (\"\" for nobody)")->type_name(k_handle);
}

// Applies the options given on the command line to the project.
void apply_project_options(Context& ctx, CLI::App* cmd, const ProjectOpts& o, timesheet::Project& p) {
    if (cmd->count("--line")) {
        p.line_id = o.line.empty() ? std::nullopt : std::optional(budget::find_line(ctx.db(), o.line).id);
    }
    if (cmd->count("--rate")) {
        p.rate = o.rate.empty() ? std::nullopt : std::optional(money_option(ctx, "--rate", o.rate));
        if (p.rate && p.rate->cents < 0) {
            throw usage_error("--rate: a rate is not negative");
        }
    }
    if (cmd->count("--owner")) {
        p.owner = o.owner.empty() ? std::nullopt : std::optional(team::get_member(ctx.db(), o.owner).handle);
    }
}

void add_project(CLI::App* group, Context& ctx) {
    auto* project = group->add_subcommand("project", "projects that hours are logged on, charged to a budget line");
    project->require_subcommand(1);

    auto* add = project->add_subcommand("add", "a project, with its budget line and hourly rate");
    auto o = std::make_shared<ProjectOpts>();
    add->add_option("name", o->name, "its name: \"Verhuis 2027\"")->required()->type_name("NAME");
    add_project_options(add, *o);
    add->footer("Examples:\n  officectl budget project add \"Verhuis 2027\" --line 6200 --rate 55 --owner an");
    on_write(add, ctx, [&ctx, o, add](store::Txn& txn) {
        timesheet::Project p;
        p.name = std::string(core::trim(o->name));
        if (p.name.empty()) {
            throw usage_error("the name is empty");
        }
        apply_project_options(ctx, add, *o, p);
        auto id = timesheet::add_project(txn, p);
        txn.commit();
        ctx.done(fmt::format("project {} \"{}\"{}", id, p.name,
                             p.rate ? fmt::format(" at {} an hour", core::format_money(*p.rate, ctx.config().language()))
                                    : ""),
                 std::to_string(id));
    });

    auto* list = project->add_subcommand("list", "the open projects with their hours and cost (--all: closed too)");
    auto all = std::make_shared<bool>(false);
    list->add_flag("--all", *all, "closed projects too");
    list->footer("Examples:\n  officectl budget project list\n  officectl budget project list --all -o csv");
    on_run(list, ctx, [&ctx, all] {
        ctx.print_table(timesheet::projects_table(ctx.db(), timesheet::list_projects(ctx.db(), *all)));
    });

    auto* edit = project->add_subcommand("edit", "rename a project, change its line, rate or owner");
    auto e = std::make_shared<ProjectOpts>();
    auto which = std::make_shared<std::string>();
    edit->add_option("project", *which, "its number or name")->required()->type_name("PROJECT");
    edit->add_option("--name", e->name, "a new name")->type_name("NAME");
    add_project_options(edit, *e);
    edit->footer("Examples:\n  officectl budget project edit \"Verhuis 2027\" --rate 60");
    on_write(edit, ctx, [&ctx, e, which, edit](store::Txn& txn) {
        auto p = timesheet::find_project(ctx.db(), *which);
        if (edit->count("--name")) {
            p.name = std::string(core::trim(e->name));
            if (p.name.empty()) {
                throw usage_error("--name: the name is empty");
            }
        }
        apply_project_options(ctx, edit, *e, p);
        timesheet::update_project(txn, p);
        txn.commit();
        ctx.done(fmt::format("project {} \"{}\" updated", p.id, p.name), std::to_string(p.id));
    });

    auto* close = project->add_subcommand("close", "no more hours on a project after a day (default today)");
    auto c = std::make_shared<std::pair<std::string, std::string>>();
    close->add_option("project", c->first, "its number or name")->required()->type_name("PROJECT");
    close->add_option("--date", c->second, "its last day")->type_name("DATE");
    close->footer("Examples:\n  officectl budget project close \"Verhuis 2027\"");
    on_write(close, ctx, [&ctx, c](store::Txn& txn) {
        auto p = timesheet::find_project(ctx.db(), c->first);
        if (p.closed) {
            throw data_error(fmt::format("project \"{}\" was closed on {}", p.name, core::format_date(*p.closed)));
        }
        p.closed = c->second.empty() ? ctx.today() : date_option(ctx, "--date", c->second);
        timesheet::update_project(txn, p);
        txn.commit();
        ctx.done(fmt::format("project {} \"{}\" closed on {}", p.id, p.name, core::format_date(*p.closed)),
                 std::to_string(p.id));
    });
}

void add_log(CLI::App* hours, Context& ctx) {
    auto* log = hours->add_subcommand("log", "hours someone worked on a project");
    struct Opts {
        std::string who, hours, project, date, note;
    };
    auto o = std::make_shared<Opts>();
    log->add_option("who", o->who, "the person")->required()->type_name(k_handle);
    log->add_option("hours", o->hours, "3.5, 3,5, 3:30 or 45m")->required()->type_name("HOURS");
    log->add_option("--project", o->project, "the project: its number or name")->required()->type_name("PROJECT");
    log->add_option("--date", o->date, "the day worked (default today)")->type_name("DATE");
    log->add_option("--note", o->note, "what was done")->type_name("TEXT");
    log->footer("Examples:\n  officectl budget hours log bert 3.5 --project \"Verhuis 2027\" --date yesterday --note \"inpakken\"");
    on_write(log, ctx, [&ctx, o](store::Txn& txn) {
        timesheet::Entry e;
        auto member = team::get_member(ctx.db(), o->who);
        e.who = member.handle;
        e.minutes = timesheet::parse_hours(o->hours);
        auto p = timesheet::find_project(ctx.db(), o->project);
        e.project_id = p.id;
        e.date = o->date.empty() ? ctx.today() : date_option(ctx, "--date", o->date);
        if (e.date > ctx.today()) {
            throw data_error(fmt::format("{} is in the future: log hours once they are worked", core::format_date(e.date)));
        }
        if (p.closed && e.date > *p.closed) {
            throw data_error(fmt::format("project \"{}\" was closed on {}", p.name, core::format_date(*p.closed)));
        }
        if (team::status_on(member, e.date) != team::MemberStatus::active) {
            throw data_error(fmt::format("{} was not in the company on {}", e.who, core::format_date(e.date)));
        }
        auto day = timesheet::minutes_logged(ctx.db(), e.who, e.date);
        if (day + e.minutes > 24 * 60) {
            throw data_error(fmt::format("{} has {} hours on {} already: a day has 24", e.who,
                                         timesheet::format_hours(day), core::format_date(e.date)));
        }
        if (!core::trim(o->note).empty()) {
            e.note = std::string(core::trim(o->note));
        }
        auto id = timesheet::add_entry(txn, e);
        txn.commit();
        absence::LeaveFilter lf;
        lf.who = e.who;
        lf.from = e.date;
        lf.to = e.date;
        if (absence::is_away(absence::list_leaves(ctx.db(), lf), e.who, e.date)) {
            ctx.note(fmt::format("{} is on leave on {}: is the date right?", e.who, core::format_date(e.date)));
        }
        ctx.done(fmt::format("{} h by {} on \"{}\", {} ({} h that day)", timesheet::format_hours(e.minutes), e.who,
                             p.name, core::format_date(e.date), timesheet::format_hours(day + e.minutes)),
                 std::to_string(id));
    });
}

void add_hours_list(CLI::App* hours, Context& ctx) {
    auto* list = hours->add_subcommand("list", "the hours logged, by day");
    struct Opts {
        std::string who, project, in;
    };
    auto o = std::make_shared<Opts>();
    list->add_option("--who", o->who, "one person")->type_name(k_handle);
    list->add_option("--project", o->project, "one project")->type_name("PROJECT");
    list->add_option("--in", o->in, "a period: this-week, 2027-W10, 2027-03, A..B (default: this week)")
        ->type_name("RANGE");
    list->footer("Examples:\n  officectl budget hours list --who bert --in last-week");
    on_run(list, ctx, [&ctx, o] {
        auto range = range_option(ctx, "--in", o->in.empty() ? "this-week" : o->in);
        timesheet::EntryFilter f{range.from, range.to, std::nullopt, std::nullopt};
        if (!o->who.empty()) {
            f.who = team::get_member(ctx.db(), o->who).handle;
        }
        if (!o->project.empty()) {
            f.project_id = timesheet::find_project(ctx.db(), o->project).id;
        }
        ctx.print_table(timesheet::entries_table(timesheet::list_entries(ctx.db(), f)));
    });

    auto* rm = hours->add_subcommand("rm", "remove an entry logged by mistake");
    auto id = std::make_shared<std::string>();
    rm->add_option("id", *id, "the entry's number (see `budget hours list`)")->required()->type_name("ID");
    rm->footer("Examples:\n  officectl budget hours rm 12");
    on_write(rm, ctx, [&ctx, id](store::Txn& txn) {
        auto e = timesheet::get_entry(ctx.db(), id_argument(*id, "hours entry", "budget hours list"));
        timesheet::remove_entry(txn, e.id);
        txn.commit();
        ctx.done(fmt::format("removed {} h by {} on \"{}\", {}", timesheet::format_hours(e.minutes), e.who, e.project,
                             core::format_date(e.date)),
                 std::to_string(e.id));
    });
}

void add_hours_report(CLI::App* hours, Context& ctx) {
    auto* report = hours->add_subcommand("report", "hours and their cost per person or project");
    struct Opts {
        std::string week, month, in, by = "person";
    };
    auto o = std::make_shared<Opts>();
    report->add_option("--week", o->week, "an ISO week (2027-W10) or any day in it")->type_name("WEEK");
    report->add_option("--month", o->month, "a month (2027-03) or any day in it (default: this month)")->type_name("MONTH");
    report->add_option("--in", o->in, "another period: last-week, 2027-W10, 2027-03, 2027, A..B")->type_name("RANGE");
    add_choice_option(report, "--by", o->by, timesheet::group_bys, "a row per", "HOURS_BY");
    report->footer("Examples:\n  officectl budget hours report --week last-week --by project\n"
                   "  officectl budget hours report --in 2027-03 -o md");
    on_run(report, ctx, [&ctx, o] {
        if (!o->week.empty() + !o->month.empty() + !o->in.empty() > 1) {
            throw usage_error("give one of --week, --month and --in");
        }
        core::DateRange range;
        if (!o->week.empty()) {
            range = core::iso_week_of(range_option(ctx, "--week", o->week).from);
        } else if (!o->month.empty()) {
            range = core::month_of(range_option(ctx, "--month", o->month).from);
        } else {
            range = range_option(ctx, "--in", o->in.empty() ? "this-month" : o->in);
        }
        auto by = timesheet::group_bys.parse(o->by).value(); // the option admits only its words
        if (ctx.options.format == "csv") {
            ctx.print_table(timesheet::hours_table(
                ctx.db(), timesheet::list_entries(ctx.db(), {range.from, range.to, std::nullopt, std::nullopt}), by,
                ctx.config().currency()));
            return;
        }
        ctx.print_report(timesheet::hours_report(ctx.db(), range, by, ctx.config().currency()));
    });
}

void add_hours_check(CLI::App* hours, Context& ctx) {
    auto* check = hours->add_subcommand("check", "who logged fewer or more hours than they worked; hours on days off");
    struct Opts {
        std::string week, in;
        std::vector<std::string> who;
    };
    auto o = std::make_shared<Opts>();
    check->add_option("--week", o->week, "an ISO week or a day in it (default: last week)")->type_name("WEEK");
    check->add_option("--in", o->in, "another period: 2027-03, A..B")->type_name("RANGE");
    check->add_option("--who", o->who, "these people (default: budget.timesheet in config, else everyone)")
        ->type_name(k_handle);
    check->footer("Exit status 65 when someone's hours are missing or over, or logged on a day away or off.\n"
                  "Examples:\n  officectl budget hours check\n  officectl budget hours check --week 2027-W10 --who bert");
    on_run(check, ctx, [&ctx, o] {
        if (!o->week.empty() && !o->in.empty()) {
            throw usage_error("give --week or --in, not both");
        }
        core::DateRange range;
        if (!o->in.empty()) {
            range = range_option(ctx, "--in", o->in);
        } else {
            range = core::iso_week_of(o->week.empty() ? core::add_days(ctx.today(), -7)
                                                      : range_option(ctx, "--week", o->week).from);
        }
        auto people = o->who.empty() ? timesheet::registering_people(ctx.config()) : o->who;
        for (auto& h : people) {
            h = team::get_member(ctx.db(), h).handle;
        }
        auto result = timesheet::check_hours(ctx.db(), ctx.config().calendar(), ctx.config().work_hours().minutes(), range,
                                             ctx.today(), people);
        ctx.print_report(timesheet::check_report(result));
        if (!result.clean()) {
            int missing = 0, over = 0;
            for (const auto& p : result.people) {
                missing += p.missing() > 0 ? 1 : 0;
                over += p.over() > 0 ? 1 : 0;
            }
            std::vector<std::string> found;
            if (missing > 0) {
                found.push_back(fmt::format("{} with hours missing", missing));
            }
            if (over > 0) {
                found.push_back(fmt::format("{} with more hours logged than worked", over));
            }
            if (!result.away.empty()) {
                found.push_back(fmt::format("{} entr{} on a day away or off", result.away.size(),
                                            result.away.size() == 1 ? "y" : "ies"));
            }
            throw Error(ExitCode::data, core::join(found, ", "));
        }
    });
}

} // namespace

void add_budget_hours_commands(CLI::App* budget, Context& ctx) {
    add_project(budget, ctx);
    auto* hours = budget->add_subcommand("hours", "time registration: log, list, report, check");
    hours->require_subcommand(1);
    add_log(hours, ctx);
    add_hours_list(hours, ctx);
    add_hours_report(hours, ctx);
    add_hours_check(hours, ctx);
}

} // namespace officectl::app
