// officectl: parse the command line, run the chosen verb, map errors to one
// line on stderr and a sysexits code.

#include "cli_choices.hpp"
#include "commands.hpp"
#include "cli_errors.hpp"
#include "context.hpp"
#include "import_allocator.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/core/limits.hpp"
#include "officectl/core/text_width.hpp"
#include "officectl/core/visible_text.hpp"
#include "officectl/render/render.hpp"
#include "officectl/store/database.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

using officectl::app::Context;

// The deepest subcommand the parser reached.
CLI::App* deepest(CLI::App* app) {
    for (;;) {
        CLI::App* next = nullptr;
        for (auto* sub : app->get_subcommands()) {
            next = sub;
        }
        if (next == nullptr) {
            return app;
        }
        app = next;
    }
}

// "officectl team member add", for "see `... --help`".
std::string command_path(CLI::App* app) {
    std::string path;
    for (auto* a = deepest(app); a != nullptr; a = a->get_parent()) {
        path = path.empty() ? a->get_name() : a->get_name() + " " + path;
    }
    return path;
}

size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

// When the words left over start with an unknown command name: say so, and
// suggest the nearest command (`officectl tema` -> did you mean `team`?).
std::optional<std::string> unknown_command(CLI::App* root) {
    auto* app = deepest(root);
    // With fallthrough, a word no subcommand took may sit with any ancestor.
    std::vector<std::string> left;
    for (auto* a = app; a != nullptr && left.empty(); a = a->get_parent()) {
        left = a->remaining();
    }
    auto subs = app->get_subcommands({});
    if (left.empty() || left.front().rfind("-", 0) == 0 || subs.empty()) {
        return std::nullopt;
    }
    const auto& word = left.front();
    std::vector<std::string> names;
    std::string best;
    size_t best_distance = 3; // suggest only close matches
    for (auto* sub : subs) {
        if (sub->get_group().empty()) {
            continue; // hidden
        }
        names.push_back(sub->get_name());
        auto dist = edit_distance(word, sub->get_name());
        if (dist < best_distance || (sub->get_name().rfind(word, 0) == 0 && !word.empty())) {
            best_distance = std::min(dist, best_distance);
            best = sub->get_name();
        }
    }
    auto where = command_path(root);
    std::string msg = fmt::format("unknown command \"{}\" for `{}`", word, where);
    if (!best.empty()) {
        msg += fmt::format("; did you mean `{} {}`?", where, best);
    } else {
        std::string list;
        for (const auto& n : names) {
            list += (list.empty() ? "" : ", ") + n;
        }
        msg += fmt::format(" (expected {})", list);
    }
    return msg;
}

// An error's text as the terminal shows it: control characters from the data it
// quotes made visible, each line cut to a screenful (a bad value may be huge).
std::string shown_message(const std::string& message) {
    namespace core = officectl::core;
    auto text = core::visible_text(message, true);
    std::string out;
    for (size_t start = 0; start <= text.size();) {
        auto end = std::min(text.find('\n', start), text.size());
        out += (start == 0 ? "" : "\n") +
               core::truncate_to_width(std::string_view(text).substr(start, end - start), core::limits::k_message_columns);
        start = end + 1;
    }
    return out;
}

int fail(officectl::ExitCode code, const std::string& message) {
    std::fflush(stdout); // what was printed comes before the error, also through pipes
    std::fprintf(stderr, "officectl: %s\n", shown_message(message).c_str());
    return static_cast<int>(code);
}

void add_global_options(CLI::App& app, Context& ctx) {
    auto& o = ctx.options;
    app.add_option("--db", o.db, "the store file (default: $OFFICECTL_DB, store.path, ~/.local/share/officectl/office.db)")
        ->type_name("PATH");
    app.add_option("--config", o.config, "the config file (default: $OFFICECTL_CONFIG, ~/.config/officectl/config.toml)")
        ->type_name("PATH");
    officectl::app::add_choice_option(&app, "-o,--format", o.format, officectl::render::formats,
                                      "output (json-schema: the shape of the json; default table)", "FORMAT");
    officectl::app::add_choice_option(&app, "--color", o.color, {"auto", "always", "never"},
                                      "colour (auto: on a tty without NO_COLOR; default never)", "WHEN");
    app.add_option("--as-of", o.as_of, "pin today (and now) for reproducible reports; also $OFFICECTL_TODAY")
        ->type_name("DATE");
    app.add_option("--csv-sep", o.csv_sep, "CSV separator for -o csv (default ','; ';' for Excel in Belgium)")
        ->type_name("CHAR");
    app.add_flag("--excel", o.excel,
                 "-o csv for Excel (also csv.excel): UTF-8 BOM, ';' and decimal commas, CRLF, formula-like text made inert");
    app.add_flag("--totals", o.totals, "-o csv and -o json: keep the rows of totals (left out by default: data rows only)");
    app.add_flag("--show-confidential", o.show_confidential, "show confidential values: bodies, notes, documents (officectl(1), TRUST)");
    app.add_flag("-q,--quiet", o.quiet, "print only ids (mutations) or the key column (listings); no talk on stderr");
}

