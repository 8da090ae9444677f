#pragma once
// CSV import and export of the people directory. The columns are
//   handle, name, email, role, manager, hours, days, start, end, lang
// (matched by name, any order; only `handle` is required). An empty cell clears
// the field, so an export imports back unchanged.

#include "officectl/io/csv_reader.hpp"
#include "officectl/render/table.hpp"
#include "officectl/store/txn.hpp"

namespace officectl::team {

using io::ImportCounts;

// All rows or none: the caller commits the Txn. Idempotent by handle: a row equal
// to the stored member changes nothing. A bad row throws `file:line: why`.
// Managers may be defined later in the same file.
ImportCounts import_members(store::Txn& txn, io::CsvReader& csv, core::Date today);

// Every member, gone ones included, in the import's columns.
render::Table export_members(store::Database& db, core::Date today);

} // namespace officectl::team
