// officectl team handover: all of a person's open work to someone else, listed.

#include "commands.hpp"

#include "officectl/report/handover.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {

void add_team_handover_command(CLI::App* team, Context& ctx) {
    auto* handover = team->add_subcommand(
        "handover", "hand all of someone's open work to someone else: tasks, follow-ups, note and meeting actions");
    struct Opts {
        std::string from, to, due_before;
        bool dry_run = false;
    };
    auto o = std::make_shared<Opts>();
    handover->add_option("person", o->from, "whose work")->required()->type_name(k_handle);
    handover->add_option("--owner", o->to, "to whom")->required()->type_name(k_handle);
    handover->add_option("--due-before", o->due_before, "only what is due before this day (undated work stays)")
        ->type_name("DATE");
    handover->add_flag("--dry-run", o->dry_run, "list what would move, change nothing");
    handover->footer("Examples:\n"
                     "  officectl team handover an --owner bert --due-before +2w\n"
                     "  officectl team handover an --owner bert --dry-run -o md\n"
                     "Moves open team tasks (an event's or a plan's among them), mail follow-ups, service-note\n"
                     "actions and meetings' decisions and actions; prints what moved. Undo with `officectl undo`.\n"
                     "Contracts, dossiers and budgets keep their owner: change those with their own `edit`.");
    on_write(handover, ctx, [&ctx, o](store::Txn& txn) {
        report::HandoverRequest request{o->from, o->to, std::nullopt, ctx.today(), ctx.options.show_confidential};
        if (!o->due_before.empty()) {
            request.due_before = date_option(ctx, "--due-before", o->due_before);
        }
        auto moved = report::hand_over(txn, request);
        if (!o->dry_run) {
            txn.commit();
        }
        // The list is the output (-q: the references, one per line); the count is talk.
        ctx.print_table(report::handover_table(moved));
        ctx.note(fmt::format("{} {} open item{} of {} to {}", o->dry_run ? "would hand" : "handed", moved.size(),
                             moved.size() == 1 ? "" : "s", o->from, o->to));
    });
}

} // namespace officectl::app
