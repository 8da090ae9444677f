// officectl team task add | list | done | edit | reassign, team workload

#include "agenda_shared.hpp"
#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/period.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/teamwork/task_store.hpp"
#include "officectl/teamwork/task_views.hpp"
#include "officectl/teamwork/workload.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {
namespace {

std::int64_t task_id_argument(const std::string& text) {
    return id_argument(text, "task", "team task list");
}

struct TaskOptions {
    std::string title, assign, due, priority, estimate, origin;
};

void add_task_options(CLI::App* verb, TaskOptions& o, bool for_add) {
    auto* assign = verb->add_option("--owner", o.assign, "who does it")->type_name(k_handle);
    if (for_add) {
        assign->required();
    } else {
        verb->add_option("--title", o.title, "a new title")->type_name("TITLE");
    }
    verb->add_option("--due", o.due, "by when: 2026-12-11, fri, +1w")->type_name("DATE");
    add_choice_option(verb, "--priority", o.priority, teamwork::priorities, "how urgent (default normal)", "PRIORITY");
    verb->add_option("--estimate", o.estimate, "how long it takes: 30m, 2h, 1h30")->type_name("DURATION");
    verb->add_option("--origin", o.origin, "where it came from: mail:IN-2026-0012, agenda:12")->type_name("ORIGIN");
}

void apply_task_options(Context& ctx, const TaskOptions& o, teamwork::Task& t) {
    if (!o.title.empty()) {
        t.title = o.title;
    }
    if (!o.assign.empty()) {
        t.assignee = team::get_member(ctx.db(), o.assign).handle;
    }
    if (!o.due.empty()) {
        t.due = date_option(ctx, "--due", o.due);
    }
    if (!o.priority.empty()) {
        t.priority = teamwork::priorities.parse(o.priority).value(); // the option admits only its words
    }
    if (!o.estimate.empty()) {
        try {
            t.estimate_minutes = core::parse_duration_minutes(o.estimate);
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("--estimate: {}", e.what()));
        }
    }
    if (!o.origin.empty()) {
        teamwork::check_origin(o.origin);
        t.origin = o.origin;
    }
}

