// officectl improve finding add|list|show, plan add|list|show|close,
// action add|done, review, proposal.

#include "cli_choices.hpp"
#include "commands.hpp"
#include "improve_shared.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/improve/improve_plan.hpp"
#include "officectl/improve/improve_rules.hpp"
#include "officectl/improve/improve_store.hpp"
#include "officectl/improve/improve_views.hpp"
#include "officectl/improve/kpi.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {
namespace {

double number_option(const std::string& option, const std::string& text) {
    auto v = core::parse_number(text);
    if (!v) {
        throw usage_error(fmt::format("{}: \"{}\" is not a number", option, text));
    }
    return *v;
}

// `; by 2027-02-28 -> 2027-03-31`, `; target (none) -> 1`
std::string adjustment_text(const improve::Review& r) {
    auto old_value = r.old_value.value_or("");
    return fmt::format("; {} {} -> {}", r.field.value_or(""), old_value.empty() ? "(none)" : old_value,
                       r.new_value.value_or(""));
}

improve::PlanView view_of(Context& ctx, const improve::Plan& p) {
    improve::PlanView v{p, improve::get_finding(ctx.db(), p.finding_id), std::nullopt, std::nullopt,
                        improve::plan_actions(ctx.db(), p.id), improve::list_reviews(ctx.db(), p.id)};
    if (p.indicator) {
        auto indicators = improve::load_indicators(ctx.config());
        for (const auto& i : indicators) {
            if (i.name == *p.indicator) {
                v.indicator = i;
                v.now = indicator_now(ctx, i.name);
            }
        }
    }
    return v;
}

void add_finding_commands(CLI::App* group, Context& ctx) {
    auto* finding = group->add_subcommand("finding", "problems found in a process, with their evidence");
    finding->require_subcommand(1);
    auto* add = finding->add_subcommand("add", "record a finding");
    struct Opts {
        std::string title, process, impact = "medium", evidence, kpi;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("title", o->title, "the problem, in a line")->required()->type_name("TITLE");
    add->add_option("--process", o->process, "the process it is in: aankoop, onthaal, ...")->type_name("PROCESS");
    add_choice_option(add, "--impact", o->impact, improve::impacts, "how much it costs the office", "IMPACT");
    add->add_option("--evidence", o->evidence, "what shows it: figures, cases")->type_name("TEXT");
    add->add_option("--kpi", o->kpi, "the indicator that measures it")->type_name("KPI");
    add->footer("Examples:\n  officectl improve finding add \"Facturen te laat goedgekeurd\" --process aankoop "
                "--impact high --evidence \"12 dagen gemiddeld, 3 aanmaningen in oktober\"");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        improve::Finding f;
        f.title = std::string(core::trim(o->title));
        if (f.title.empty()) {
            throw usage_error("the title is empty");
        }
        f.impact = improve::impacts.parse(o->impact).value(); // the option admits only its words
        f.process = text_option(o->process);
        f.evidence = text_option(o->evidence);
        if (!o->kpi.empty()) {
            f.kpi = improve::find_indicator(improve::load_indicators(ctx.config()), o->kpi).name;
        }
        f.found = ctx.today();
        auto id = improve::add_finding(txn, f);
        txn.commit();
        ctx.done(fmt::format("finding {} \"{}\"", id, f.title), std::to_string(id));
    });
    auto* list = finding->add_subcommand("list", "findings and how many plans each has");
    auto status = std::make_shared<std::string>();
    add_choice_option(list, "--status", *status, improve::finding_statuses, "only findings in this state", "STATUS");
    list->footer("Examples:\n  officectl improve finding list\n  officectl improve finding list --status open");
    on_run(list, ctx, [&ctx, status] {
        ctx.print_table(improve::findings_table(improve::list_findings(ctx.db(), improve::finding_statuses.parse(*status)),
                                                improve::list_plans(ctx.db(), std::nullopt, false)));
    });
    auto* show = finding->add_subcommand("show", "one finding and its plans");
    auto id = std::make_shared<std::string>();
    show->add_option("finding", *id, "the finding's number")->required()->type_name("FINDING");
    show->footer("Examples:\n  officectl improve finding show 1");
    on_run(show, ctx, [&ctx, id] {
        auto f = finding_argument(ctx, *id);
        ctx.print_report(improve::finding_report(f, improve::list_plans(ctx.db(), f.id, false)));
    });
}