// The command groups by the word that names them, in --help's order.
struct Group {
    std::string_view word;
    void (*add)(CLI::App&, Context&);
};
constexpr Group k_groups[] = {
    {"init", officectl::app::add_init_command},       {"team", officectl::app::add_team_commands},
    {"contact", officectl::app::add_contact_commands}, {"mail", officectl::app::add_mail_commands},
    {"dossier", officectl::app::add_dossier_commands}, {"contract", officectl::app::add_contract_commands},
    {"budget", officectl::app::add_budget_commands},   {"trip", officectl::app::add_trip_commands},
    {"event", officectl::app::add_event_commands},     {"agenda", officectl::app::add_agenda_commands},
    {"absence", officectl::app::add_absence_commands}, {"improve", officectl::app::add_improve_commands},
    {"report", officectl::app::add_report_commands},   {"due", officectl::app::add_due_command},
    {"search", officectl::app::add_search_command},    {"history", officectl::app::add_history_command},
    {"undo", officectl::app::add_undo_command},        {"db", officectl::app::add_db_commands},
    {"config", officectl::app::add_config_commands},   {"completion", officectl::app::add_completion_commands},
    {"__grammar", officectl::app::add_grammar_commands},
};

// The group the command line names with its first word after the global
// options (and their values); nullptr when it names none of them (--help, a
// typo, completion's hidden commands): then every group is built.
const Group* group_named(CLI::App& app, int argc, char** argv, int* at = nullptr) {
    for (int i = 1; i < argc; ++i) {
        std::string_view word = argv[i];
        if (word.empty() || word == "-" || word == "--") {
            return nullptr;
        }
        if (word.front() != '-') {
            for (const auto& g : k_groups) {
                if (g.word == word && g.word.front() != '_') {
                    if (at != nullptr) {
                        *at = i;
                    }
                    return &g;
                }
            }
            return nullptr;
        }
        if (word.find('=') != std::string_view::npos) {
            continue; // --db=PATH
        }
        const auto* option = app.get_option_no_throw(std::string(word));
        if (option == nullptr) {
            return nullptr; // -ocsv, a typo: the whole tree parses it
        }
        if (option->get_expected_min() > 0) {
            ++i; // its value
        }
    }
    return nullptr;
}

// Builds the command tree: only the group named (start-up is most of what a
// small command costs, and a script calls officectl once per line), else all.
void add_groups(CLI::App& app, Context& ctx, const Group* named, int argc, char** argv) {
    if (argc == 2 && std::string_view(argv[1]) == "--version") {
        return; // nothing to build
    }
    if (named != nullptr) {
        named->add(app, ctx);
        return;
    }
    for (const auto& g : k_groups) {
        g.add(app, ctx);
    }
}

} // namespace

int main(int argc, char** argv) {
    Context ctx;
    for (int i = 0; i < argc; ++i) {
        ctx.command_line += (i ? " " : "") + (i == 0 ? std::string("officectl") : officectl::core::shell_quote(argv[i]));
        if (i > 0) {
            ctx.args.emplace_back(argv[i]);
        }
    }
    CLI::App app{"officectl: the office manager's toolkit: correspondence, dossiers, contracts, agenda,\n"
                 "trips, events, absences, budgets and the team, on one local SQLite store.",
                 "officectl"};
    app.fallthrough(); // global options may follow the subcommand: `officectl team member list -o csv`
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("officectl ") + OFFICECTL_VERSION);
    add_global_options(app, ctx);
    int group_at = 0;
    const Group* named = group_named(app, argc, argv, &group_at);
    if (named != nullptr && named->word == "mail") {
        officectl::app::restart_import_with_mimalloc(argc, argv, group_at);
    }
    add_groups(app, ctx, named, argc, argv);
    officectl::app::add_group_examples(app);
    // Set after the groups are added: a subcommand starts with a copy of its
    // parent's footer, and every group has examples of its own.
    app.footer("Examples:\n"
               "  officectl init\n"
               "  officectl team member add an --name \"An Peeters\" --role manager\n"
               "  officectl -o csv team member list\n"
               "  officectl report weekly --week 2026-W49 -o md\n"
               "\nExit codes: 0 ok, 64 usage, 65 bad data, 66 not found, 73 cannot create, 74 I/O, 75 store busy,\n"
               "78 config. See officectl(1).");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        if (auto unknown = unknown_command(&app)) {
            return fail(officectl::ExitCode::usage, *unknown);
        }
        return fail(officectl::ExitCode::usage, officectl::app::parse_error_message(e, deepest(&app), command_path(&app)));
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
