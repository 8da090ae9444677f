#include "officectl/dossier/dossier_retention.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace officectl::dossier {

std::vector<RetentionItem> retention_due(store::Database& db, const Kinds& kinds, core::Date until) {
    DossierFilter f;
    f.statuses = {Status::open, Status::closed};
    std::vector<RetentionItem> out;
    for (auto& d : list_dossiers(db, f)) {
        auto kind = kinds.find(d.kind);
        if (kind == kinds.end()) {
            continue; // a kind removed from config: `dossier check` names it
        }
        if (auto end = retention_end(d, kind->second); end && *end <= until) {
            out.push_back({std::move(d), kind->second, *end});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.due < b.due; });
    return out;
}

PurgeResult purge_due(store::Txn& txn, const Kinds& kinds, core::Date today) {
    PurgeResult r;
    for (auto& item : retention_due(txn.db(), kinds, today)) {
        auto& d = item.dossier;
        if (d.hold) {
            r.held.push_back(std::move(item));
            continue;
        }
        if (item.kind.action == "archive") {
            d.status = Status::archived;
            d.disposed = today;
            update_dossier(txn, d, today,
                           fmt::format("archived: retention {} ended {}", rule_text(item.kind), core::format_date(item.due)));
            r.archived.push_back(std::move(item));
            continue;
        }
        nlohmann::json tombstone = {
            {"reference", d.reference},
            {"title", d.title},
            {"kind", d.kind},
            {"opened", core::format_date(d.opened)},
            {"closed", d.closed ? core::format_date(*d.closed) : ""},
            {"rule", rule_text(item.kind)},
            {"basis", item.kind.basis},
            {"term_ended", core::format_date(item.due)},
            {"destroyed", core::format_date(today)},
        };
        // Its undo record would hold what it destroys: a purge cannot be undone.
        txn.keep_no_undo("it destroyed what it purged, for good");
        auto documents = destroy_dossier(txn, d, today);
        tombstone["documents"] = documents.size();
        for (const auto& doc : documents) {
            if (!doc.stored) {
                if (documents_at(txn.db(), doc.path) == 0) { // another dossier may still need it
                    r.outside_files.push_back(doc.path);
                }
            } else if (documents_at(txn.db(), doc.path) == 0 &&
                       std::find(r.copies_to_remove.begin(), r.copies_to_remove.end(), doc.path) ==
                           r.copies_to_remove.end()) {
                r.copies_to_remove.push_back(doc.path);
            }
        }
        record_tombstone(txn, d, rule_text(item.kind), tombstone.dump());
        d.status = Status::destroyed;
        d.disposed = today;
        d.person.reset();
        r.destroyed.push_back(std::move(item));
    }
    return r;
}

} // namespace officectl::dossier
