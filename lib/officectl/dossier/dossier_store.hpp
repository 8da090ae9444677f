#pragma once
// The dossiers' SQL: the only place that reads or writes dossier_dossier,
// dossier_document and dossier_entry. Every change writes a line on the
// dossier's timeline as well as the history journal.

#include "officectl/dossier/dossier.hpp"
#include "officectl/dossier/dossier_rules.hpp"
#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"

#include <unordered_map>
#include <vector>

namespace officectl::dossier {

const std::vector<store::Migration>& migrations();

struct DossierFilter {
    std::optional<std::string> kind;
    std::optional<std::string> person;     // a handle
    std::vector<Status> statuses = {Status::open, Status::closed};
};

// Gives the dossier its reference (DOS-0001) and a first timeline line.
std::int64_t add_dossier(store::Txn& txn, const Dossier& d);
// Writes the fields; `event`, when given, goes on the timeline on `on`.
void update_dossier(store::Txn& txn, const Dossier& d, core::Date on, const std::string& event = "");
// Throws a no_input Error for an unknown id.
Dossier get_dossier(store::Database& db, std::int64_t id);
std::vector<Dossier> list_dossiers(store::Database& db, const DossierFilter& filter);

std::int64_t add_document(store::Txn& txn, const Document& doc);
std::vector<Document> list_documents(store::Database& db, std::optional<std::int64_t> dossier_id);
// Type and validity of every document, per dossier: what `check` needs, in one read.
std::unordered_map<std::int64_t, std::vector<DocumentValidity>> validity_by_dossier(store::Database& db);
// How many documents (of any dossier) point at `path`.
int documents_at(store::Database& db, const std::string& path);
// Document `id` of dossier `dossier_id`; a no_input Error naming both otherwise.
Document get_document(store::Database& db, std::int64_t dossier_id, std::int64_t id);
// Takes document `doc` out of its dossier, with a line on the timeline on `on`.
// Returns the stored copy to remove after the commit (dossier_files:
// remove_copies): the document's own copy in the store's files folder, when no
// other document (of any dossier) points at it; nothing for a file outside the
// store, which is the user's own. When a copy goes, the command cannot be undone
// (the Txn keeps no undo record: it would bring back a document without its file).
std::optional<std::string> remove_document(store::Txn& txn, const Document& doc, core::Date on);

std::int64_t add_entry(store::Txn& txn, const Entry& e);
std::vector<Entry> list_entries(store::Database& db, std::int64_t dossier_id);

// Destroys a dossier's content: its documents and timeline are deleted, and
// forgotten by the history journal; the row stays (reference, title, kind,
// dates, status destroyed). Returns the removed documents.
std::vector<Document> destroy_dossier(store::Txn& txn, const Dossier& d, core::Date on);
// The tombstone: one `purge` line in the history journal, labelled with what
// and which rule (`json` holds the details; the journal adds when and by whom).
void record_tombstone(store::Txn& txn, const Dossier& d, const std::string& rule, const std::string& json);

} // namespace officectl::dossier
