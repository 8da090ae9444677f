// officectl event add | list | show | edit | rm | debrief | budget, the plan
// (cli_event_plan.cpp) and suppliers, guests and invitations (cli_event_people.cpp).

#include "commands.hpp"
#include "event_shared.hpp"

#include "officectl/budget/budget_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/event/event_kinds.hpp"
#include "officectl/event/event_plan.hpp"
#include "officectl/event/event_views.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {

event::Event event_argument(Context& ctx, const std::string& text) {
    return event::get_event(ctx.db(), id_argument(text, "event", "event list"));
}

namespace {

void add_add(CLI::App* group, Context& ctx) {
    auto* add = group->add_subcommand("add", "an event; a kind brings its plan and formalities, counted back from the day");
    struct Opts {
        std::string title, date, kind, goal, audience, where, line, owner;
        int guests = -1;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("title", o->title, "what it is: \"Nieuwjaarsreceptie\"")->required()->type_name("TITLE");
    add->add_option("--date", o->date, "the day")->required()->type_name("DATE");
    add->add_option("--kind", o->kind, "reception, seminar or a kind from config: brings its plan")->type_name("EVENT_KIND");
    add->add_option("--goal", o->goal, "what it must achieve")->type_name("TEXT");
    add->add_option("--audience", o->audience, "for whom")->type_name("TEXT");
    add->add_option("--guests", o->guests, "how many guests are expected")->type_name("N");
    add->add_option("--where", o->where, "the venue")->type_name("PLACE");
    add->add_option("--line", o->line, "the budget line its costs go to")->type_name("LINE");
    add->add_option("--owner", o->owner, "who runs it: the plan's tasks are theirs")->type_name(k_handle);
    add->footer("Examples:\n  officectl event add Nieuwjaarsreceptie --date 2027-01-15 --kind reception --owner bert "
                "--goal \"klanten bedanken\" --guests 120 --where \"Kasteel van Gaasbeek\"\n"
                "Each step of the kind's plan is due its offset before the day, moved back onto a working day.");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        event::Event e;
        e.title = std::string(core::trim(o->title));
        if (e.title.empty()) {
            throw usage_error("the title is empty");
        }
        e.date = date_option(ctx, "--date", o->date);
        e.goal = text_option(o->goal);
        e.audience = text_option(o->audience);
        e.place = text_option(o->where);
        if (o->guests >= 0) {
            e.guests = o->guests;
        }
        if (!o->line.empty()) {
            e.line_id = budget::find_line(ctx.db(), o->line).id;
        }
        if (!o->owner.empty()) {
            e.owner = team::get_member(ctx.db(), o->owner).handle;
        }
        std::optional<event::Kind> kind;
        if (!o->kind.empty()) {
            auto kinds = event::load_event_kinds(ctx.config());
            auto it = kinds.find(core::to_lower(core::trim(o->kind)));
            if (it == kinds.end()) {
                std::vector<std::string> names;
                for (const auto& [name, k] : kinds) {
                    names.push_back(name);
                }
                throw usage_error(fmt::format("--kind: no kind \"{}\" ({}; add one as [event.kind.NAME] in config)",
                                              o->kind, core::join(names, ", ")));
            }
            kind = it->second;
            e.kind = it->first;
        }
        e.id = event::add_event(txn, e);
        int steps = kind ? event::apply_kind(txn, e, *kind, ctx.config().calendar(), ctx.today()) : 0;
        txn.commit();
        if (e.kind) {
            if (auto last = event::last_with_lessons(ctx.db(), *e.kind, e.date)) {
                ctx.note(fmt::format("lessons from {} ({}): {}", last->title, core::format_date(last->date), *last->lessons));
            }
        }
        ctx.done(fmt::format("event {} \"{}\" on {}{}", e.id, e.title, core::format_date(e.date),
                             steps > 0 ? fmt::format(": {} tasks planned for {} (see `officectl event plan {}`)", steps,
                                                     *e.owner, e.id)
                                       : ""),
                 std::to_string(e.id));
    });
}

void add_list(CLI::App* group, Context& ctx) {
    auto* list = group->add_subcommand("list", "events from today on (--all: past ones too)");
    auto all = std::make_shared<bool>(false);
    list->add_flag("--all", *all, "past events too");
    list->footer("Examples:\n  officectl event list\n  officectl event list --all -o csv");
    on_run(list, ctx, [&ctx, all] {
        auto events = *all ? event::list_events(ctx.db()) : event::list_events(ctx.db(), ctx.today());
        ctx.print_table(event::events_table(ctx.db(), events, ctx.today()));
    });
}

