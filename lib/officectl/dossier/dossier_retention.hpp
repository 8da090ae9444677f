#pragma once
// Retention: which dossiers have reached the end of their term, and carrying out
// the kind's action on them: destroy (content, stored copies and the history of
// both go; a tombstone stays) or archive. A dossier on legal hold is left alone.

#include "officectl/dossier/dossier_kinds.hpp"
#include "officectl/dossier/dossier_store.hpp"

#include <vector>

namespace officectl::dossier {

struct RetentionItem {
    Dossier dossier;
    Kind kind;
    core::Date due; // the term's end
};

// Closed (or, per kind, opened) dossiers not yet archived or destroyed whose term
// ends on or before `until`, earliest first.
std::vector<RetentionItem> retention_due(store::Database& db, const Kinds& kinds, core::Date until);

struct PurgeResult {
    std::vector<RetentionItem> destroyed;
    std::vector<RetentionItem> archived;
    std::vector<RetentionItem> held;          // due, but on legal hold: untouched
    std::vector<std::string> copies_to_remove; // our copies no document points at any more
    std::vector<std::string> outside_files;   // files outside the store the destroyed documents named
};

// Carries out the action of every dossier due on `today` inside `txn` (the
// caller commits, or rolls back for a dry run, and then removes the copies).
PurgeResult purge_due(store::Txn& txn, const Kinds& kinds, core::Date today);

} // namespace officectl::dossier
