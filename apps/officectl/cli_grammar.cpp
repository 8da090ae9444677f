// The command language, checked against itself. The grammar table below is the
// one place that says what a long option shared by several commands means and
// which values it takes; officectl(1) prints the same table ("OPTIONS THAT MEAN
// THE SAME EVERYWHERE"). `officectl __check-cli` walks the CLI11 tree and lists
// every place where a command drifts from it:
//   - a long option used by two commands that the table does not define;
//   - a long option whose value type is not the table's;
//   - a command or group without an example of its own in its --help;
//   - an option with a fixed set of values that completion does not offer.
// tests/cli/core/grammar.t runs it and expects nothing.

#include "commands.hpp"

#include "officectl/core/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include <map>
#include <set>
#include <string_view>

namespace officectl::app {

namespace {

struct Shared {
    std::string_view name;
    std::vector<std::string_view> types; // "FLAG" for an option without a value; "ENUM" for a per-command set
    std::string_view meaning;
};

// Keep in step with the table in man/officectl.1 (grammar.t checks that too).
const std::vector<Shared>& grammar() {
    static const std::vector<Shared> table{
        {"who", {"HANDLE"}, "the person a record concerns; on a listing, only what concerns that person"},
        {"owner", {"HANDLE"}, "the person responsible for following the record up"},
        {"due", {"DATE"}, "the day it must be done by"},
        {"date", {"DATE"}, "the day the record happened"},
        {"on", {"DATE"}, "one day: the occurrence of a series, or the day something was done"},
        {"since", {"DATE"}, "from this day on: the first day of a listing or of a leave"},
        {"until", {"DATE"}, "up to this day (inclusive): the last day of a listing or of a leave"},
        {"in", {"RANGE"}, "a listing over a range of days: 2026-12, 2026-W49, 2027, A..B, this-week, next-month"},
        {"week", {"WEEK"}, "an ISO week (2026-W49) or any day in it"},
        {"month", {"MONTH"}, "a month (2026-12) or any day in it"},
        {"year", {"YEAR"}, "a year: 2027"},
        {"within", {"PERIOD"}, "how far ahead of today: a length such as 14d, 2w, 3m"},
        {"from", {"CONTACT", "PLACE"}, "where a letter or a journey comes from: the sender, a place"},
        {"to", {"CONTACT", "PLACE"}, "where a letter or a journey goes: the addressee, a place"},
        {"vendor", {"CONTACT"}, "the supplier: a relation, found or created"},
        {"line", {"LINE"}, "a budget line: its number, code, name or BUDGET/LINE"},
        {"amount", {"AMOUNT"}, "an amount of money, with an optional currency"},
        {"vat", {"VAT", "VAT_NUMBER"}, "a VAT rate: 0, 6, 12 or 21; of a relation, its VAT (company) number"},
        {"status", {"ENUM", "FLAG"}, "the record's status (its values per record); db migrate: list the migrations"},
        {"kind", {"ENUM"}, "the record's kind (its values per record)"},
        {"type", {"ENUM"}, "the record's type (its values per record)"},
        {"by", {"ENUM"}, "group the rows by"},
        {"every", {"PERIOD", "ENUM"}, "how often it repeats"},
        {"count", {"N"}, "how many"},
        {"limit", {"N"}, "at most this many rows"},
        {"all", {"FLAG"}, "include what a listing leaves out by default (ended, closed, done)"},
        {"title", {"TITLE"}, "a new title"},
        {"name", {"NAME", "TEXT"}, "the name, or a new name"},
        {"rename", {"NAME"}, "a new name or handle (references follow)"},
        {"note", {"TEXT"}, "a free note"},
        {"tag", {"TAG"}, "a tag"},
        {"tags", {"TAGS"}, "tags, comma-separated (replaces them)"},
        {"reference", {"REF"}, "the record's own reference"},
        {"dry-run", {"FLAG"}, "show what would change, change nothing"},
        {"strict", {"FLAG"}, "refuse instead of creating what is missing"},
        {"confidential", {"FLAG", "YES|NO"}, "shown only with --show-confidential"},
        {"file", {"FILE", "PATH"}, "a file"},
        {"for", {"DURATION"}, "how long: 1h30, 45m"},
        {"at", {"DATETIME"}, "when it starts"},
        {"end", {"DATE", "DATETIME"}, "when it ends: the last day, or the end time"},
        {"room", {"ROOM"}, "a meeting room"},
        {"channel", {"CHANNEL"}, "how a letter came or went: letter, email, fax, phone, hand"},
        {"manager", {"HANDLE"}, "a person's manager"},
        {"days", {"N"}, "a number of days"},
        {"hours", {"HOURS"}, "a number of hours"},
        {"budget", {"BUDGET"}, "a budget"},
        {"project", {"PROJECT"}, "a project"},
        {"category", {"CATEGORY", "TEXT"}, "a category"},
        {"address", {"ADDRESS"}, "a postal address"},
        {"phone", {"PHONE"}, "a phone number"},
        {"email", {"EMAIL"}, "an e-mail address"},
        {"lang", {"LANG"}, "a language: nl, fr or en"},
        {"language", {"LANG"}, "a language: nl, fr or en"},
        {"currency", {"CODE"}, "a currency: EUR"},
        {"description", {"TEXT"}, "a description"},
        {"severity", {"SEVERITY", "ENUM"}, "how bad: low, normal, high"},
        {"priority", {"PRIORITY"}, "high, normal or low"},
        {"half", {"HALF"}, "half a day: am or pm"},
        {"force", {"FLAG"}, "overwrite"},
    };
    return table;
}

// Value types that are free text or numbers: every other type is a fixed set of
// values, and completion must offer them.
const std::set<std::string_view>& free_types() {
    static const std::set<std::string_view> types{
        "", "DATE", "DATETIME", "RANGE", "PERIOD", "WEEK", "MONTH", "YEAR", "DURATION", "OFFSET", "TEXT", "TITLE",
        "NAME", "N", "AMOUNT", "REF", "ID", "TAG", "TAGS", "LIST", "ADDRESS", "PHONE", "EMAILS", "CODE", "CHAR",
        "PLACE", "CATEGORY", "ORIGIN", "SEGMENT", "FIELD", "FIELD=VALUE", "NAME=VALUE", "FIELD=COLUMN,...", "WEIGHTS",
        "SCORES", "DOMAIN", "HOURS", "HH:MM-HH:MM", "DAYS", "RECIPIENTS", "PROCESS", "LINE", "BUDGET", "PLAN",
        "DOSSIER", "ENTITY", "DIR", "CHANNELS", "RATE", "QUERY", "SQL", "WORDS", "SHELL", "ACTION", "FIELDS", "NUMBER",
        "CHANGE", "KEY", "URL", "ROLE", "EMAIL", "VAT_NUMBER",
    };
    return types;
}

std::string path_of(const CLI::App* app) {
    std::string out;
    for (auto* a = app; a != nullptr && a->get_parent() != nullptr; a = a->get_parent()) {
        out = out.empty() ? a->get_name() : a->get_name() + " " + out;
    }
    return out.empty() ? "officectl" : out;
}

std::string type_of(const CLI::Option* opt) {
    // CLI11 appends a check's text to the type name ("N:INT in [1 - 60]").
    auto type = opt->get_type_name();
    if (type.empty()) {
        return "FLAG";
    }
    auto colon = type.rfind(':');
    bool check_text = colon != std::string::npos && type.find(' ', colon) != std::string::npos;
    return check_text ? type.substr(0, colon) : type;
}

bool visible(const CLI::App* app) { return app->get_parent() == nullptr || !app->get_group().empty(); }

void each_command(const CLI::App* app, const std::function<void(const CLI::App*)>& f) {
    f(app);
    for (const auto* sub : app->get_subcommands({})) {
        if (visible(sub)) {
            each_command(sub, f);
        }
    }
}

} // namespace

std::vector<std::string> check_cli(const CLI::App& root, Context& ctx) {
    std::vector<std::string> problems;
    std::map<std::string, const Shared*> table;
    for (const auto& s : grammar()) {
        table[std::string(s.name)] = &s;
    }
    // name -> its value types and the commands that use it: an option the table
    // does not define must keep one type wherever it appears.
    std::map<std::string, std::map<std::string, std::string>> users;
    each_command(&root, [&](const CLI::App* app) {
        auto here = path_of(app);
        // An example in its --help (the root's footer is set last, so no command
        // inherits the top-level examples).
        const auto* parent = app->get_parent();
        if (here != "officectl" && app->get_footer().find("Examples:") == std::string::npos) {
            problems.push_back(fmt::format("{}: no example of its own in --help", here));
        }
        if (parent == nullptr) {
            return; // the global options are the grammar's frame, not part of it
        }
        for (const auto* opt : app->get_options()) {
            if (opt->get_positional() || opt->get_lnames().empty() || opt->get_lnames().front() == "help") {
                continue;
            }
            const auto& name = opt->get_lnames().front();
            auto type = type_of(opt);
            users[name].emplace(type, here);
            // Values from the store (people, relations, rooms, projects) or the file system
            // are offered when there is a store; they count as completed.
            static const std::set<std::string> from_store{k_handle, "CONTACT", "ROOM", "PROJECT", "FILE", "PATH"};
            bool is_enum = type != "FLAG" && free_types().count(type) == 0 && from_store.count(type) == 0;
            if (is_enum && completion_candidates(ctx, opt).empty()) {
                problems.push_back(fmt::format("{} --{}: {} has a fixed set of values but no completion", here, name, type));
            }
            if (auto it = table.find(name); it != table.end()) {
                const auto& allowed = it->second->types;
                bool ok = std::find(allowed.begin(), allowed.end(), type) != allowed.end() ||
                          (is_enum && std::find(allowed.begin(), allowed.end(), "ENUM") != allowed.end());
                if (!ok) {
                    problems.push_back(fmt::format("{} --{}: takes {}, but --{} means \"{}\" everywhere", here, name, type,
                                                   name, it->second->meaning));
                }
            }
        }
    });
    for (const auto& [name, types] : users) {
        if (types.size() > 1 && table.count(name) == 0) {
            std::string uses;
            for (const auto& [type, command] : types) {
                uses += fmt::format("{}{} in `{}`", uses.empty() ? "" : ", ", type, command);
            }
            problems.push_back(fmt::format("--{}: takes different values ({}); one name, one meaning", name, uses));
        }
    }
    return problems;
}

std::string grammar_table_text() {
    std::string out;
    for (const auto& s : grammar()) {
        std::string types;
        for (auto t : s.types) {
            types += (types.empty() ? "" : "|") + std::string(t);
        }
        out += fmt::format("--{}\t{}\t{}\n", s.name, types, s.meaning);
    }
    return out;
}

void add_grammar_commands(CLI::App& app, Context& ctx) {
    auto* check = app.add_subcommand("__check-cli", "where the commands drift from their grammar");
    check->group("");
    auto* table = app.add_subcommand("__grammar", "the grammar table: option, value type, meaning");
    table->group("");
    const CLI::App* root = &app;
    on_run(check, ctx, [&ctx, root] {
        auto problems = check_cli(*root, ctx);
        std::string out;
        for (const auto& p : problems) {
            out += p + "\n";
        }
        ctx.print(out);
        if (!problems.empty()) {
            throw Error(ExitCode::data, fmt::format("{} place(s) where the commands drift from the grammar", problems.size()));
        }
    });
    on_run(table, ctx, [&ctx] { ctx.print(grammar_table_text()); });
    // Every command a user can run, one per line (tests/json/ checks each listing's shape).
    auto* commands = app.add_subcommand("__commands", "every command, one per line");
    commands->group("");
    on_run(commands, ctx, [&ctx, root] {
        std::string out;
        each_command(root, [&](const CLI::App* app) {
            auto subs = app->get_subcommands({});
            if (std::none_of(subs.begin(), subs.end(), visible) && app->get_parent() != nullptr) {
                out += path_of(app) + "\n";
            }
        });
        ctx.print(out);
    });
}

} // namespace officectl::app
