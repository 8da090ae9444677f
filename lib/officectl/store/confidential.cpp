#include "officectl/store/confidential.hpp"

#include "officectl/core/strings.hpp"
#include "officectl/store/database.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace officectl::store {
namespace {

using json = nlohmann::ordered_json;

std::optional<json> parse(const std::optional<std::string>& text) {
    if (!text) {
        return std::nullopt;
    }
    auto j = json::parse(*text, nullptr, false);
    if (!j.is_object()) {
        return std::nullopt;
    }
    return j;
}

bool truthy(const json& v) {
    return (v.is_number_integer() && v.get<std::int64_t>() != 0) || (v.is_boolean() && v.get<bool>());
}

bool parent_flagged(Database& db, std::string_view parent, const json& id) {
    if (!id.is_number_integer()) {
        return false;
    }
    // The table name is the catalog's own (code, not data); the id is bound.
    auto& q = db.cached(fmt::format("SELECT confidential FROM \"{}\" WHERE id = ?", parent));
    q.bind(1, static_cast<int64_t>(id.get<std::int64_t>()));
    return q.executeStep() && q.getColumn(0).getInt() != 0;
}

// Whether the row (the after image, else the before image) is confidential.
bool applies(Database& db, const Confidential& rule, const json& row) {
    auto at = [&](std::string_view column) -> const json* {
        auto it = row.find(std::string(column));
        return it == row.end() ? nullptr : &*it;
    };
    switch (rule.when) {
    case Confidential::When::always: return true;
    case Confidential::When::flagged: {
        const auto* v = at(rule.column);
        return v != nullptr && truthy(*v);
    }
    case Confidential::When::parent_flagged: {
        const auto* v = at(rule.column);
        return v != nullptr && parent_flagged(db, rule.parent, *v);
    }
    case Confidential::When::equals: {
        const auto* v = at(rule.column);
        return v != nullptr && v->is_string() && v->get<std::string>() == rule.value;
    }
    }
    return false;
}

// Moves the rule's columns out of `row` into the returned secret object.
std::optional<std::string> split(json& row, const Confidential& rule, std::vector<std::string>& secrets) {
    json secret = json::object();
    for (auto column : rule.columns) {
        auto it = row.find(std::string(column));
        if (it == row.end() || it->is_null()) {
            continue;
        }
        if (it->is_string()) {
            secrets.push_back(it->get<std::string>());
        }
        secret[std::string(column)] = *it;
        *it = k_confidential_mark;
    }
    if (secret.empty()) {
        return std::nullopt;
    }
    return secret.dump();
}

void bind_or_null(SQLite::Statement& q, int index, const std::optional<std::string>& v) {
    if (v) {
        q.bind(index, *v);
    } else {
        q.bind(index);
    }
}

std::string trimmed(std::string_view s) {
    auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) {
        return {};
    }
    auto e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

} // namespace

SealedChange seal_change(Database& db, const Entity& entity, const std::optional<std::string>& before,
                         const std::optional<std::string>& after) {
    SealedChange out{false, before, after, std::nullopt, std::nullopt, {}};
    if (!entity.confidential) {
        return out;
    }
    auto b = parse(before);
    auto a = parse(after);
    // The row as it stands after the change decides; a partial image (an edit
    // journalled by what changed) is completed from the other one.
    json judged = a ? *a : (b ? *b : json::object());
    if (a && b) {
        for (auto& [key, value] : b->items()) {
            if (!judged.contains(key)) {
                judged[key] = value;
            }
        }
    }
    bool was = b && applies(db, *entity.confidential, *b);
    if (!applies(db, *entity.confidential, judged) && !was) {
        return out;
    }
    out.confidential = true;
    if (b) {
        out.secret_before = split(*b, *entity.confidential, out.secrets);
        out.before = b->dump();
    }
    if (a) {
        out.secret_after = split(*a, *entity.confidential, out.secrets);
        out.after = a->dump();
    }
    return out;
}

bool reveals(std::string_view text, const std::vector<std::string>& secrets) {
    auto t = trimmed(text);
    if (t.empty()) {
        return false;
    }
    return std::any_of(secrets.begin(), secrets.end(), [&](const std::string& secret) {
        auto s = trimmed(secret);
        if (s.empty()) {
            return false;
        }
        // The word is the secret, or holds it (`--notes=...`).
        return t == s || (s.size() >= 3 && t.find(s) != std::string::npos);
    });
}

