#pragma once
// Small helpers for the store files (lib/store and the domains' *_store.cpp):
// optional columns and parameters, and tag lists kept as JSON arrays.

#include "officectl/core/dates.hpp"
#include "officectl/core/error.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace officectl::store {

inline std::optional<std::string> opt_text(SQLite::Statement& q, int col) {
    if (q.getColumn(col).isNull()) {
        return std::nullopt;
    }
    return q.getColumn(col).getString();
}

inline std::optional<std::int64_t> opt_int(SQLite::Statement& q, int col) {
    if (q.getColumn(col).isNull()) {
        return std::nullopt;
    }
    return q.getColumn(col).getInt64();
}

// An ISO date column; nullopt when NULL (or, defensively, not a date).
inline std::optional<core::Date> opt_date(SQLite::Statement& q, int col) {
    auto t = opt_text(q, col);
    return t ? core::parse_iso_date(*t) : std::nullopt;
}

inline std::optional<std::string> date_text(const std::optional<core::Date>& d) {
    return d ? std::optional<std::string>(core::format_date(*d)) : std::nullopt;
}

// Runs a write whose UNIQUE constraint the user can break (a name given twice):
// that becomes a data Error saying `taken`; other failures pass unchanged.
inline void exec_unique(SQLite::Statement& q, const std::string& taken) {
    try {
        q.exec();
    } catch (const SQLite::Exception& e) {
        if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE) {
            throw data_error(taken);
        }
        throw;
    }
}

// Binds the value, or NULL when there is none.
template <typename T> void bind_opt(SQLite::Statement& q, int idx, const std::optional<T>& v) {
    if (v) {
        q.bind(idx, *v);
    } else {
        q.bind(idx);
    }
}

// Tags are simple lower-case words, stored as a JSON array (["a","b"]) so SQL can
// filter them with json_each. Quotes and backslashes are left out of tags.
inline std::string tags_to_json(const std::vector<std::string>& tags) {
    std::string out = "[";
    for (size_t i = 0; i < tags.size(); ++i) {
        out += i ? ",\"" : "\"";
        for (char c : tags[i]) {
            if (c != '"' && c != '\\') {
                out += c;
            }
        }
        out += "\"";
    }
    return out + "]";
}

inline std::vector<std::string> tags_from_json(const std::string& json) {
    std::vector<std::string> tags;
    std::string cur;
    bool in = false;
    for (char c : json) {
        if (c == '"') {
            if (in) {
                tags.push_back(cur);
                cur.clear();
            }
            in = !in;
        } else if (in) {
            cur += c;
        }
    }
    return tags;
}

} // namespace officectl::store
