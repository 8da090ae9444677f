#pragma once
// What every command handler gets: the global options, and lazily the config,
// the clock, the store and the render options. Printing happens here and only
// here: stdout carries data, stderr carries talk.

#include "officectl/config/config.hpp"
#include "officectl/io/csv_reader.hpp"
#include "officectl/core/clock.hpp"
#include "officectl/core/money.hpp"
#include "officectl/core/period.hpp"
#include "officectl/render/render.hpp"
#include "officectl/store/database.hpp"
#include "officectl/store/path.hpp"
#include "officectl/store/txn.hpp"

#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace officectl::app {

struct GlobalOptions {
    std::string db;
    std::string config;
    std::string format; // empty: the command's default (table)
    std::string color = "auto";
    std::string as_of;
    std::string csv_sep; // --csv-sep; empty: not given (',')
    bool excel = false; // --excel
    bool quiet = false;
    bool show_confidential = false;
    bool totals = false;
};

class Context {
public:
    GlobalOptions options;
    std::string command_line;            // as typed, for the history journal
    std::vector<std::string> args;       // the words after `officectl`, for the journal's sealed command line
    std::function<void()> action;        // set by the chosen verb, run after parsing

    const config::Config& config();
    const core::Clock& clock();
    core::Date today() { return clock().today(); }
    store::StorePath store_path();
    // Opens (creating on first use) and migrates the store.
    store::Database& db();
    // The store only when its file exists already (for completion: never create one).
    store::Database* db_if_exists();
    store::Actor actor();
    // Runs `work` inside one write transaction, begun (the write lock taken) before
    // `work` reads anything: what a command reads and then writes cannot be
    // changed by another writer in between. `work` commits; when it returns
    // without committing, or throws, nothing it did is kept. The only place the
    // app begins a transaction (cmake/check_layers.cmake holds it to that).
    void write(const std::function<void(store::Txn&)>& work);

    render::RenderOptions render_options();
    // -o given explicitly?
    bool format_given() const { return !options.format.empty(); }

    void print(const std::string& text);
    void print_table(const render::Table& table);
    void print_record(const render::Table& table);
    void print_report(const render::Report& report);
    // An export: CSV unless -o names another format.
    void print_export(const render::Table& table);
    // What a mutation did, in one line; with -q only `id` (for scripts).
    void done(const std::string& message, const std::string& id);
    // Talk for a person (stderr); silent with -q.
    void note(const std::string& message);
    // What the user must not miss (a deadline passed), on stderr, also with -q.
    void warn(const std::string& message);

private:
    std::optional<config::Config> m_config;
    std::optional<core::Clock> m_clock;
    std::unique_ptr<store::Database> m_db;
};

// The input named on the command line: `-` is stdin; otherwise the file opened
// into `file_stream` (a no_input Error when it cannot be read).
std::istream& open_input(const std::string& name, std::ifstream& file_stream);

// The common flow of a CSV import verb: read `file` (- for stdin), run `import`
// in one write transaction (Context::write: whatever `import` reads from the
// store, it reads there), commit unless `dry_run`, say `imported FILE: added N, ...`.
void run_csv_import(Context& ctx, const std::string& file, bool dry_run, char separator,
                    const std::function<io::ImportCounts(store::Txn&, io::CsvReader&)>& import);

// A record's number from the command line (`12`); otherwise a usage Error:
// `"x" is no appointment number (see `officectl agenda list`)`.
std::int64_t id_argument(const std::string& text, std::string_view what, std::string_view list_command);

// Parses a date option, naming the option in the error: `--start: invalid date ...`.
core::Date date_option(Context& ctx, const std::string& option, const std::string& text);
// Parses a range (`this-week`, `2027-W10`, `2027-03`, `A..B`), naming the option in the error.
core::DateRange range_option(Context& ctx, const std::string& option, const std::string& text);
// A free-text option trimmed; nullopt when empty.
std::optional<std::string> text_option(const std::string& text);
// Parses a period (`3m`, `1y`, `10d`), naming the option in the error.
core::Period period_option(const std::string& option, const std::string& text);
// Parses an amount in the office's currency unless it names one, naming the option in the error.
core::Money money_option(Context& ctx, const std::string& option, const std::string& text);

} // namespace officectl::app
