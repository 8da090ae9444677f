#pragma once
// A query the user wrote (an indicator in config) run so that it can only read,
// and only so much. SQLite's authorizer is the guard, not an inspection of the
// text: while the statement is prepared and run only SELECT, reading columns
// (not the tables that show the file's layout, such as dbstat), recursive CTEs
// and SQLite's core, date, aggregate, window, JSON and math functions are
// allowed; a write, ATTACH, a pragma, a transaction or another function
// (load_extension, fts3_tokenizer, sqlite_compileoption_get...) fails to
// prepare. One statement only, stopped after 60 s; no string or blob longer than
// limits::k_query_text_bytes, no more than limits::k_query_heap_bytes of memory.

#include "officectl/store/database.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace officectl::store {

// Named parameters the query may use (`:from`, `:to`); those it does not use are skipped.
using Parameters = std::vector<std::pair<std::string, std::string>>;

// The first column of the first row as a number (NULL or no row: nullopt).
// Throws a config Error (exit 78) naming why the query was refused, failed or
// was stopped (after `time_limit`).
std::optional<double> readonly_number(Database& db, const std::string& sql, const Parameters& parameters,
                                      std::chrono::milliseconds time_limit = std::chrono::seconds{60});

// Whether the statement uses the named parameter (`:from`): a query without
// `:from`/`:to` gives the same number for every period.
bool uses_parameter(Database& db, const std::string& sql, const std::string& name);

} // namespace officectl::store
