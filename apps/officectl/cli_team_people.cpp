// officectl team skill set | skills | training add | list | done | review log | list | due | onboard | onboarding

#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/period.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/teamwork/development_store.hpp"
#include "officectl/teamwork/development_views.hpp"
#include "officectl/teamwork/onboarding.hpp"
#include "officectl/teamwork/teamwork_settings.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {
namespace {

teamwork::TeamSettings team_settings(Context& ctx) { return teamwork::load_team_settings(ctx.config()); }

void add_skills(CLI::App* team, Context& ctx) {
    auto* skill = team->add_subcommand("skill", "record someone's skill levels (0 none .. 4 expert)");
    skill->require_subcommand(1);
    auto* set = skill->add_subcommand("set", "set levels: excel=3 frans=4");
    auto who = std::make_shared<std::string>();
    auto levels = std::make_shared<std::vector<std::string>>();
    auto day = std::make_shared<std::string>();
    set->add_option("who", *who, "the person's handle")->required()->type_name(k_handle);
    set->add_option("levels", *levels, "skill=level pairs, 0 to 4")->required()->type_name("SKILL=LEVEL");
    set->add_option("--date", *day, "when it was assessed (default today)")->type_name("DATE");
    set->footer("Examples:\n  officectl team skill set bert excel=3 frans=4\n  officectl team skill set an word=4 --date 2026-06-30");
    on_write(set, ctx, [&ctx, who, levels, day](store::Txn& txn) {
        auto handle = team::get_member(ctx.db(), *who).handle;
        auto date = day->empty() ? ctx.today() : date_option(ctx, "--date", *day);
        std::vector<std::string> said;
        for (const auto& text : *levels) {
            auto [name, level] = teamwork::parse_skill_level(text);
            teamwork::set_skill(txn, {handle, name, level, date});
            said.push_back(fmt::format("{}={}", name, level));
        }
        txn.commit();
        ctx.done(fmt::format("{}: {} (as of {})", handle, core::join(said, " "), core::format_date(date)), handle);
    });

    auto* skills = team->add_subcommand("skills", "the skills matrix: people by skills, against their role's levels");
    auto gaps = std::make_shared<bool>(false);
    skills->add_flag("--gaps", *gaps, "only where someone is below what their role needs (level<required)");
    skills->footer("Examples:\n  officectl team skills\n  officectl team skills --gaps -o md\n"
                   "Required levels per role come from [team.required] in the config.");
    on_run(skills, ctx, [&ctx, gaps] {
        ctx.print_table(teamwork::skills_matrix(ctx.db(), team_settings(ctx), ctx.today(), *gaps));
    });
}

void add_training(CLI::App* team, Context& ctx) {
    auto* training = team->add_subcommand("training", "training planned and followed");
    training->require_subcommand(1);
    auto* add = training->add_subcommand("add", "plan or record a training");
    struct Opts {
        std::string who, title, date, provider, cost, status = "planned";
    };
    auto o = std::make_shared<Opts>();
    add->add_option("who", o->who, "the person's handle")->required()->type_name(k_handle);
    add->add_option("title", o->title, "the training")->required()->type_name("TITLE");
    add->add_option("--date", o->date, "when")->type_name("DATE");
    add->add_option("--provider", o->provider, "who gives it")->type_name("NAME");
    add->add_option("--cost", o->cost, "what it costs: 450, 1.250,00")->type_name("AMOUNT");
    add_choice_option(add, "--status", o->status, teamwork::training_statuses, "whether it took place", "TRAINING_STATUS");
    add->footer("Examples:\n  officectl team training add bert \"Excel gevorderd\" --date 2027-02-10 --provider Syntra --cost 450");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        teamwork::Training t;
        t.who = team::get_member(ctx.db(), o->who).handle;
        t.title = o->title;
        if (!o->date.empty()) {
            t.date = date_option(ctx, "--date", o->date);
        }
        if (!o->provider.empty()) {
            t.provider = o->provider;
        }
        if (!o->cost.empty()) {
            t.cost = money_option(ctx, "--cost", o->cost);
        }
        t.status = teamwork::training_statuses.parse(o->status).value(); // the option admits only its words
        auto id = teamwork::add_training(txn, t);
        txn.commit();
        ctx.done(fmt::format("training {} for {}: \"{}\" ({})", id, t.who, t.title, o->status), std::to_string(id));
    });
    auto* list = training->add_subcommand("list", "training, by date");
    auto who = std::make_shared<std::string>();
    list->add_option("--who", *who, "one person's")->type_name(k_handle);
    list->footer("Examples:\n  officectl team training list --who bert");
    on_run(list, ctx, [&ctx, who] {
        std::optional<std::string> h;
        if (!who->empty()) {
            h = team::get_member(ctx.db(), *who).handle;
        }
        ctx.print_table(teamwork::training_table(teamwork::list_training(ctx.db(), h)));
    });
    auto* done = training->add_subcommand("done", "mark a training followed");
    auto id = std::make_shared<std::int64_t>(0);
    done->add_option("id", *id, "its number")->required()->type_name("N");
    done->footer("Examples:\n  officectl team training done 2");
    on_write(done, ctx, [&ctx, id](store::Txn& txn) {
        auto t = teamwork::get_training(ctx.db(), *id);
        if (t.status == teamwork::TrainingStatus::done) {
            throw data_error(fmt::format("training {} is done already", t.id));
        }
        t.status = teamwork::TrainingStatus::done;
        if (!t.date) {
            t.date = ctx.today();
        }
        teamwork::update_training(txn, t);
        txn.commit();
        ctx.done(fmt::format("training {} done: {} \"{}\"", t.id, t.who, t.title), std::to_string(t.id));
    });
}

