// officectl undo [CHANGE] [--dry-run]: takes back the last command that changed
// the store, or the command of change CHANGE from `history`, whole.

#include "commands.hpp"

#include "officectl/core/error.hpp"
#include "officectl/store/undo.hpp"

#include <fmt/format.h>

namespace officectl::app {

void add_undo_command(CLI::App& app, Context& ctx) {
    auto* undo = app.add_subcommand("undo", "take back the last command that changed the store, or a given one");
    struct Opts {
        std::string change;
        bool dry_run = false;
    };
    auto o = std::make_shared<Opts>();
    undo->add_option("change", o->change, "a change's id from `officectl history`: its whole command is taken back "
                                          "(default: the last command)")
        ->type_name("CHANGE");
    undo->add_flag("--dry-run", o->dry_run, "say what would be taken back, change nothing");
    undo->footer("Refused, changing nothing, when a later command changed the same records (undo that one first).\n"
                 "An undo is journalled: undoing it again redoes the command. A purge cannot be undone.\n"
                 "Examples:\n  officectl undo --dry-run\n  officectl undo\n  officectl undo 42");
    on_run(undo, ctx, [&ctx, o] {
        std::optional<std::int64_t> change;
        if (!o->change.empty()) {
            change = id_argument(o->change, "change", "history");
        }
        auto r = store::undo(ctx.db(), ctx.actor(), change, o->dry_run);
        auto verb = o->dry_run ? "would take back" : "took back";
        constexpr std::size_t k_listed = 10; // an import's thousand items are one line more, not a thousand
        for (std::size_t i = 0; i < r.steps.size() && i < k_listed; ++i) {
            const auto& s = r.steps[i];
            std::string what = s.action == "remove" ? "remove" : s.action == "restore" ? "restore" : "revert";
            if (o->dry_run) {
                ctx.note(fmt::format("  would {} {}:{} {}", what, s.entity, s.id, s.label));
            } else {
                ctx.note(fmt::format("  {}d {}:{} {}", what == "revert" ? "reverte" : what == "restore" ? "restore" : "remove",
                                     s.entity, s.id, s.label));
            }
        }
        if (r.steps.size() > k_listed) {
            ctx.note(fmt::format("  ... and {} more", r.steps.size() - k_listed));
        }
        for (const auto& path : r.files_removed) {
            ctx.note(fmt::format("  removed the copy {}, which nothing refers to any more", path));
        }
        auto rows = r.other_rows > 0 ? fmt::format(" and {} row{} that belong to {}", r.other_rows,
                                                   r.other_rows == 1 ? "" : "s", r.steps.size() == 1 ? "it" : "them")
                                     : std::string();
        auto message = fmt::format("{} change {} `{}`{}: {} record{}{}", verb, r.change, r.command,
                                   r.redone ? " (an undo: this redoes what it undid)" : "", r.steps.size(),
                                   r.steps.size() == 1 ? "" : "s", rows);
        if (o->dry_run) {
            ctx.note("dry run: " + message + "; nothing changed");
            return;
        }
        ctx.done(message, std::to_string(r.journal_id));
    });
}

} // namespace officectl::app
