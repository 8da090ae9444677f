#include "officectl/store/readonly_query.hpp"

#include "officectl/core/error.hpp"

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <cctype>
#include <chrono>
#include <cstring>
#include <memory>

namespace officectl::store {
namespace {

// What the statement tried that is not reading, for the error message.
struct Guard {
    std::string refused;
};

int authorize(void* data, int action, const char* arg1, const char* arg2, const char*, const char*) {
    auto* guard = static_cast<Guard*>(data);
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_FUNCTION: // the function's name is the second argument
        if (arg2 != nullptr && sqlite3_stricmp(arg2, "load_extension") == 0) {
            guard->refused = "load_extension";
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

// Installs the authorizer and the time limit for as long as it lives; the
// store's own statements (migrations, journal) run without them.
class Authorized {
public:
    Authorized(sqlite3* handle, Guard& guard, std::chrono::milliseconds time_limit)
        : m_handle(handle), m_deadline(std::chrono::steady_clock::now() + time_limit) {
        sqlite3_set_authorizer(handle, authorize, &guard);
        // A query that runs away (a recursive CTE without an end) is stopped rather
        // than left to hang a cron job: SQLite asks every 10 000 steps whether to go on.
        sqlite3_progress_handler(handle, 10000, past_deadline, &m_deadline);
    }
    ~Authorized() {
        sqlite3_set_authorizer(m_handle, nullptr, nullptr);
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    Authorized(const Authorized&) = delete;
    Authorized& operator=(const Authorized&) = delete;

private:
    sqlite3* m_handle;
    std::chrono::steady_clock::time_point m_deadline;
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
