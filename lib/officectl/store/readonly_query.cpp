#include "officectl/store/readonly_query.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/limits.hpp"
#include "officectl/store/sqlite_memory.hpp"

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <cctype>
#include <chrono>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>

namespace officectl::store {
namespace {

// What the statement tried that is not reading, for the error message.
struct Guard {
    std::string refused;
};

// The functions a query may call: SQLite's core, date, aggregate, window, JSON
// and math functions, and full-text matching. Anything else, such as
// load_extension, fts3_tokenizer (which hands out and takes function pointers),
// sqlite_offset or sqlite_compileoption_get, which expose internals, is refused.
bool allowed_function(const char* name) {
    static constexpr std::string_view k_allowed[] = {
        "abs", "changes", "char", "coalesce", "concat", "concat_ws", "format", "glob", "hex", "ifnull", "iif",
        "instr", "length", "like", "likelihood", "likely", "lower", "ltrim", "max", "min", "nullif", "octet_length",
        "printf", "quote", "random", "randomblob", "replace", "round", "rtrim", "sign", "soundex", "substr",
        "substring", "trim", "typeof", "unhex", "unicode", "unlikely", "upper", "zeroblob", "avg", "count",
        "group_concat", "string_agg", "sum", "total", "date", "time", "datetime", "julianday", "unixepoch",
        "strftime", "timediff", "current_date", "current_time", "current_timestamp", "json", "json_array",
        "json_array_length", "json_extract", "json_insert", "json_object", "json_patch", "json_remove",
        "json_replace", "json_set", "json_type", "json_valid", "json_quote", "json_group_array", "json_group_object",
        "json_each", "json_tree", "->", "->>", "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "ceil",
        "ceiling", "cos", "cosh", "degrees", "exp", "floor", "ln", "log", "log10", "log2", "mod", "pi", "pow",
        "power", "radians", "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "row_number", "rank", "dense_rank",
        "percent_rank", "cume_dist", "ntile", "lag", "lead", "first_value", "last_value", "nth_value", "match",
        "bm25", "highlight", "snippet", "bounded_snippet"};
    for (auto allowed : k_allowed) {
        if (sqlite3_stricmp(name, std::string(allowed).c_str()) == 0) {
            return true;
        }
    }
    return false;
}

// Tables that show how the store is laid out rather than what it holds.
bool internal_table(const char* name) {
    for (const char* t : {"dbstat", "sqlite_dbpage", "sqlite_dbdata", "sqlite_dbptr", "sqlite_stmt"}) {
        if (sqlite3_stricmp(name, t) == 0) {
            return true;
        }
    }
    return false;
}

int authorize(void* data, int action, const char* arg1, const char* arg2, const char*, const char*) {
    auto* guard = static_cast<Guard*>(data);
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_READ:
        if (arg1 != nullptr && internal_table(arg1)) {
            guard->refused = fmt::format("reading {}", arg1);
            return SQLITE_DENY;
        }
        return SQLITE_OK;
    case SQLITE_FUNCTION: // the function's name is the second argument
        if (arg2 == nullptr || !allowed_function(arg2)) {
            guard->refused = fmt::format("the function {}", arg2 ? arg2 : "(unnamed)");
            return SQLITE_DENY;
        }
        return SQLITE_OK;
    case SQLITE_PRAGMA: guard->refused = fmt::format("PRAGMA {}", arg1 ? arg1 : ""); return SQLITE_DENY;
    case SQLITE_ATTACH: guard->refused = "ATTACH"; return SQLITE_DENY;
    case SQLITE_DETACH: guard->refused = "DETACH"; return SQLITE_DENY;
    case SQLITE_INSERT: guard->refused = fmt::format("INSERT into {}", arg1 ? arg1 : ""); return SQLITE_DENY;
    case SQLITE_UPDATE: guard->refused = fmt::format("UPDATE of {}", arg1 ? arg1 : ""); return SQLITE_DENY;
    case SQLITE_DELETE: guard->refused = fmt::format("DELETE from {}", arg1 ? arg1 : ""); return SQLITE_DENY;
    case SQLITE_TRANSACTION: guard->refused = "a transaction"; return SQLITE_DENY;
    default:
        if (guard->refused.empty()) {
            guard->refused = fmt::format("a statement that writes (action {})", action);
        }
        return SQLITE_DENY;
    }
}

struct StatementDeleter {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

int past_deadline(void* data) {
    auto* deadline = static_cast<std::chrono::steady_clock::time_point*>(data);
    return std::chrono::steady_clock::now() > *deadline ? 1 : 0;
}

// Installs the authorizer, the time limit and the bounds on memory and on the
// length of a string or blob for as long as it lives; the store's own
// statements (migrations, journal) run without them.
class Authorized {
public:
    Authorized(sqlite3* handle, Guard& guard, std::chrono::milliseconds time_limit)
        : m_handle(handle), m_deadline(std::chrono::steady_clock::now() + time_limit),
          m_length(sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, core::limits::k_query_text_bytes)),
          m_memory(core::limits::k_query_heap_bytes) {
        sqlite3_set_authorizer(handle, authorize, &guard);
        // A query that runs away (a recursive CTE without an end) is stopped rather
        // than left to hang a cron job: SQLite asks every 10 000 steps whether to go on.
        sqlite3_progress_handler(handle, 10000, past_deadline, &m_deadline);
    }
    ~Authorized() {
        sqlite3_set_authorizer(m_handle, nullptr, nullptr);
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
        sqlite3_limit(m_handle, SQLITE_LIMIT_LENGTH, m_length);
    }
    Authorized(const Authorized&) = delete;
    Authorized& operator=(const Authorized&) = delete;

