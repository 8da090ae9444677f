#include "officectl/dossier/dossier_rules.hpp"

#include "officectl/core/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace officectl::dossier {

std::string_view status_name(Status s) { return statuses.name(s); }

std::optional<Status> parse_status(std::string_view word) { return statuses.parse(word); }

void require_changeable(const Dossier& d) {
    if (d.status == Status::archived || d.status == Status::destroyed) {
        throw data_error(fmt::format("dossier {} was {} on {}: it does not change any more", d.id, status_name(d.status),
                                     d.disposed ? core::format_date(*d.disposed) : "?"));
    }
}

Completeness completeness(const Kind& kind, const std::vector<DocumentValidity>& documents, core::Date today) {
    // Per type: does any document of it hold today?
    std::map<std::string, bool> valid;
    for (const auto& doc : documents) {
        bool ok = !doc.expires || *doc.expires >= today;
        valid[doc.type] = valid[doc.type] || ok;
    }
    Completeness c;
    c.required = static_cast<int>(kind.required.size());
    for (const auto& type : kind.required) {
        auto it = valid.find(type);
        if (it == valid.end()) {
            c.missing.push_back(type);
        } else if (it->second) {
            ++c.present;
        }
    }
    for (const auto& [type, ok] : valid) {
        if (!ok) {
            c.expired.push_back(type);
        }
    }
    return c;
}

std::optional<core::Date> retention_end(const Dossier& d, const Kind& kind) {
    if (!kind.retention || d.status == Status::archived || d.status == Status::destroyed) {
        return std::nullopt;
    }
    if (kind.retention_from == "opened") {
        return core::add_period(d.opened, *kind.retention);
    }
    if (!d.closed) {
        return std::nullopt;
    }
    return core::add_period(*d.closed, *kind.retention);
}

std::string rule_text(const Kind& kind) {
    if (!kind.retention) {
        return "no term";
    }
    return core::format_period(*kind.retention) + " from " + kind.retention_from;
}

} // namespace officectl::dossier
