#pragma once
// CSV import and export of relations. Columns (by name, any order; `name` is
// required): name, kind, type, segment, organisation, role, email, domain, phone,
// address, vat, lang, tags, note. A row is the same relation as a stored one by
// company number, else e-mail, else name and organisation: so importing twice
// adds nothing. All rows or none.

#include "officectl/io/csv_reader.hpp"
#include "officectl/render/table.hpp"
#include "officectl/store/txn.hpp"

#include <functional>
#include <string>
#include <vector>

namespace officectl::contact {

using io::ImportCounts;

// `segments_of(type)` gives the configured segments of a type. A row that matches
// a stored relation but would change what identifies it (its name, company number
// or e-mail) is refused, naming the relation and the change, unless `update`
// (a company number matched "Ricoh Belgium" and renamed it, saying only "updated 1").
ImportCounts import_contacts(store::Txn& txn, io::CsvReader& csv,
                             const std::function<std::vector<std::string>(std::string_view)>& segments_of,
                             bool update = false);
render::Table export_contacts(store::Database& db);

} // namespace officectl::contact