void add_plan_add(CLI::App* plan, Context& ctx) {
    auto* add = plan->add_subcommand("add", "a SMART plan for a finding: indicator, baseline, target, deadline, owner");
    struct Opts {
        std::string finding, title, indicator, baseline, target, by, owner, type = "improvement", cost, effect;
        bool draft = false;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("finding", o->finding, "the finding it solves")->required()->type_name("FINDING");
    add->add_option("title", o->title, "what the plan achieves")->required()->type_name("TITLE");
    add->add_option("--indicator", o->indicator, "how it is measured: an indicator's name")->type_name("KPI");
    add->add_option("--baseline", o->baseline, "where it starts (default: the indicator's value now)")->type_name("N");
    add->add_option("--target", o->target, "where it must get")->type_name("N");
    add->add_option("--due", o->by, "the deadline")->type_name("DATE");
    add->add_option("--owner", o->owner, "who answers for it")->type_name(k_handle);
    add_choice_option(add, "--type", o->type, improve::plan_types, "what the plan does", "PLAN_TYPE");
    add->add_option("--cost", o->cost, "what it is expected to cost")->type_name("AMOUNT");
    add->add_option("--effect", o->effect, "the expected effect, in words")->type_name("TEXT");
    add->add_flag("--draft", o->draft, "store it even when it is not SMART yet (marked incomplete)");
    add->footer("Examples:\n  officectl improve plan add 1 \"Goedkeuringstermijn halveren\" --indicator approval_days "
                "--baseline 12 --target 6 --by 2027-03-31 --owner an\n"
                "A plan lacking any of indicator, baseline, target, deadline (ahead) or owner is refused with the "
                "missing parts named.");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        improve::Plan p;
        p.finding_id = finding_argument(ctx, o->finding).id;
        p.title = std::string(core::trim(o->title));
        if (p.title.empty()) {
            throw usage_error("the title is empty");
        }
        p.type = improve::plan_types.parse(o->type).value(); // the option admits only its words
        bool measured_baseline = false;
        if (!o->indicator.empty()) {
            p.indicator = improve::find_indicator(improve::load_indicators(ctx.config()), o->indicator).name;
        }
        if (!o->baseline.empty()) {
            p.baseline = number_option("--baseline", o->baseline);
        } else if (p.indicator) {
            p.baseline = indicator_now(ctx, *p.indicator);
            measured_baseline = p.baseline.has_value();
        }
        if (!o->target.empty()) {
            p.target = number_option("--target", o->target);
        }
        if (!o->by.empty()) {
            p.by = date_option(ctx, "--by", o->by);
        }
        if (!o->owner.empty()) {
            p.owner = team::get_member(ctx.db(), o->owner).handle;
        }
        if (!o->cost.empty()) {
            p.cost = money_option(ctx, "--cost", o->cost);
        }
        p.effect = text_option(o->effect);
        p.draft = o->draft;
        auto id = improve::create_plan(txn, p, ctx.today());
        txn.commit();
        auto stored = improve::get_plan(ctx.db(), id);
        if (measured_baseline) {
            ctx.note(fmt::format("baseline {} measured now ({})", improve::format_number(*p.baseline), *p.indicator));
        }
        ctx.done(fmt::format("plan {} \"{}\" for finding {}{}", id, p.title, p.finding_id,
                             stored.draft ? " (draft: not SMART yet, see `improve plan show`)" : ""),
                 std::to_string(id));
    });
}

void add_plan_commands(CLI::App* group, Context& ctx) {
    auto* plan = group->add_subcommand("plan", "SMART action plans: progress, actions, adjustments");
    plan->require_subcommand(1);
    add_plan_add(plan, ctx);
    auto* list = plan->add_subcommand("list", "open plans (--all: closed ones too)");
    auto all = std::make_shared<bool>(false);
    list->add_flag("--all", *all, "closed plans too");
    list->footer("Examples:\n  officectl improve plan list");
    on_run(list, ctx, [&ctx, all] { ctx.print_table(improve::plans_table(improve::list_plans(ctx.db(), std::nullopt, !*all))); });
    auto* show = plan->add_subcommand("show", "one plan: the indicator from baseline toward target, actions, adjustments");
    auto id = std::make_shared<std::string>();
    show->add_option("plan", *id, "the plan's number")->required()->type_name("PLAN");
    show->footer("Examples:\n  officectl improve plan show 1");
    on_run(show, ctx, [&ctx, id] { ctx.print_report(improve::plan_report(view_of(ctx, plan_argument(ctx, *id)), ctx.today())); });
    auto* close = plan->add_subcommand("close", "the plan is carried out; its finding is solved when no plan of it stays open");
    auto close_id = std::make_shared<std::string>();
    close->add_option("plan", *close_id, "the plan's number")->required()->type_name("PLAN");
    close->footer("Examples:\n  officectl improve plan close 1");
    on_write(close, ctx, [&ctx, close_id](store::Txn& txn) {
        auto p = plan_argument(ctx, *close_id);
        improve::close_plan(txn, p, ctx.today());
        txn.commit();
        ctx.done(fmt::format("plan {} closed; finding {} is {}", p.id, p.finding_id,
                             improve::finding_statuses.name(improve::get_finding(ctx.db(), p.finding_id).status)),
                 std::to_string(p.id));
    });
}

