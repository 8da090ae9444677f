// officectl history [--entity team.member:3] [--since DATE] [--until DATE] [--limit N]

#include "commands.hpp"

#include "officectl/admin/views.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/store/journal.hpp"

#include <fmt/format.h>

#include <date/tz.h>

namespace officectl::app {

void add_history_command(CLI::App& app, Context& ctx) {
    auto* history = app.add_subcommand("history", "the audit trail: who changed what, when, with which command");
    static std::string entity, since, until;
    static int limit = 50;
    history->add_option("--entity", entity, "one kind (team.member) or one record (team.member:3)")->type_name("ENTITY");
    history->add_option("--since", since, "changes made on or after this day (the day the command was run for)")
        ->type_name("DATE");
    history->add_option("--until", until, "changes made on or before this day")->type_name("DATE");
    history->add_option("--limit", limit, "at most N changes, newest first (0: all; default 50)")->type_name("N");
    history->footer("Examples:\n  officectl history --since -7d\n  officectl history --since 2026-12-01 --until 2026-12-04\n  officectl history --entity team.member:3\n"
                    "  officectl -o json history --limit 1   # with full before/after values");
    on_run(history, ctx, [&ctx] {
        store::JournalFilter f;
        f.limit = limit;
        if (!entity.empty()) {
            auto colon = entity.find(':');
            f.entity = entity.substr(0, colon);
            if (colon != std::string::npos) {
                try {
                    f.entity_id = std::stoll(entity.substr(colon + 1));
                } catch (const std::exception&) {
                    throw usage_error(fmt::format("--entity: expected KIND or KIND:ID such as team.member:3, not \"{}\"",
                                                  entity));
                }
            }
        }
        // A change's day is the day its command reasoned with (`as_of`), so
        // --since/--until agree with --as-of and OFFICECTL_TODAY, not the wall clock.
        if (!since.empty()) {
            f.since = core::format_date(date_option(ctx, "--since", since));
        }
        if (!until.empty()) {
            f.until = core::format_date(date_option(ctx, "--until", until));
        }
        auto entries = store::read_journal(ctx.db(), f);
        auto format = ctx.render_options().format;
        bool json = format == render::Format::json || format == render::Format::json_schema;
        ctx.print_table(admin::history_table(entries, ctx.clock().zone(), json));
    });
}

} // namespace officectl::app
