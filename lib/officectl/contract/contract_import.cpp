#include "officectl/contract/contract_import.hpp"

#include "officectl/contract/contract_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

namespace officectl::contract {
namespace {

using ColumnIndex = std::array<std::optional<std::size_t>, field_names.size()>;

ColumnIndex read_header(io::CsvReader& csv) {
    for (const auto& h : csv.header()) {
        auto name = core::to_lower(core::trim(h));
        if (std::find(field_names.begin(), field_names.end(), name) == field_names.end()) {
            throw data_error(fmt::format("{}:1: unknown column \"{}\" (expected {})", csv.name(), h,
                                         fmt::join(field_names, ", ")));
        }
    }
    ColumnIndex index;
    for (std::size_t i = 0; i < field_names.size(); ++i) {
        index[i] = csv.column(field_names[i]);
    }
    if (!index[0]) {
        throw data_error(
            fmt::format("{}:1: the column \"reference\" is required: it says which contract a row is", csv.name()));
    }
    return index;
}

ContractFields fields_of(const io::CsvRow& row, const ColumnIndex& index) {
    std::array<std::string, field_names.size()> v;
    for (std::size_t i = 0; i < index.size(); ++i) {
        if (index[i] && *index[i] < row.fields.size()) {
            v[i] = std::string(core::trim(row.fields[*index[i]]));
        }
    }
    return {v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13]};
}

} // namespace

ContractImportResult import_contracts(store::Txn& txn, io::CsvReader& csv, FieldRules rules) {
    rules.prefix = "";
    rules.whole_names = true;
    auto index = read_header(csv);
    ContractImportResult result;
    std::map<std::string, int> lines_of; // a reference twice in one file: which row is meant?
    io::CsvRow row;
    while (csv.next(row)) {
        try {
            auto fields = fields_of(row, index);
            if (fields.reference.empty()) {
                throw data_error("a reference is required");
            }
            auto [seen, first] = lines_of.emplace(core::fold(fields.reference), row.line);
            if (!first) {
                throw data_error(fmt::format("reference {} is on line {} already", fields.reference, seen->second));
            }
            auto existing = find_by_reference(txn.db(), fields.reference);
            if (!existing && (fields.title.empty() || fields.vendor.empty() || fields.start.empty())) {
                throw data_error("a new contract needs a title, vendor and start");
            }
            if (!existing && fields.end.empty() && fields.term.empty()) {
                throw data_error("a new contract needs its end or its term (end=2027-12-31 or term=36m)");
            }
            // Columns left empty keep what is stored; end and term replace each other.
            Contract c = existing.value_or(Contract{});
            apply_fields(txn, fields, c, rules, result.notes);
            if (!existing) {
                add_contract(txn, c);
                ++result.counts.added;
            } else if (c == *existing) {
                ++result.counts.unchanged;
            } else {
                update_contract(txn, c);
                ++result.counts.updated;
            }
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("{}:{}: {}", csv.name(), row.line, e.what()));
        }
    }
    return result;
}

} // namespace officectl::contract
