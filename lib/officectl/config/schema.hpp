#pragma once
// The keys config.toml may hold. Each layer or domain contributes its keys; an
// unknown key or a value of the wrong type is a config error (exit 78) naming
// file, line and key.

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace officectl::config {

enum class ValueKind {
    string,
    integer,
    boolean,
    string_list, // ["a", "b"]
    day_list,    // ["2026-12-24", { date = "2026-12-31", name = "Oudejaarsdag" }]
    table_list,  // [[mail.rule]] tables whose keys are listed in KeySpec::fields
};

struct KeySpec {
    std::string key;          // dotted path; `*` matches one table name (dossier.kind.*.retention)
    ValueKind kind = ValueKind::string;
    std::string default_text; // the default as TOML would spell it; empty: unset
    std::string doc;          // one line, for `config show` and officectl.toml(5)
    // Extra check of a well-typed value: returns why it is wrong, or nullopt.
    std::function<std::optional<std::string>(const std::string& value)> check = nullptr;
    // table_list: the keys each table may hold; their values are strings, whole
    // numbers, booleans or arrays of strings (read back as text, arrays comma-joined).
    std::vector<std::string> fields = {};
};

using Schema = std::vector<KeySpec>;

// Checks for KeySpec::check that the domains share: a period (`3y`, `6m`), and
// one of a few words.
std::optional<std::string> check_period(const std::string& value);
std::function<std::optional<std::string>(const std::string&)> check_one_of(std::vector<std::string> words);
// A prefix of numbers (IN in IN-2026-0001): not empty, no spaces or control
// characters, at most 16 characters.
std::optional<std::string> check_prefix(const std::string& value);

// The foundation's keys: store, time, locale, work, holidays.
const Schema& core_schema();

// True when `key` matches `pattern` segment by segment (`*` matches one segment).
bool key_matches(const std::string& pattern, const std::string& key);

} // namespace officectl::config
