#pragma once
// Small helpers for the store files (lib/store and the domains' *_store.cpp):
// optional columns and parameters, JSON text, and tag lists kept as JSON arrays.

#include "officectl/core/dates.hpp"
#include "officectl/core/error.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <nlohmann/json.hpp>
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

// A JSON value as compact text (["a","b"], {"k":1}), written by nlohmann/json:
// every character escaped as JSON wants (a tag or a Message-ID from outside
// may hold quotes, backslashes or control characters), bytes that are not
// UTF-8 as U+FFFD.
inline std::string json_text(const nlohmann::ordered_json& value) {
    return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// One string as a JSON string literal ("a\"b"), escaped the same way: for JSON
// built around it with fmt where building a document would cost more (the
// import journals every message by its keys). Printable ASCII without quotes
// or backslashes (a register number, a hash, most Message-IDs) needs no
// escaping and is quoted as it is; anything else goes through nlohmann/json.
inline std::string json_quoted(std::string_view text) {
    bool plain = true;
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        plain = plain && c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
    }
    if (plain) {
        std::string out;
        out.reserve(text.size() + 2);
        out += '"';
        out += text;
        out += '"';
        return out;
    }
    return json_text(std::string(text));
}

// Tags are simple lower-case words, stored as a JSON array (["a","b"]) so SQL can
// filter them with json_each.
inline std::string tags_to_json(const std::vector<std::string>& tags) { return json_text(tags); }

// The tags of a stored array; none when the text is not a JSON array of strings.
inline std::vector<std::string> tags_from_json(const std::string& json) {
    auto value = nlohmann::json::parse(json, nullptr, false);
    std::vector<std::string> tags;
    if (value.is_array()) {
        for (const auto& t : value) {
            if (t.is_string()) {
                tags.push_back(t.get<std::string>());
            }
        }
    }
    return tags;
}

} // namespace officectl::store
