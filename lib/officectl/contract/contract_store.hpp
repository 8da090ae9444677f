#pragma once
// The contracts' SQL: the only place that reads or writes contract_contract,
// contract_obligation and contract_incident. The vendor is a relation
// (contact), found or created through contact::resolve_party by the caller.

#include "officectl/contract/contract.hpp"
#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"

#include <vector>

namespace officectl::contract {

const std::vector<store::Migration>& migrations();

struct ContractFilter {
    std::optional<std::int64_t> vendor_id;
    std::optional<std::string> category;
    bool include_ended = false;
};

std::int64_t add_contract(store::Txn& txn, const Contract& c);
void update_contract(store::Txn& txn, const Contract& c);
// Throws a no_input Error for an unknown id.
Contract get_contract(store::Database& db, std::int64_t id);
std::vector<Contract> list_contracts(store::Database& db, const ContractFilter& filter);
// The contract with the office's own reference, for imports.
std::optional<Contract> find_by_reference(store::Database& db, const std::string& reference);

std::int64_t add_obligation(store::Txn& txn, const Obligation& o);
void update_obligation(store::Txn& txn, const Obligation& o);
Obligation get_obligation(store::Database& db, std::int64_t id);
// Every obligation (of one contract when given), by next date.
std::vector<Obligation> list_obligations(store::Database& db, std::optional<std::int64_t> contract_id = std::nullopt);

std::int64_t add_incident(store::Txn& txn, const Incident& i);
void update_incident(store::Txn& txn, const Incident& i);
Incident get_incident(store::Database& db, std::int64_t id);
std::vector<Incident> list_incidents(store::Database& db, std::optional<std::int64_t> contract_id, bool open_only);

} // namespace officectl::contract
