#pragma once
// config.toml: `--config` > OFFICECTL_CONFIG > `$XDG_CONFIG_HOME/officectl/config.toml`
// (`~/.config/officectl/config.toml`). A missing default file means defaults; a
// file named explicitly must exist. Every key is checked against the schema.

#include "officectl/config/schema.hpp"
#include "officectl/config/work_hours.hpp"
#include "officectl/core/calendar.hpp"
#include "officectl/core/language.hpp"
#include "officectl/core/money.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace officectl::config {

struct ConfigSources {
    std::optional<std::string> flag;            // --config
    std::optional<std::string> env;             // OFFICECTL_CONFIG
    std::optional<std::string> xdg_config_home; // XDG_CONFIG_HOME
    std::optional<std::string> home;            // HOME
};

// One table of a table_list: its values as text (arrays comma-joined, booleans
// "true"/"false"), and the line it starts on, for error messages.
struct TableEntry {
    int line = 0;
    std::map<std::string, std::string> values;
};

using Value = std::variant<std::string, std::int64_t, bool, std::vector<std::string>, std::vector<core::ClosingDay>,
                           std::vector<TableEntry>>;

// One key's effective value and where it came from, for `config show`.
struct Entry {
    std::string key;
    std::string value;  // as TOML would spell it; empty when unset
    std::string origin; // "default", "config.toml:3", "unset"
    std::string doc;
};

class Config {
public:
    // Errors: no_input for an explicit file that does not exist, config (78) for
    // a malformed file, an unknown key or a wrong value, naming file and line.
    static Config load(const ConfigSources& sources, const Schema& schema);
    // Parses TOML text as if read from `name` (for tests and `config check`).
    static Config parse(std::string_view toml_text, const std::string& name, const Schema& schema);
    // Defaults only.
    explicit Config(const Schema& schema);

    // The file that was or would be read, and whether it exists.
    const std::filesystem::path& path() const { return m_path; }
    // `file:line`, for errors found later in what the file says (a rule's regex).
    std::string where(int line) const;
    const std::string& path_origin() const { return m_path_origin; }
    bool file_loaded() const { return m_loaded; }

    // Typed reads of a key: the file's value, else the schema default, else nullopt.
    std::optional<std::string> get_string(const std::string& key) const;
    std::optional<std::int64_t> get_integer(const std::string& key) const;
    std::optional<bool> get_bool(const std::string& key) const;
    std::vector<std::string> get_strings(const std::string& key) const;
    std::vector<core::ClosingDay> get_days(const std::string& key) const;
    std::vector<TableEntry> get_tables(const std::string& key) const;

    // The foundation's settings.
    std::optional<std::string> store_path() const { return get_string("store.path"); }
    std::string zone() const;
    core::Language language() const;
    std::string currency() const;
    // locale.decimal: which separator of an amount is the decimal one (unknown when unset).
    core::DecimalMark decimal_mark() const;
    core::WorkWeek work_days() const;
    WorkHours work_hours() const;
    core::Calendar calendar() const;

    // Every schema key (wildcards: the keys present) with value and origin.
    std::vector<Entry> entries() const;
    // The keys the file sets under `prefix` (`dossier.kind.`), in file order,
    // split as `prefix` NAME `.` FIELD (FIELD empty when the key has no dot after
    // the prefix): for tables of named things, such as dossier or event kinds.
    std::vector<std::pair<Entry, std::pair<std::string, std::string>>> named_entries(std::string_view prefix) const;

private:
    struct Stored {
        Value value;
        int line = 0;
    };
    const Stored* find(const std::string& key) const;
    const KeySpec* spec_for(const std::string& key) const;
    void read_text(std::string_view text, const std::string& name);

    Schema m_schema;
    std::filesystem::path m_path;
    std::string m_path_origin = "default";
    bool m_loaded = false;
    std::map<std::string, Stored> m_values;
};

} // namespace officectl::config
