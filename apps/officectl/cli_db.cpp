// officectl db check | backup FILE | migrate [--status]

#include "commands.hpp"

#include "officectl/admin/views.hpp"
#include "officectl/core/error.hpp"
#include "officectl/office.hpp"
#include "officectl/store/maintenance.hpp"

#include <fmt/format.h>

namespace officectl::app {

void add_db_commands(CLI::App& app, Context& ctx) {
    auto* db = app.add_subcommand("db", "check, back up and migrate the store");
    db->require_subcommand(1);

    auto* check = db->add_subcommand("check", "integrity and foreign-key checks, pending migrations (exit 65 on a problem)");
    check->footer("Examples:\n  officectl db check");
    on_run(check, ctx, [&ctx] {
        auto findings = store::check_store(ctx.db(), all_migrations());
        ctx.print_table(admin::check_table(findings));
        for (const auto& f : findings) {
            if (!f.ok) {
                throw data_error("the store check found problems (see above)");
            }
        }
    });

    auto* backup = db->add_subcommand("backup", "copy the live store to FILE with SQLite's online backup");
    static std::string target;
    static bool force = false;
    backup->add_option("file", target, "where to write the copy")->required()->type_name("FILE");
    backup->add_flag("--force", force, "overwrite FILE if it exists");
    backup->footer("Examples:\n  officectl db backup ~/backups/office-$(date +%F).db");
    on_run(backup, ctx, [&ctx] {
        store::backup_store(ctx.db(), target, force);
        std::error_code ec;
        auto size = std::filesystem::file_size(target, ec);
        ctx.done(fmt::format("backed up {} to {} ({} bytes)", ctx.db().path().string(), target, size), target);
    });

    auto* migrate = db->add_subcommand("migrate", "apply pending migrations (done on every open) or list them");
    static bool status = false;
    migrate->add_flag("--status", status, "list every migration and whether it is applied");
    migrate->footer("Examples:\n  officectl db migrate --status");
    on_run(migrate, ctx, [&ctx] {
        auto states = store::migration_status(ctx.db(), all_migrations());
        if (status) {
            ctx.print_table(admin::migrations_table(states));
            return;
        }
        ctx.done(fmt::format("store is up to date ({} migrations applied)", states.size()),
                 std::to_string(states.size()));
    });
}

} // namespace officectl::app
