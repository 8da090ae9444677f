// officectl init: create the store and say where it is.

#include "commands.hpp"

#include <fmt/format.h>

namespace officectl::app {

void add_init_command(CLI::App& app, Context& ctx) {
    auto* init = app.add_subcommand("init", "create the store (mode 0600, WAL) and print where it is");
    init->footer("Examples:\n  officectl init\n  officectl --db ~/office/office.db init");
    on_run(init, ctx, [&ctx] {
        auto where = ctx.store_path();
        std::error_code ec;
        bool existed = std::filesystem::exists(where.path, ec);
        ctx.db();
        ctx.done(fmt::format("{} store {} (from {})", existed ? "using existing" : "created", where.path.string(),
                             where.origin),
                 where.path.string());
    });
}

} // namespace officectl::app
