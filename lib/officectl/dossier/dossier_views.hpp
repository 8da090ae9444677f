#pragma once
// Dossiers as Tables and Reports: the list with completeness, one dossier with
// its documents and timeline, `check`, `verify`, `retention`, the kinds, and
// the weekly section.

#include "officectl/dossier/dossier_files.hpp"
#include "officectl/dossier/dossier_kinds.hpp"
#include "officectl/dossier/dossier_retention.hpp"
#include "officectl/render/report.hpp"

#include <vector>

namespace officectl::dossier {

render::Table kinds_table(const Kinds& kinds);
render::Table dossiers_table(store::Database& db, const std::vector<Dossier>& dossiers, const Kinds& kinds,
                             core::Date today);
// Documents and notes of a confidential dossier only with `show_confidential`.
render::Report dossier_report(store::Database& db, const Dossier& d, const Kinds& kinds,
                              core::Date today);

struct CheckRow {
    Dossier dossier;
    Completeness completeness;
    bool known_kind = true;
    bool complete() const { return known_kind && completeness.complete(); }
};
// Completeness of each dossier in the list (two reads, however many dossiers).
std::vector<CheckRow> check_dossiers(store::Database& db, std::vector<Dossier> dossiers, const Kinds& kinds,
                                     core::Date today);
render::Table check_table(const std::vector<CheckRow>& rows);
render::Table verify_table(const std::vector<FileCheck>& checks);
render::Table retention_table(const std::vector<RetentionItem>& items, core::Date today);
render::Table purge_table(const PurgeResult& result);
render::Section dossier_weekly_section(store::Database& db, const Kinds& kinds, core::Date today);

} // namespace officectl::dossier