void add_task_group(CLI::App* team, Context& ctx) {
    auto* task = team->add_subcommand("task", "tasks given to people: due dates, priorities, estimates, follow-up");
    task->require_subcommand(1);

    auto* add = task->add_subcommand("add", "give someone a task");
    auto title = std::make_shared<std::string>();
    auto o = std::make_shared<TaskOptions>();
    add->add_option("title", *title, "what to do")->required()->type_name("TITLE");
    add_task_options(add, *o, true);
    add->footer("Examples:\n  officectl team task add \"Mailing voorbereiden\" --owner bert --due fri --estimate 2h\n"
                "  officectl team task add \"Aanslagbiljet nakijken\" --owner dirk --due +10d --priority high "
                "--origin mail:IN-2026-0001");
    on_write(add, ctx, [&ctx, title, o](store::Txn& txn) {
        teamwork::Task t;
        t.title = std::string(core::trim(*title));
        t.created = ctx.today();
        apply_task_options(ctx, *o, t);
        auto id = teamwork::add_task(txn, t);
        txn.commit();
        ctx.done(fmt::format("task {} for {}: \"{}\"{}", id, t.assignee, t.title,
                             t.due ? ", due " + core::format_date(*t.due) : ""),
                 std::to_string(id));
    });

    auto* list = task->add_subcommand("list", "tasks: open ones by due date (--status for the others)");
    struct ListOpts {
        std::string who, status = "open";
        bool overdue = false;
    };
    auto lo = std::make_shared<ListOpts>();
    list->add_option("--who", lo->who, "one person's")->type_name(k_handle);
    list->add_flag("--overdue", lo->overdue, "only open tasks past their due date");
    add_choice_option(list, "--status", lo->status, {"open", "done", "all"}, "which tasks", "TASK_STATUS");
    list->footer("Examples:\n  officectl team task list --who bert\n  officectl team task list --overdue\n"
                 "  officectl -o csv team task list --status all");
    on_run(list, ctx, [&ctx, lo] {
        teamwork::TaskFilter f;
        if (!lo->who.empty()) {
            f.who = team::get_member(ctx.db(), lo->who).handle;
        }
        f.overdue = lo->overdue;
        if (lo->status == "open") {
            f.open = true;
        } else if (lo->status == "done") {
            f.open = false;
        }
        ctx.print_table(teamwork::tasks_table(teamwork::list_tasks(ctx.db(), f, ctx.today()), ctx.today()));
    });

    auto* done = task->add_subcommand("done", "mark a task done");
    auto did = std::make_shared<std::string>();
    auto on = std::make_shared<std::string>();
    done->add_option("id", *did, "the task's number")->required()->type_name("ID");
    done->add_option("--on", *on, "the day it was done (default today)")->type_name("DATE");
    done->footer("Examples:\n  officectl team task done 4");
    on_write(done, ctx, [&ctx, did, on](store::Txn& txn) {
        auto t = teamwork::get_task(ctx.db(), task_id_argument(*did));
        if (t.done) {
            throw data_error(fmt::format("task {} was done on {} already", t.id, core::format_date(*t.done)));
        }
        t.done = on->empty() ? ctx.today() : date_option(ctx, "--on", *on);
        teamwork::update_task(txn, t);
        txn.commit();
        ctx.done(fmt::format("done task {}: \"{}\" ({})", t.id, t.title, t.assignee), std::to_string(t.id));
    });

    auto* edit = task->add_subcommand("edit", "change a task");
    auto eid = std::make_shared<std::string>();
    auto eo = std::make_shared<TaskOptions>();
    edit->add_option("id", *eid, "the task's number")->required()->type_name("ID");
    add_task_options(edit, *eo, false);
    edit->footer("Examples:\n  officectl team task edit 4 --due +1w --priority high");
    on_write(edit, ctx, [&ctx, eid, eo](store::Txn& txn) {
        auto t = teamwork::get_task(ctx.db(), task_id_argument(*eid));
        apply_task_options(ctx, *eo, t);
        teamwork::update_task(txn, t);
        txn.commit();
        ctx.done(fmt::format("changed task {}: \"{}\" for {}", t.id, t.title, t.assignee), std::to_string(t.id));
    });

    auto* reassign = task->add_subcommand("reassign", "hand someone's open tasks to someone else (when they fall ill)");
    struct ReOpts {
        std::string from, to, due_before;
    };
    auto ro = std::make_shared<ReOpts>();
    reassign->add_option("person", ro->from, "whose tasks")->required()->type_name(k_handle);
    reassign->add_option("--owner", ro->to, "to whom")->required()->type_name(k_handle);
    reassign->add_option("--due-before", ro->due_before, "only those due before this day")->type_name("DATE");
    reassign->footer("Examples:\n  officectl team task reassign an --owner bert --due-before +1w");
    on_write(reassign, ctx, [&ctx, ro](store::Txn& txn) {
        auto from = team::get_member(ctx.db(), ro->from).handle;
        auto to = team::get_member(ctx.db(), ro->to).handle;
        if (from == to) {
            throw usage_error("the tasks are theirs already: give another --owner");
        }
        teamwork::TaskFilter f;
        f.who = from;
        f.open = true;
        auto tasks = teamwork::list_tasks(ctx.db(), f, ctx.today());
        if (!ro->due_before.empty()) {
            auto limit = date_option(ctx, "--due-before", ro->due_before);
            std::erase_if(tasks, [&](const teamwork::Task& t) { return !t.due || *t.due >= limit; });
        }
        for (auto& t : tasks) {
            t.assignee = to;
            teamwork::update_task(txn, t);
        }
        txn.commit();
        ctx.done(fmt::format("{} open task{} of {} now with {}", tasks.size(), tasks.size() == 1 ? "" : "s", from, to),
                 std::to_string(tasks.size()));
    });
}

void add_workload(CLI::App* team, Context& ctx) {
    auto* workload = team->add_subcommand("workload", "per person: time this week against the tasks due, overloaded first");
    auto week = std::make_shared<std::string>();
    workload->add_option("--week", *week, "an ISO week, a day in it, or next-week (default: this week)")
        ->type_name("WEEK");
    workload->footer("Examples:\n  officectl team workload\n  officectl team workload --week 2026-W50 -o md\n"
                     "Contract hours on working days, less holidays, leave and appointments, against the\n"
                     "estimates of open tasks due by the week's end (overdue ones included).");
    on_run(workload, ctx, [&ctx, week] {
        core::DateRange days;
        try {
            days = core::iso_week_of(week->empty() ? ctx.today() : core::parse_range(*week, ctx.today()).from);
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("--week: {}", e.what()));
        }
        ctx.print_table(teamwork::workload_table(teamwork::workload(ctx.db(), ctx.config().calendar(),
                                                                    ctx.config().work_hours().minutes(), days,
                                                                    ctx.today(), office_zone(ctx))));
    });
}

} // namespace

void add_team_work_commands(CLI::App* team, Context& ctx) {
    add_task_group(team, ctx);
    add_workload(team, ctx);
}

} // namespace officectl::app