namespace {

struct Unsealed {
    std::int64_t id, txn_id;
    std::string entity, label;
    std::optional<std::string> before, after;
};

// Seals journal entries written in the clear (before sealing existed, or before
// their record became confidential), and the command lines that changed them.
void seal_entries(Database& db, const Catalog& catalog, const std::vector<Unsealed>& rows) {
    std::map<std::int64_t, std::vector<std::string>> txn_secrets;
    for (const auto& r : rows) {
        const Entity* e = catalog.by_name(r.entity);
        if (e == nullptr || !e->confidential) {
            continue;
        }
        auto sealed = seal_change(db, *e, r.before, r.after);
        if (!sealed.confidential) {
            continue;
        }
        bool hide_label = reveals(r.label, sealed.secrets);
        SQLite::Statement up(db.sqlite(), "UPDATE history SET before = ?, after = ?, label = ? WHERE id = ?");
        bind_or_null(up, 1, sealed.before);
        bind_or_null(up, 2, sealed.after);
        up.bind(3, hide_label ? std::string(k_confidential_mark) : r.label);
        up.bind(4, static_cast<int64_t>(r.id));
        up.exec();
        SQLite::Statement secret(db.sqlite(),
                                 "INSERT INTO history_secret (history_id, label, before, after) VALUES (?, ?, ?, ?)");
        secret.bind(1, static_cast<int64_t>(r.id));
        bind_or_null(secret, 2, hide_label ? std::optional(r.label) : std::nullopt);
        bind_or_null(secret, 3, sealed.secret_before);
        bind_or_null(secret, 4, sealed.secret_after);
        secret.exec();
        auto& all = txn_secrets[r.txn_id];
        all.insert(all.end(), sealed.secrets.begin(), sealed.secrets.end());
    }
    // The command lines as typed, kept sealed; the readable one with each
    // confidential value (as typed or shell-quoted) replaced.
    for (const auto& [txn_id, secrets] : txn_secrets) {
        SQLite::Statement q(db.sqlite(), "SELECT t.command, s.command FROM history_txn t "
                                         "LEFT JOIN history_txn_secret s ON s.txn_id = t.id WHERE t.id = ?");
        q.bind(1, static_cast<int64_t>(txn_id));
        if (!q.executeStep()) {
            continue;
        }
        auto readable = q.getColumn(0).getString();
        auto typed = q.getColumn(1).isNull() ? readable : q.getColumn(1).getString();
        for (const auto& secret : secrets) {
            for (const auto& form : {core::shell_quote(secret), secret}) {
                for (auto at = readable.find(form); !form.empty() && at != std::string::npos; at = readable.find(form)) {
                    readable.replace(at, form.size(), k_confidential_mark);
                }
            }
        }
        SQLite::Statement keep(db.sqlite(), "INSERT OR IGNORE INTO history_txn_secret (txn_id, command) VALUES (?, ?)");
        keep.bind(1, static_cast<int64_t>(txn_id));
        keep.bind(2, typed);
        keep.exec();
        SQLite::Statement up(db.sqlite(), "UPDATE history_txn SET command = ? WHERE id = ?");
        up.bind(1, readable);
        up.bind(2, static_cast<int64_t>(txn_id));
        up.exec();
    }
}

std::vector<Unsealed> unsealed_entries(SQLite::Statement& q) {
    std::vector<Unsealed> rows;
    auto opt = [&](int col) -> std::optional<std::string> {
        return q.getColumn(col).isNull() ? std::nullopt : std::optional(q.getColumn(col).getString());
    };
    while (q.executeStep()) {
        rows.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getString(),
                        q.getColumn(3).getString(), opt(4), opt(5)});
    }
    return rows;
}

constexpr const char* k_unsealed = "SELECT id, txn_id, entity, label, before, after FROM history "
                                   "WHERE id NOT IN (SELECT history_id FROM history_secret)";

} // namespace

void seal_old_journal(Database& db) {
    if (db.catalog() == nullptr) {
        return;
    }
    SQLite::Statement q(db.sqlite(), std::string(k_unsealed) + " ORDER BY id");
    seal_entries(db, *db.catalog(), unsealed_entries(q));
}

void seal_history_of(Database& db, const Entity& entity, std::int64_t id) {
    const Catalog* catalog = db.catalog();
    if (catalog == nullptr) {
        return;
    }
    std::vector<Unsealed> rows;
    auto add = [&](std::string_view name, std::int64_t row) {
        SQLite::Statement q(db.sqlite(), std::string(k_unsealed) + " AND entity = ? AND entity_id = ? ORDER BY id");
        q.bind(1, std::string(name));
        q.bind(2, static_cast<int64_t>(row));
        auto more = unsealed_entries(q);
        rows.insert(rows.end(), more.begin(), more.end());
    };
    add(entity.name, id);
    // Its children whose confidentiality follows it: a dossier's notes and documents.
    for (const auto& child : catalog->entities()) {
        if (!child.confidential || child.confidential->when != Confidential::When::parent_flagged ||
            child.confidential->parent != entity.table) {
            continue;
        }
        // Identifiers from the catalog (code); the id is bound.
        SQLite::Statement ids(db.sqlite(), fmt::format("SELECT id FROM \"{}\" WHERE \"{}\" = ?", child.table,
                                                       child.confidential->column));
        ids.bind(1, static_cast<int64_t>(id));
        while (ids.executeStep()) {
            add(child.name, ids.getColumn(0).getInt64());
        }
    }
    seal_entries(db, *catalog, rows);
}

std::string unseal(const std::string& public_json, const std::string& secret_json) {
    auto pub = json::parse(public_json, nullptr, false);
    auto secret = json::parse(secret_json, nullptr, false);
    if (!pub.is_object() || !secret.is_object()) {
        return public_json;
    }
    for (auto& [key, value] : secret.items()) {
        pub[key] = value;
    }
    return pub.dump();
}

} // namespace officectl::store