    // Why the statement failed, when a bound stopped it.
    std::optional<std::string> bound_hit(int rc) const {
        if (rc == SQLITE_TOOBIG) {
            return fmt::format("the query built a string or blob longer than {} MiB (the limit)",
                               core::limits::k_query_text_bytes >> 20);
        }
        if (rc == SQLITE_NOMEM && m_memory.exceeded()) {
            return fmt::format("the query needed more than {} MiB of memory (the limit)",
                               core::limits::k_query_heap_bytes >> 20);
        }
        return std::nullopt;
    }

private:
    sqlite3* m_handle;
    std::chrono::steady_clock::time_point m_deadline;
    int m_length;
    SqliteMemoryBound m_memory;
};

bool only_space(const char* text) {
    for (; *text != '\0'; ++text) {
        if (*text == ';' || std::isspace(static_cast<unsigned char>(*text))) {
            continue;
        }
        return false;
    }
    return true;
}

StatementPtr prepare(sqlite3* handle, const std::string& sql, Guard& guard) {
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql.c_str(), static_cast<int>(sql.size()), &raw, &tail);
    StatementPtr statement(raw);
    if (rc == SQLITE_AUTH || !guard.refused.empty()) {
        throw config_error(fmt::format("the query may only read: {} refused", guard.refused.empty() ? "it was" : guard.refused));
    }
    if (rc != SQLITE_OK) {
        throw config_error(fmt::format("the query does not prepare: {}", sqlite3_errmsg(handle)));
    }
    if (!statement) {
        throw config_error("the query is empty");
    }
    if (tail != nullptr && !only_space(tail)) {
        throw config_error("the query must be one statement");
    }
    if (!sqlite3_stmt_readonly(statement.get())) { // belt and braces
        throw config_error("the query may only read");
    }
    return statement;
}

} // namespace

std::optional<double> readonly_number(Database& db, const std::string& sql, const Parameters& parameters,
                                      std::chrono::milliseconds time_limit) {
    sqlite3* handle = db.sqlite().getHandle();
    Guard guard;
    Authorized authorized(handle, guard, time_limit);
    auto statement = prepare(handle, sql, guard);
    for (const auto& [name, value] : parameters) {
        int index = sqlite3_bind_parameter_index(statement.get(), name.c_str());
        if (index > 0) {
            sqlite3_bind_text(statement.get(), index, value.c_str(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
        }
    }
    int rc = sqlite3_step(statement.get());
    if (rc == SQLITE_DONE) {
        return std::nullopt;
    }
    if (auto why = authorized.bound_hit(sqlite3_errcode(handle))) {
        throw config_error(*why);
    }
    if (rc == SQLITE_INTERRUPT) {
        throw config_error(fmt::format("the query was stopped after {} ms", time_limit.count()));
    }
    if (rc != SQLITE_ROW) {
        throw config_error(fmt::format("the query failed: {}", sqlite3_errmsg(handle)));
    }
    if (sqlite3_column_count(statement.get()) < 1 || sqlite3_column_type(statement.get(), 0) == SQLITE_NULL) {
        return std::nullopt;
    }
    if (sqlite3_column_type(statement.get(), 0) == SQLITE_TEXT) {
        throw config_error("the query must return a number, not text");
    }
    return sqlite3_column_double(statement.get(), 0);
}

bool uses_parameter(Database& db, const std::string& sql, const std::string& name) {
    sqlite3* handle = db.sqlite().getHandle();
    Guard guard;
    Authorized authorized(handle, guard, std::chrono::seconds{60});
    auto statement = prepare(handle, sql, guard);
    return sqlite3_bind_parameter_index(statement.get(), name.c_str()) > 0;
}

} // namespace officectl::store
