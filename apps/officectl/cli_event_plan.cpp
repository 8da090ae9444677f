// officectl event task add | done | list, event plan

#include "commands.hpp"
#include "event_shared.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/event/event_plan.hpp"
#include "officectl/event/event_rules.hpp"
#include "officectl/event/event_views.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/teamwork/task_store.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {
namespace {

void add_task_commands(CLI::App* group, Context& ctx) {
    auto* task = group->add_subcommand("task", "the event's tasks: team tasks in its plan");
    task->require_subcommand(1);
    auto* add = task->add_subcommand("add", "a task due on a date or at an offset from the day");
    struct Opts {
        std::string event, title, due, at, owner;
        bool formality = false;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("event", o->event, "the event's number")->required()->type_name("EVENT");
    add->add_option("title", o->title, "what to do")->required()->type_name("TITLE");
    add->add_option("--due", o->due, "its due date")->type_name("DATE");
    add->add_option("--offset", o->at, "its offset from the day: -14d, -2w (moved back onto a working day)")
        ->type_name("OFFSET");
    add->add_option("--owner", o->owner, "who does it (default: the event's owner)")->type_name(k_handle);
    add->add_flag("--formality", o->formality, "a formality (permit, insurance, music rights)");
    add->footer("Examples:\n  officectl event task add 1 \"Fotograaf boeken\" --offset -21d --owner chloe\n"
                "  officectl event task add 1 \"Vergunning gemeente\" --due 2026-12-10 --formality");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        auto e = event_argument(ctx, o->event);
        if (o->due.empty() == o->at.empty()) {
            throw usage_error("give --due DATE or --at OFFSET");
        }
        auto owner = o->owner.empty() ? e.owner : std::optional(team::get_member(ctx.db(), o->owner).handle);
        if (!owner) {
            throw usage_error(fmt::format("who does it? --owner HANDLE (event {} has no owner)", e.id));
        }
        std::optional<int> offset;
        core::Date due;
        if (!o->at.empty()) {
            try {
                offset = event::parse_offset_days(o->at);
            } catch (const Error& err) {
                throw usage_error(fmt::format("--at: {}", err.what()));
            }
            due = event::plan_due(e.date, *offset, ctx.config().calendar());
        } else {
            due = date_option(ctx, "--due", o->due);
        }
        auto title = std::string(core::trim(o->title));
        if (title.empty()) {
            throw usage_error("the title is empty");
        }
        auto id = event::add_event_task(txn, e, title, *owner, due, offset,
                                        o->formality ? event::StepKind::formality : event::StepKind::task, ctx.today());
        txn.commit();
        ctx.done(fmt::format("task {} for {} due {}{}", id, *owner, core::format_date(due),
                             due < ctx.today() ? " (late already)" : ""),
                 std::to_string(id));
    });
    auto* done = task->add_subcommand("done", "mark a task of the plan done");
    auto id = std::make_shared<std::string>();
    done->add_option("task", *id, "the task's number (see `event plan`)")->required()->type_name("TASK");
    done->footer("Examples:\n  officectl event task done 12");
    on_write(done, ctx, [&ctx, id](store::Txn& txn) {
        auto t = teamwork::get_task(ctx.db(), id_argument(*id, "task", "event plan EVENT"));
        if (!event::event_of_task(ctx.db(), t.id)) {
            throw data_error(fmt::format("task {} is no event task (see `officectl team task done`)", t.id));
        }
        if (t.done) {
            throw data_error(fmt::format("task {} was done on {}", t.id, core::format_date(*t.done)));
        }
        t.done = ctx.today();
        teamwork::update_task(txn, t);
        txn.commit();
        ctx.done(fmt::format("task {} \"{}\" done", t.id, t.title), std::to_string(t.id));
    });
    auto* list = task->add_subcommand("list", "the event's tasks by due date (as `event plan`, as a table)");
    auto which = std::make_shared<std::string>();
    list->add_option("event", *which, "the event's number")->required()->type_name("EVENT");
    list->footer("Examples:\n  officectl event task list 1 -o csv");
    on_run(list, ctx, [&ctx, which] {
        ctx.print_table(event::plan_table(ctx.db(), event_argument(ctx, *which), ctx.today()));
    });
}

void add_plan(CLI::App* group, Context& ctx) {
    auto* plan = group->add_subcommand("plan", "the backward plan as a timeline: offsets, due days, status, late marked");
    auto id = std::make_shared<std::string>();
    plan->add_option("event", *id, "the event's number")->required()->type_name("EVENT");
    plan->footer("Examples:\n  officectl event plan 1\n  officectl event plan 1 -o md > plan.md");
    on_run(plan, ctx, [&ctx, id] { ctx.print_report(event::plan_report(ctx.db(), event_argument(ctx, *id), ctx.today())); });
}

} // namespace

void add_event_plan_commands(CLI::App* group, Context& ctx) {
    add_task_commands(group, ctx);
    add_plan(group, ctx);
}

} // namespace officectl::app
