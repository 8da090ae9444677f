#include "officectl/admin/views.hpp"

#include "officectl/core/datetime.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/store/confidential.hpp"

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

namespace {

// "name: An -> An Peeters; role: (none) -> manager": the keys that differ
// between `before` and `after`, each shown by its value in `shown_before` and
// `shown_after` (the same images, or their sealed versions).
std::string changed_fields(const std::string& before, const std::string& after, const std::string& shown_before,
                           const std::string& shown_after) {
    auto b = nlohmann::json::parse(before, nullptr, false);
    auto a = nlohmann::json::parse(after, nullptr, false);
    auto sb = nlohmann::json::parse(shown_before, nullptr, false);
    auto sa = nlohmann::json::parse(shown_after, nullptr, false);
    if (!b.is_object() || !a.is_object() || !sb.is_object() || !sa.is_object()) {
        return "changed";
    }
    std::vector<std::string> parts;
    for (auto it = a.begin(); it != a.end(); ++it) {
        auto old = b.contains(it.key()) ? b[it.key()] : nlohmann::json();
        if (old != it.value()) {
            auto shown_old = sb.contains(it.key()) ? sb[it.key()] : nlohmann::json();
            auto shown_new = sa.contains(it.key()) ? sa[it.key()] : nlohmann::json();
            parts.push_back(fmt::format("{}: {} -> {}", it.key(), value_text(shown_old), value_text(shown_new)));
        }
    }
    return parts.empty() ? "no change" : core::join(parts, "; ");
}

std::optional<std::string> unsealed(const std::optional<std::string>& image, const std::optional<std::string>& secret) {
    if (!image || !secret) {
        return image;
    }
    return store::unseal(*image, *secret);
}

} // namespace

std::string change_summary(const store::JournalEntry& e) { return change_summary(e, false); }

std::string change_summary(const store::JournalEntry& e, bool unseal) {
    auto undo = e.undo_of ? fmt::format("undo of change {}: ", *e.undo_of) : std::string();
    if (!e.before && !e.after) {
        return undo + (e.action == "add" ? "added (content purged)" : "(content purged)");
    }
    if (!e.before) {
        return undo + (e.action == "add" ? "added" : e.action); // a record made by another action: a tombstone ("purge")
    }
    if (!e.after) {
        return undo + "removed";
    }
    // Which fields changed is judged on the whole values; a sealed value is shown
    // as "(confidential)" unless unsealed.
    auto before = unsealed(e.before, e.secret_before);
    auto after = unsealed(e.after, e.secret_after);
    return undo + changed_fields(*before, *after, unseal ? *before : *e.before, unseal ? *after : *e.after);
}

render::Table history_table(const std::vector<store::JournalEntry>& entries, const std::string& zone, bool with_values) {
    render::Table t;
    t.column("id", render::ColumnType::integer).column("at", render::ColumnType::datetime).column("as_of");
    t.column("user").column("action").column("entity").column("label").column("changes").column("command");
    if (with_values) {
        t.column("txn", render::ColumnType::integer).column("before", render::ColumnType::json);
        t.column("after", render::ColumnType::json);
    }
    // A sealed part is a Secret cell: the renderer shows it only with --show-confidential.
    auto sealed = [](const std::optional<std::string>& shown, const std::optional<std::string>& secret) -> render::Cell {
        if (!secret) {
            return render::cell_or_empty(shown);
        }
        return render::Secret{*secret, shown.value_or("")};
    };
    for (const auto& e : entries) {
        render::Cell at;
        if (auto utc = core::parse_utc(e.at)) {
            at = core::ZonedInstant{*utc, zone};
        } else {
            at = e.at;
        }
        render::Cell changes = change_summary(e, false);
        if (e.secret_before || e.secret_after) {
            changes = render::Secret{change_summary(e, true), change_summary(e, false)};
        }
        std::vector<render::Cell> row{static_cast<std::int64_t>(e.id), at, render::cell_or_empty(e.as_of), e.user,
                                      e.action, fmt::format("{}:{}", e.entity, e.entity_id),
                                      sealed(e.label, e.secret_label), changes, sealed(e.command, e.secret_command)};
        if (with_values) {
            row.push_back(static_cast<std::int64_t>(e.txn_id));
            row.push_back(sealed(e.before, unsealed(e.before, e.secret_before) == e.before
                                               ? std::nullopt
                                               : unsealed(e.before, e.secret_before)));
            row.push_back(sealed(e.after, unsealed(e.after, e.secret_after) == e.after
                                              ? std::nullopt
                                              : unsealed(e.after, e.secret_after)));
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
