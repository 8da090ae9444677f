#pragma once
// `contract import`: contracts from CSV in the columns of `contract export`,
// matched by the office's reference, so importing a file twice changes nothing.
// All rows or none (the caller's transaction); a bad row names its line and
// column: `contracts.csv:3: start: invalid date ...`.

#include "officectl/contract/contract_fields.hpp"
#include "officectl/io/csv_reader.hpp"

namespace officectl::contract {

struct ContractImportResult {
    io::ImportCounts counts;
    std::vector<std::string> notes; // new relations made for vendors
};

// `rules.prefix` is ignored (errors name the column); vendors are whole names:
// "V" is a new relation, never "ISS, NV".
ContractImportResult import_contracts(store::Txn& txn, io::CsvReader& csv, FieldRules rules);

} // namespace officectl::contract
