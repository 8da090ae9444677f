#include "context.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/visible_text.hpp"
#include "officectl/office.hpp"

#include <fmt/format.h>
#include <pwd.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <cstdlib>

namespace officectl::app {
namespace {

std::optional<std::string> env(const char* name) {
    const char* v = std::getenv(name);
    if (v == nullptr || *v == '\0') {
        return std::nullopt;
    }
    return std::string(v);
}

void write_all(FILE* f, const std::string& text) {
    if (std::fwrite(text.data(), 1, text.size(), f) != text.size()) {
        throw Error(ExitCode::io, "cannot write output");
    }
}

} // namespace

const config::Config& Context::config() {
    if (!m_config) {
        m_config = config::Config::load({options.config.empty() ? std::nullopt : std::optional(options.config),
                                         env("OFFICECTL_CONFIG"), env("XDG_CONFIG_HOME"), env("HOME")},
                                        config_schema());
        validate_config(*m_config);
    }
    return *m_config;
}

const core::Clock& Context::clock() {
    if (!m_clock) {
        // OFFICECTL_TODAY pins "today"; --as-of beats it, and its words (tomorrow,
        // +3d) count from that pinned day, so a test never reads the machine's date.
        auto zone = config().zone();
        auto pin = [&zone](const std::string& value, const char* source, const core::Clock& base) {
            try {
                return core::Clock::pinned(value, zone, base);
            } catch (const Error& e) {
                throw Error(e.code(), fmt::format("{}: {}", source, e.what()));
            }
        };
        core::Clock base(zone);
        if (auto today = env("OFFICECTL_TODAY")) {
            base = pin(*today, "OFFICECTL_TODAY", base);
        }
        m_clock = options.as_of.empty() ? base : pin(options.as_of, "--as-of", base);
    }
    return *m_clock;
}

store::StorePath Context::store_path() {
    return store::resolve_store_path({options.db.empty() ? std::nullopt : std::optional(options.db),
                                      env("OFFICECTL_DB"), config().store_path(), env("XDG_DATA_HOME"), env("HOME")});
}

store::Database& Context::db() {
    if (!m_db) {
        auto where = store_path();
        store::OpenOptions open;
        open.create_parent = where.is_default();
        open.catalog = &officectl::catalog();
        m_db = std::make_unique<store::Database>(store::Database::open(where.path, all_migrations(), open));
    }
    return *m_db;
}

store::Database* Context::db_if_exists() {
    if (!m_db) {
        std::error_code ec;
        if (!std::filesystem::exists(store_path().path, ec)) {
            return nullptr;
        }
    }
    return &db();
}

store::Actor Context::actor() {
    store::Actor a;
    if (auto user = env("USER")) {
        a.user = *user;
    } else if (const passwd* pw = getpwuid(getuid())) {
        a.user = pw->pw_name;
    } else {
        a.user = std::to_string(getuid());
    }
    a.command = command_line;
    a.args = args;
    // Options whose value is free text: in the journal of a confidential change
    // their values are sealed with the record's confidential fields.
    a.text_options = {"--body", "--note", "--notes", "--why", "--lessons", "--evidence", "--reason", "--decision", "--file"};
    // Two times per change: `at`, the machine's wall clock (the audit's "when",
    // the one place the real clock is read), and `as_of`, the day the command
    // reasoned with (pinned or not), which `history --since/--until` compare.
    a.at = core::format_utc(std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
    a.as_of = core::format_date(clock().today());
    return a;
}

void Context::write(const std::function<void(store::Txn&)>& work) {
    store::Txn txn(db(), actor());
    work(txn);
}

render::RenderOptions Context::render_options() {
    render::RenderOptions o;
    if (!options.format.empty()) {
        o.format = render::formats.parse(options.format).value(); // the option admits only its words
    }
    bool tty = isatty(STDOUT_FILENO) != 0;
    if (options.color == "always") {
        o.color = true;
    } else if (options.color == "auto") {
        auto term = env("TERM");
        o.color = tty && !env("NO_COLOR") && !(term && *term == "dumb");
    }
    if (tty) {
        winsize ws{};
        if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
            o.width = ws.ws_col;
        }
    }
    auto sep = options.csv_sep.empty() ? std::string(",") : options.csv_sep;
    if (sep.size() != 1 && sep != "\\t" && sep != "tab") {
        throw usage_error(fmt::format("--csv-sep: expected one character such as ';', not \"{}\"", sep));
    }
    o.csv_separator = sep.size() == 1 ? sep[0] : '\t';
    // Excel in Belgium and France: ';' and a decimal comma. A separator given on
    // the command line asks for plain CSV, also when csv.excel is set.
    if (options.excel && !options.csv_sep.empty() && options.csv_sep != ";") {
        throw usage_error("--excel writes ';' with decimal commas: give --excel or --csv-sep, not both");
    }
    o.excel = options.excel || (options.csv_sep.empty() && config().get_bool("csv.excel").value_or(false));
    if (o.excel) {
        o.csv_separator = ';';
    }
    o.show_confidential = options.show_confidential;
    o.totals = options.totals;
    if (o.csv_separator == '"' || o.csv_separator == '\n' || o.csv_separator == '\r') {
        throw usage_error(fmt::format("--csv-sep: a quote or a line break cannot separate CSV fields (nothing could read "
                                      "it back)"));
    }
    if (o.format == render::Format::xlsx && tty) {
        throw usage_error("-o xlsx writes a workbook, not text: send it to a file (officectl -o xlsx ... > report.xlsx)");
    }
    o.language = config().language();
    o.currency = config().currency();
    o.zone = config().zone();
    return o;
}

void Context::print(const std::string& text) { write_all(stdout, text); }

void Context::print_table(const render::Table& table) {
    if (options.quiet && !format_given()) { // -q: the key column only, one per line
        std::string out;
        for (const auto& row : table.rows()) {
            out += render::cell_text(row.front(), render_options()) + "\n";
        }
        print(out);
        return;
    }
    print(render::render_table(table, render_options()));
}

void Context::print_record(const render::Table& table) { print(render::render_record(table, render_options())); }

void Context::print_report(const render::Report& report) { print(render::render_report(report, render_options())); }

void Context::print_export(const render::Table& table) {
    auto o = render_options();
    if (!format_given()) {
        o.format = render::Format::csv;
    }
    print(render::render_table(table, o));
}

void Context::done(const std::string& message, const std::string& id) {
    print(core::visible_text(options.quiet ? id : message, true) + "\n");
}

void Context::note(const std::string& message) {
    if (!options.quiet) {
        std::fflush(stdout);
        write_all(stderr, core::visible_text(message, true) + "\n");
    }
}

void Context::warn(const std::string& message) {
    std::fflush(stdout);
    write_all(stderr, "officectl: warning: " + message + "\n");
}

std::istream& open_input(const std::string& name, std::ifstream& file_stream) {
    if (name == "-") {
        return std::cin;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(name, ec)) {
        throw not_found(fmt::format("cannot read \"{}\": it is a folder, not a file", name));
    }
    file_stream.open(name, std::ios::binary); // a pipe is fine: it is read as it comes
    if (!file_stream) {
        throw not_found(fmt::format("cannot read \"{}\"", name));
    }
    return file_stream;
}

void run_csv_import(Context& ctx, const std::string& file, bool dry_run, char separator,
                    const std::function<io::ImportCounts(store::Txn&, io::CsvReader&)>& import) {
    std::ifstream in;
    io::CsvReader csv(open_input(file, in), file == "-" ? "stdin" : file, separator);
    ctx.write([&](store::Txn& txn) {
        auto counts = import(txn, csv);
        if (!dry_run) {
            txn.commit();
        }
        ctx.done(fmt::format("{} {}: added {}, updated {}, unchanged {}", dry_run ? "would import" : "imported",
                             csv.name(), counts.added, counts.updated, counts.unchanged),
                 std::to_string(counts.added + counts.updated));
    });
}

std::int64_t id_argument(const std::string& text, std::string_view what, std::string_view list_command) {
    try {
        size_t used = 0;
        auto id = std::stoll(text, &used);
        if (used == text.size() && id > 0) {
            return id;
        }
    } catch (const std::exception&) {
    }
    throw usage_error(fmt::format("\"{}\" is no {} number (see `officectl {}`)", text, what, list_command));
}

core::Date date_option(Context& ctx, const std::string& option, const std::string& text) {
    try {
        return core::parse_date(text, ctx.today());
    } catch (const Error& e) {
        throw Error(e.code(), fmt::format("{}: {}", option, e.what()));
    }
}

core::DateRange range_option(Context& ctx, const std::string& option, const std::string& text) {
    try {
        return core::parse_range(text, ctx.today());
    } catch (const Error& e) {
        throw Error(e.code(), fmt::format("{}: {}", option, e.what()));
    }
}

std::optional<std::string> text_option(const std::string& text) {
    auto t = core::trim(text);
    return t.empty() ? std::nullopt : std::optional<std::string>(t);
}

core::Period period_option(const std::string& option, const std::string& text) {
    try {
        return core::parse_period(text);
    } catch (const Error& e) {
        throw Error(e.code(), fmt::format("{}: {}", option, e.what()));
    }
}

core::Money money_option(Context& ctx, const std::string& option, const std::string& text) {
    try {
        return core::parse_money(text, ctx.config().currency(), ctx.config().decimal_mark());
    } catch (const Error& e) {
        throw Error(e.code(), fmt::format("{}: {}", option, e.what()));
    }
}

} // namespace officectl::app
