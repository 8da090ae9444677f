#pragma once
// The contract fields as the command line (and the CSV import) give them, and
// how they become a Contract. Defined in cli_contract.cpp.

#include "context.hpp"

#include "officectl/contract/contract.hpp"

#include <string>
#include <vector>

namespace officectl::app {

struct ContractOptions {
    std::string reference, title, vendor, category, start, end, term, notice, renew, amount, per, budget_line, owner,
        note, dossier;
    bool strict = false;
};

// Sets the fields given (empty ones keep `c`'s); the vendor through
// contact::resolve_party (a new relation is said in `notes`).
void apply_contract_options(Context& ctx, store::Txn& txn, const ContractOptions& o, contract::Contract& c,
                            std::vector<std::string>& notes);

} // namespace officectl::app
