// officectl: parse the command line, run the chosen verb, map errors to one
// line on stderr and a sysexits code.

#include "commands.hpp"
#include "context.hpp"

#include "officectl/core/error.hpp"
#include "officectl/store/database.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace {

using officectl::app::Context;

std::string shell_quote(const std::string& arg) {
    if (!arg.empty() && arg.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=+,@%") ==
                            std::string::npos) {
        return arg;
    }
    std::string out = "'";
    for (char c : arg) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

// The deepest subcommand the parser reached, for "see `officectl team member add --help`".
std::string command_path(CLI::App* app) {
    std::string path = app->get_name();
    for (auto* cur = app; cur != nullptr;) {
        CLI::App* next = nullptr;
        for (auto* sub : cur->get_subcommands()) {
            next = sub;
        }
        if (next != nullptr) {
            path += " " + next->get_name();
        }
        cur = next;
    }
    return path;
}

int fail(officectl::ExitCode code, const std::string& message) {
    std::fprintf(stderr, "officectl: %s\n", message.c_str());
    return static_cast<int>(code);
}

void add_global_options(CLI::App& app, Context& ctx) {
    auto& o = ctx.options;
    app.add_option("--db", o.db, "the store file (default: $OFFICECTL_DB, store.path, ~/.local/share/officectl/office.db)")
        ->type_name("PATH");
    app.add_option("--config", o.config, "the config file (default: $OFFICECTL_CONFIG, ~/.config/officectl/config.toml)")
        ->type_name("PATH");
    app.add_option("-o,--format", o.format, "output: table (default), csv, md or json")->type_name("FORMAT");
    app.add_option("--color", o.color, "colour: auto (a tty without NO_COLOR), always or never")->type_name("WHEN");
    app.add_option("--as-of", o.as_of, "pin today (and now) for reproducible reports; also $OFFICECTL_TODAY")
        ->type_name("DATE");
    app.add_option("--csv-sep", o.csv_sep, "CSV separator for -o csv (default ','; ';' for Excel in Belgium)")
        ->type_name("CHAR");
    app.add_flag("-q,--quiet", o.quiet, "print only ids (mutations) or the key column (listings); no talk on stderr");
}

} // namespace

int main(int argc, char** argv) {
    Context ctx;
    for (int i = 0; i < argc; ++i) {
        ctx.command_line += (i ? " " : "") + (i == 0 ? std::string("officectl") : shell_quote(argv[i]));
    }
    CLI::App app{"officectl: the office manager's toolkit: correspondence, dossiers, contracts, agenda,\n"
                 "trips, events, absences, budgets and the team, on one local SQLite store.",
                 "officectl"};
    app.fallthrough(); // global options may follow the subcommand: `officectl team member list -o csv`
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("officectl ") + OFFICECTL_VERSION);
    app.footer("Examples:\n"
               "  officectl init\n"
               "  officectl team member add an --name \"An Peeters\" --role manager\n"
               "  officectl -o csv team member list\n"
               "  officectl report weekly --week 2026-W49 -o md\n"
               "\nExit codes: 0 ok, 64 usage, 65 bad data, 66 not found, 73 cannot create, 74 I/O, 75 store busy,\n"
               "78 config. See officectl(1).");
    add_global_options(app, ctx);
    officectl::app::add_init_command(app, ctx);
    officectl::app::add_team_commands(app, ctx);
    officectl::app::add_report_commands(app, ctx);
    officectl::app::add_history_command(app, ctx);
    officectl::app::add_db_commands(app, ctx);
    officectl::app::add_config_commands(app, ctx);
    officectl::app::add_completion_commands(app, ctx);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        return fail(officectl::ExitCode::usage, fmt::format("{} (see `{} --help`)", e.what(), command_path(&app)));
    } catch (const std::exception& e) { // an Error from a callback, e.g. a bad option value
        auto err = officectl::store::as_error(e);
        return fail(err.code(), err.what());
    }
    if (!ctx.action) {
        return fail(officectl::ExitCode::usage, fmt::format("nothing to do (see `{} --help`)", command_path(&app)));
    }
    try {
        ctx.action();
        std::fflush(stdout);
        if (std::ferror(stdout)) {
            return fail(officectl::ExitCode::io, "cannot write output");
        }
    } catch (const std::exception& e) {
        auto err = officectl::store::as_error(e);
        return fail(err.code(), err.what());
    }
    return 0;
}
