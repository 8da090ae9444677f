#pragma once
// Tables for the cross-cutting commands: history, db check, db migrate --status,
// config show.

#include "officectl/config/config.hpp"
#include "officectl/render/table.hpp"
#include "officectl/store/journal.hpp"
#include "officectl/store/maintenance.hpp"

#include <vector>

namespace officectl::admin {

// `with_values`: add the full before/after JSON (for -o json).
render::Table history_table(const std::vector<store::JournalEntry>& entries, const std::string& zone, bool with_values);
// "name: An -> An Peeters; role: (none) -> manager" for an edit; "added" / "removed" otherwise.
// Sealed values read "(confidential)" unless `unseal`.
std::string change_summary(const store::JournalEntry& e);
std::string change_summary(const store::JournalEntry& e, bool unseal);

render::Table check_table(const std::vector<store::CheckFinding>& findings);
render::Table migrations_table(const std::vector<store::MigrationState>& states);
render::Table config_table(const std::vector<config::Entry>& entries);

} // namespace officectl::admin