void add_show(CLI::App* group, Context& ctx) {
    auto* show = group->add_subcommand("show", "one event: concept, plan, suppliers, RSVPs, debrief or last time's lessons");
    auto id = std::make_shared<std::string>();
    show->add_option("event", *id, "the event's number")->required()->type_name("EVENT");
    show->footer("Examples:\n  officectl event show 1");
    on_run(show, ctx, [&ctx, id] {
        ctx.print_report(event::event_report(ctx.db(), event_argument(ctx, *id), ctx.today()));
    });
}

void add_edit(CLI::App* group, Context& ctx) {
    auto* edit = group->add_subcommand("edit", "change an event: a new day moves its plan, a new owner takes its open tasks");
    struct Opts {
        std::string event, title, date, goal, audience, where, line, owner;
        int guests = -1;
    };
    auto o = std::make_shared<Opts>();
    edit->add_option("event", o->event, "the event's number")->required()->type_name("EVENT");
    edit->add_option("--title", o->title, "what it is")->type_name("TITLE");
    edit->add_option("--date", o->date, "the day: the plan's open tasks move with it")->type_name("DATE");
    edit->add_option("--goal", o->goal, "what it must achieve")->type_name("TEXT");
    edit->add_option("--audience", o->audience, "for whom")->type_name("TEXT");
    edit->add_option("--guests", o->guests, "how many guests are expected")->type_name("N");
    edit->add_option("--where", o->where, "the venue")->type_name("PLACE");
    edit->add_option("--line", o->line, "the budget line its costs go to")->type_name("LINE");
    edit->add_option("--owner", o->owner, "who runs it: takes over the open tasks the previous owner had")
        ->type_name(k_handle);
    edit->footer("Examples:\n  officectl event edit 1 --date 2027-01-22 --where \"Kasteel van Gaasbeek\"\n"
                 "  officectl event edit 1 --owner an --guests 140");
    on_write(edit, ctx, [&ctx, o, edit](store::Txn& txn) {
        static const char* const fields[] = {"--title", "--date",  "--goal", "--audience",
                                             "--guests", "--where", "--line", "--owner"};
        bool any = false;
        for (const auto* f : fields) {
            any = any || edit->count(f) > 0;
        }
        if (!any) {
            throw usage_error("give what to change: --title, --date, --goal, --audience, --guests, --where, --line "
                              "or --owner");
        }
        auto was = event::get_event(txn.db(), id_argument(o->event, "event", "event list"));
        auto e = was;
        if (edit->count("--title") > 0) {
            e.title = std::string(core::trim(o->title));
            if (e.title.empty()) {
                throw data_error("--title: the title is empty");
            }
        }
        if (edit->count("--date") > 0) {
            e.date = date_option(ctx, "--date", o->date);
        }
        if (edit->count("--goal") > 0) {
            e.goal = text_option(o->goal);
        }
        if (edit->count("--audience") > 0) {
            e.audience = text_option(o->audience);
        }
        if (edit->count("--guests") > 0) {
            if (o->guests < 0) {
                throw data_error("--guests: a number of 0 or more");
            }
            e.guests = o->guests;
        }
        if (edit->count("--where") > 0) {
            e.place = text_option(o->where);
        }
        if (edit->count("--line") > 0) {
            e.line_id = o->line.empty() ? std::nullopt : std::optional(budget::find_line(txn.db(), o->line).id);
        }
        if (edit->count("--owner") > 0) {
            e.owner = team::get_member(txn.db(), o->owner).handle;
        }
        event::check_line_change(txn.db(), was, e);
        event::update_event(txn, e);
        int moved = event::replan_event(txn, was, e, ctx.config().calendar());
        txn.commit();
        ctx.done(fmt::format("event {} \"{}\" on {} changed{}", e.id, e.title, core::format_date(e.date),
                             moved > 0 ? fmt::format("; {} task{} of its plan followed", moved, moved == 1 ? "" : "s")
                                       : ""),
                 std::to_string(e.id));
    });
}