void add_reviews(CLI::App* team, Context& ctx) {
    auto* review = team->add_subcommand("review", "planning, functioning and evaluation interviews");
    review->require_subcommand(1);
    auto* log = review->add_subcommand("log", "record an interview (its notes are confidential)");
    struct Opts {
        std::string who, kind, date, notes;
    };
    auto o = std::make_shared<Opts>();
    log->add_option("who", o->who, "the person's handle")->required()->type_name(k_handle);
    log->add_option("--kind", o->kind, "planning, functioning, evaluation (or a kind from [team.review])")
        ->required()
        ->type_name("REVIEW_KIND");
    log->add_option("--date", o->date, "when (default today)")->type_name("DATE");
    log->add_option("--notes", o->notes, "what was said (shown only with --show-confidential)")->type_name("TEXT");
    log->footer("Examples:\n  officectl team review log bert --kind functioning --date 2026-11-20 --notes \"...\"");
    on_write(log, ctx, [&ctx, o](store::Txn& txn) {
        auto settings = team_settings(ctx);
        if (!settings.review_cycles.count(o->kind)) {
            std::vector<std::string> kinds;
            for (const auto& [k, c] : settings.review_cycles) {
                kinds.push_back(k);
            }
            throw data_error(fmt::format("--kind: unknown interview \"{}\" (expected {})", o->kind, core::join(kinds, ", ")));
        }
        teamwork::Review r;
        r.who = team::get_member(ctx.db(), o->who).handle;
        r.kind = o->kind;
        r.date = o->date.empty() ? ctx.today() : date_option(ctx, "--date", o->date);
        if (!o->notes.empty()) {
            r.notes = o->notes;
        }
        auto id = teamwork::add_review(txn, r);
        txn.commit();
        ctx.done(fmt::format("{} interview {} with {} on {}", r.kind, id, r.who, core::format_date(r.date)),
                 std::to_string(id));
    });
    auto* list = review->add_subcommand("list", "interviews held, newest first");
    auto who = std::make_shared<std::string>();
    list->add_option("--who", *who, "one person's")->type_name(k_handle);
    list->footer("Examples:\n  officectl team review list --who bert\n  officectl --show-confidential team review list");
    on_run(list, ctx, [&ctx, who] {
        std::optional<std::string> h;
        if (!who->empty()) {
            h = team::get_member(ctx.db(), *who).handle;
        }
        ctx.print_table(teamwork::reviews_table(teamwork::list_reviews(ctx.db(), h)));
    });
    auto* due = review->add_subcommand("due", "interviews due (a cycle after the last, or after the start)");
    auto within = std::make_shared<std::string>("60d");
    due->add_option("--within", *within, "how far ahead (default 60d); overdue ones always")->type_name("PERIOD");
    due->footer("Examples:\n  officectl team review due\n  officectl team review due --within 3m -o csv");
    on_run(due, ctx, [&ctx, within] {
        auto p = period_option("--within", *within);
        auto rows = teamwork::reviews_due(ctx.db(), team_settings(ctx), ctx.today(), core::add_period(ctx.today(), p));
        ctx.print_table(teamwork::reviews_due_table(rows, ctx.today()));
    });
}

void add_onboarding(CLI::App* team, Context& ctx) {
    auto* onboard = team->add_subcommand("onboard", "turn the onboarding checklist of someone's role into their tasks");
    auto who = std::make_shared<std::string>();
    onboard->add_option("who", *who, "the new colleague's handle")->required()->type_name(k_handle);
    onboard->footer("Examples:\n  officectl team onboard fien\n"
                    "The checklist is [[team.onboarding]] in the config: role, task, after (due after the start).");
    on_write(onboard, ctx, [&ctx, who](store::Txn& txn) {
        auto settings = team_settings(ctx);
        if (settings.onboarding.empty()) {
            throw config_error("no onboarding checklist: add [[team.onboarding]] steps to the config (see officectl.toml(5))");
        }
        auto m = team::get_member(ctx.db(), *who);
        auto made = teamwork::onboard(txn, settings, m, ctx.today());
        txn.commit();
        ctx.done(fmt::format("{} onboarding task{} for {}{}", made.size(), made.size() == 1 ? "" : "s", m.handle,
                             made.empty() ? " (all there already)" : ""),
                 std::to_string(made.size()));
    });
    auto* progress = team->add_subcommand("onboarding", "how far new colleagues are with their onboarding");
    auto all = std::make_shared<bool>(false);
    progress->add_flag("--all", *all, "those who finished too");
    progress->footer("Examples:\n  officectl team onboarding");
    on_run(progress, ctx, [&ctx, all] {
        ctx.print_table(teamwork::onboarding_table(teamwork::onboarding_progress(ctx.db(), ctx.today(), *all)));
    });
}

} // namespace

void add_team_people_commands(CLI::App* team, Context& ctx) {
    add_skills(team, ctx);
    add_training(team, ctx);
    add_reviews(team, ctx);
    add_onboarding(team, ctx);
}

} // namespace officectl::app
