// officectl config show | path

#include "commands.hpp"

#include "officectl/admin/views.hpp"

namespace officectl::app {

void add_config_commands(CLI::App& app, Context& ctx) {
    auto* config = app.add_subcommand("config", "show the effective configuration and where it comes from");
    config->require_subcommand(1);

    auto* show = config->add_subcommand("show", "every key: its effective value and its origin (default or file:line)");
    show->footer("Examples:\n  officectl config show\n  officectl --config ./office.toml config show");
    on_run(show, ctx, [&ctx] {
        auto entries = ctx.config().entries();
        auto where = ctx.store_path();
        // The store path's real origin may be a flag or the environment, not the config.
        for (auto& e : entries) {
            if (e.key == "store.path") {
                e.value = "\"" + where.path.string() + "\"";
                e.origin = where.origin == "config" ? e.origin : where.origin;
            }
        }
        ctx.print_table(admin::config_table(entries));
    });

    auto* path = config->add_subcommand("path", "the config file read (it need not exist: defaults apply)");
    path->footer("Examples:\n  officectl config path\n  $EDITOR \"$(officectl config path)\"");
    on_run(path, ctx, [&ctx] {
        const auto& c = ctx.config();
        ctx.print(c.path().string() + "\n");
        if (!c.file_loaded()) {
            ctx.note("(no file there: defaults apply)");
        }
    });
}

} // namespace officectl::app
