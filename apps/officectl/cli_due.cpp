// officectl due [--within 14d] [--who H] and officectl search "text": the views across all domains.

#include "commands.hpp"

#include "officectl/core/error.hpp"
#include "officectl/report/due.hpp"
#include "officectl/report/search.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {

void add_due_command(CLI::App& app, Context& ctx) {
    auto* due = app.add_subcommand("due", "everything that needs action, across domains: overdue first, then by date");
    struct Opts {
        std::string within = "14d", who;
    };
    auto o = std::make_shared<Opts>();
    due->add_option("--within", o->within, "how far ahead (default 14d; 2w, 1m)")->type_name("PERIOD");
    due->add_option("--who", o->who, "only what this person acts on")->type_name(k_handle);
    due->footer("Examples:\n  officectl due\n  officectl due --within 1m --who bert\n  officectl due -o md\n"
                "Lists mail follow-ups and note actions, contract notices, term ends and obligations, dossier "
                "retention,\ninterviews, leave requests to decide (their manager), tasks (event tasks and plan actions "
                "carry\ntheir domain), meeting decisions and actions. Items without a due date are not listed.");
    on_run(due, ctx, [&ctx, o] {
        auto until = core::add_period(ctx.today(), period_option("--within", o->within));
        std::optional<std::string> who;
        if (!o->who.empty()) {
            who = team::get_member(ctx.db(), o->who).handle;
        }
        ctx.print_table(report::due_table(report::due_items(ctx.db(), ctx.config(), ctx.today(), until, who), ctx.today()));
    });
}

void add_search_command(CLI::App& app, Context& ctx) {
    auto* search = app.add_subcommand("search", "one search across mail, notes, dossiers, contracts, relations, tasks, "
                                                "events, trips and findings");
    struct Opts {
        std::string text;
        int limit = 20;
    };
    auto o = std::make_shared<Opts>();
    search->add_option("text", o->text, "the words (all must occur); mail also takes from:, to:, subject:, tag:, date:A..B")
        ->required()->type_name("QUERY");
    search->add_option("--limit", o->limit, "at most this many hits per domain (default 20)")
        ->type_name("N")->check(CLI::Range(1, 100000));
    search->footer("Examples:\n  officectl search ricoh\n  officectl search \"onderhoud lift\" -o json\n"
                   "Confidential mail bodies and dossiers are searched only with --show-confidential.");
    on_run(search, ctx, [&ctx, o] {
        auto hits = report::search_all(ctx.db(), o->text, ctx.options.show_confidential, ctx.today(), o->limit);
        ctx.print_table(report::hits_table(hits));
        if (hits.empty()) {
            ctx.note(fmt::format("nothing found for \"{}\"", o->text));
        }
    });
}

} // namespace officectl::app