void add_action_commands(CLI::App* group, Context& ctx) {
    auto* action = group->add_subcommand("action", "a plan's concrete activities, as team tasks");
    action->require_subcommand(1);
    auto* add = action->add_subcommand("add", "an action of a plan: a task of its owner (team task list shows it)");
    struct Opts {
        std::string plan, title, owner, due;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("plan", o->plan, "the plan")->required()->type_name("PLAN");
    add->add_option("title", o->title, "what to do")->required()->type_name("TITLE");
    add->add_option("--owner", o->owner, "who does it")->required()->type_name(k_handle);
    add->add_option("--due", o->due, "by when")->type_name("DATE");
    add->footer("Examples:\n  officectl improve action add 1 \"Goedkeuring per mail invoeren\" --owner bert --due +2w");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        auto p = plan_argument(ctx, o->plan);
        auto title = std::string(core::trim(o->title));
        if (title.empty()) {
            throw usage_error("the title is empty");
        }
        auto owner = team::get_member(ctx.db(), o->owner).handle;
        auto due = o->due.empty() ? std::nullopt : std::optional(date_option(ctx, "--due", o->due));
        auto id = improve::add_action(txn, p, title, owner, due, ctx.today());
        txn.commit();
        ctx.done(fmt::format("action (task {}) \"{}\" for {} on plan {}", id, title, owner, p.id), std::to_string(id));
    });
    auto* done = action->add_subcommand("done", "an action is carried out");
    auto task = std::make_shared<std::string>();
    done->add_option("task", *task, "the action's task number")->required()->type_name("TASK");
    done->footer("Examples:\n  officectl improve action done 14");
    on_write(done, ctx, [&ctx, task](store::Txn& txn) {
        auto id = id_argument(*task, "task", "improve plan show PLAN");
        auto a = improve::finish_action(txn, id, ctx.today());
        txn.commit();
        ctx.done(fmt::format("action {} \"{}\" done (plan {})", id, a.title, a.plan_id), std::to_string(id));
    });
}

void add_review_command(CLI::App* group, Context& ctx) {
    auto* review = group->add_subcommand("review", "review a plan: a note, the indicator now, and any adjustment with why");
    struct Opts {
        std::string plan, note, adjust;
    };
    auto o = std::make_shared<Opts>();
    review->add_option("plan", o->plan, "the plan")->required()->type_name("PLAN");
    review->add_option("--note", o->note, "what was seen, and why anything changes")->required()->type_name("TEXT");
    review->add_option("--adjust", o->adjust, "target=5, by=2027-06-30, baseline=11, owner=bert or indicator=NAME")
        ->type_name("FIELD=VALUE");
    review->footer("Examples:\n  officectl improve review 1 --note \"eerste maand: 9 dagen\"\n"
                   "  officectl improve review 1 --note \"leverancier traag, termijn verschuift\" --adjust by=2027-06-30\n"
                   "Every adjustment is kept with its reason and the old and new value (improve plan show).");
    on_write(review, ctx, [&ctx, o](store::Txn& txn) {
        auto p = plan_argument(ctx, o->plan);
        auto adjustment = o->adjust.empty() ? std::nullopt : std::optional(improve::parse_adjustment(o->adjust));
        if (adjustment && adjustment->first == "indicator") {
            adjustment->second = improve::find_indicator(improve::load_indicators(ctx.config()), adjustment->second).name;
        }
        auto measured = p.indicator ? indicator_now(ctx, *p.indicator) : std::nullopt;
        auto now = improve::review_plan(txn, p, std::string(core::trim(o->note)), adjustment, measured, ctx.today());
        txn.commit();
        ctx.done(fmt::format("plan {} reviewed{}{}", p.id,
                             measured ? fmt::format(" ({} now {})", *p.indicator, improve::format_number(*measured)) : "",
                             adjustment ? adjustment_text(improve::list_reviews(ctx.db(), p.id).back()) : ""),
                 std::to_string(now.id));
    });
}

void add_proposal_command(CLI::App* group, Context& ctx) {
    auto* proposal = group->add_subcommand("proposal", "the proposal for management: problem, evidence, plan, effect, cost");
    auto id = std::make_shared<std::string>();
    proposal->add_option("plan", *id, "the plan")->required()->type_name("PLAN");
    proposal->footer("Examples:\n  officectl improve proposal 1 -o md > voorstel.md");
    on_run(proposal, ctx, [&ctx, id] {
        ctx.print_report(improve::proposal_report(view_of(ctx, plan_argument(ctx, *id)), ctx.today()));
    });
}

} // namespace

void add_improve_plan_commands(CLI::App* improve, Context& ctx) {
    add_finding_commands(improve, ctx);
    add_plan_commands(improve, ctx);
    add_action_commands(improve, ctx);
    add_review_command(improve, ctx);
    add_proposal_command(improve, ctx);
}

} // namespace officectl::app
