#include "officectl/admin/views.hpp"

#include "officectl/core/datetime.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace officectl::admin {
namespace {

std::string value_text(const nlohmann::json& v) {
    if (v.is_null()) {
        return "(none)";
    }
    if (v.is_string()) {
        return v.get<std::string>();
    }
    return v.dump();
}

} // namespace

std::string change_summary(const store::JournalEntry& e) {
    if (!e.before && !e.after) {
        return e.action == "add" ? "added (content purged)" : "(content purged)";
    }
    if (!e.before) {
        return e.action == "add" ? "added" : e.action; // a record made by another action: a tombstone ("purge")
    }
    if (!e.after) {
        return "removed";
    }
    auto before = nlohmann::json::parse(*e.before, nullptr, false);
    auto after = nlohmann::json::parse(*e.after, nullptr, false);
    if (!before.is_object() || !after.is_object()) {
        return "changed";
    }
    std::vector<std::string> parts;
    for (auto it = after.begin(); it != after.end(); ++it) {
        auto old = before.contains(it.key()) ? before[it.key()] : nlohmann::json();
        if (old != it.value()) {
            parts.push_back(fmt::format("{}: {} -> {}", it.key(), value_text(old), value_text(it.value())));
        }
    }
    return parts.empty() ? "no change" : core::join(parts, "; ");
}

render::Table history_table(const std::vector<store::JournalEntry>& entries, const std::string& zone, bool with_values) {
    render::Table t;
    t.column("id", render::ColumnType::integer).column("at", render::ColumnType::datetime).column("as_of");
    t.column("user").column("action").column("entity").column("label").column("changes").column("command");
    if (with_values) {
        t.column("txn", render::ColumnType::integer).column("before", render::ColumnType::json);
        t.column("after", render::ColumnType::json);
    }
    for (const auto& e : entries) {
        render::Cell at;
        if (auto utc = core::parse_utc(e.at)) {
            at = core::ZonedInstant{*utc, zone};
        } else {
            at = e.at;
        }
        std::vector<render::Cell> row{static_cast<std::int64_t>(e.id), at, render::cell_or_empty(e.as_of), e.user,
                                      e.action, fmt::format("{}:{}", e.entity, e.entity_id), e.label,
                                      change_summary(e), e.command};
        if (with_values) {
            row.push_back(static_cast<std::int64_t>(e.txn_id));
            row.push_back(render::cell_or_empty(e.before));
            row.push_back(render::cell_or_empty(e.after));
        }
        t.add_row(std::move(row));
    }
    return t;
}

render::Table check_table(const std::vector<store::CheckFinding>& findings) {
    render::Table t;
    t.column("check").column("ok", render::ColumnType::boolean).column("detail");
    for (const auto& f : findings) {
        t.add_row({f.check, f.ok, f.detail});
    }
    return t;
}

render::Table migrations_table(const std::vector<store::MigrationState>& states) {
    render::Table t;
    t.column("domain").column("version", render::ColumnType::integer).column("name").column("status").column("applied_at");
    for (const auto& s : states) {
        std::string status = !s.known ? "unknown (newer officectl)" : s.applied_at.empty() ? "pending" : "applied";
        t.add_row({s.domain, static_cast<std::int64_t>(s.version), s.name, status,
                   s.applied_at.empty() ? render::Cell{} : render::Cell{s.applied_at}});
    }
    return t;
}

render::Table config_table(const std::vector<config::Entry>& entries) {
    render::Table t;
    t.column("key").column("value").column("origin").column("about");
    for (const auto& e : entries) {
        t.add_row({e.key, e.value, e.origin, e.doc});
    }
    return t;
}

} // namespace officectl::admin
