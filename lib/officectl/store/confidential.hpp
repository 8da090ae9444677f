#pragma once
// The journal's half of the confidentiality rule: a change to a confidential row
// is journalled in two parts. What anyone may read (`history`) has each
// confidential value replaced by "(confidential)"; the values themselves go to
// the journal's secret tables, which `history --show-confidential` reads and a
// purge empties. Which values are confidential is the Catalog's to say.

#include "officectl/store/catalog.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace officectl::store {

class Database;

inline constexpr const char* k_confidential_mark = "(confidential)";

struct SealedChange {
    bool confidential = false;
    std::optional<std::string> before, after;               // public JSON objects
    std::optional<std::string> secret_before, secret_after; // the confidential values only, as JSON objects
    std::vector<std::string> secrets;                       // the confidential text values, to mask labels and commands
};

// Splits one journalled change of `entity`'s row (whole-row or partial JSON
// objects). A row is judged by its values after the change (before, for a removal);
// a parent's flag is read from the store.
SealedChange seal_change(Database& db, const Entity& entity, const std::optional<std::string>& before,
                         const std::optional<std::string>& after);

// Whether `text` (a label, a word of the command line) gives away one of `secrets`.
bool reveals(std::string_view text, const std::vector<std::string>& secrets);

// Seals what a journal written before sealing existed holds in the clear: run
// once, when the store is upgraded to the sealed journal (migration store 2).
void seal_old_journal(Database& db);

// Seals what the journal holds in the clear of record `id` of `entity`, and of
// the records whose confidentiality follows it (a dossier's notes and
// documents): for a record that has just become confidential.
void seal_history_of(Database& db, const Entity& entity, std::int64_t id);

// Puts secret values back into a public JSON object (for --show-confidential).
std::string unseal(const std::string& public_json, const std::string& secret_json);

} // namespace officectl::store