void add_rm(CLI::App* group, Context& ctx) {
    auto* rm = group->add_subcommand("rm", "remove an event; one with a plan, suppliers or guests only with --force");
    struct Opts {
        std::string event;
        bool force = false;
    };
    auto o = std::make_shared<Opts>();
    rm->add_option("event", o->event, "the event's number")->required()->type_name("EVENT");
    rm->add_flag("--force", o->force, "also remove its plan's tasks, its suppliers and its guests");
    rm->footer("With --force the plan's team tasks, the suppliers (their open commitments cancelled; an\n"
               "invoiced one stays in the budget's books) and the guests go with the event.\n"
               "Examples:\n  officectl event rm 2\n  officectl event rm 1 --force");
    on_write(rm, ctx, [&ctx, o](store::Txn& txn) {
        auto e = event::get_event(txn.db(), id_argument(o->event, "event", "event list"));
        auto contents = event::contents_of(txn.db(), e);
        if (!contents.empty() && !o->force) {
            throw data_error(fmt::format("event {} \"{}\" has {}: `officectl event rm {} --force` removes them with it",
                                         e.id, e.title, event::describe_contents(contents), e.id));
        }
        event::remove_planned_event(txn, e);
        txn.commit();
        ctx.done(fmt::format("removed event {} \"{}\"{}", e.id, e.title,
                             contents.empty() ? "" : " with its " + event::describe_contents(contents)),
                 std::to_string(e.id));
        if (contents.invoiced > 0) {
            ctx.note(fmt::format("{} invoiced commitment{} stay{} on the budget line", contents.invoiced,
                                 contents.invoiced == 1 ? "" : "s", contents.invoiced == 1 ? "s" : ""));
        }
    });
}

void add_budget(CLI::App* group, Context& ctx) {
    auto* budget = group->add_subcommand("budget", "planned against actual costs per kind (the suppliers' roles)");
    auto id = std::make_shared<std::string>();
    budget->add_option("event", *id, "the event's number")->required()->type_name("EVENT");
    budget->footer("Examples:\n  officectl event budget 1 -o md");
    on_run(budget, ctx, [&ctx, id] { ctx.print_report(event::budget_report(ctx.db(), event_argument(ctx, *id))); });
}

void add_debrief(CLI::App* group, Context& ctx) {
    auto* debrief = group->add_subcommand("debrief", "after the day: turnout, evaluation, lessons kept for next time");
    struct Opts {
        std::string event, note, lessons;
        int turnout = -1;
    };
    auto o = std::make_shared<Opts>();
    debrief->add_option("event", o->event, "the event's number")->required()->type_name("EVENT");
    debrief->add_option("--note", o->note, "the evaluation")->type_name("TEXT");
    debrief->add_option("--turnout", o->turnout, "how many came")->type_name("N");
    debrief->add_option("--lessons", o->lessons, "what to do differently: shown when the next event of its kind is added")
        ->type_name("TEXT");
    debrief->footer("Examples:\n  officectl event debrief 1 --turnout 104 --note \"geslaagd\" "
                    "--lessons \"catering 15 min vroeger laten starten\"");
    on_write(debrief, ctx, [&ctx, o](store::Txn& txn) {
        auto e = event_argument(ctx, o->event);
        if (e.date > ctx.today()) {
            throw data_error(fmt::format("{} is on {}: a debrief comes after the day", e.title, core::format_date(e.date)));
        }
        if (o->note.empty() && o->lessons.empty() && o->turnout < 0) {
            throw usage_error("give --note, --turnout or --lessons");
        }
        if (!o->note.empty()) {
            e.evaluation = o->note;
        }
        if (!o->lessons.empty()) {
            e.lessons = o->lessons;
        }
        if (o->turnout >= 0) {
            e.turnout = o->turnout;
        }
        event::update_event(txn, e);
        txn.commit();
        ctx.done(fmt::format("debrief of event {} \"{}\" kept", e.id, e.title), std::to_string(e.id));
    });
}

} // namespace

void add_event_commands(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("event", "company events: the plan back from the day, suppliers, guests, debrief");
    group->require_subcommand(1);
    add_add(group, ctx);
    add_list(group, ctx);
    add_show(group, ctx);
    add_edit(group, ctx);
    add_rm(group, ctx);
    add_event_plan_commands(group, ctx);
    add_event_people_commands(group, ctx);
    add_budget(group, ctx);
    add_debrief(group, ctx);
}

} // namespace officectl::app
