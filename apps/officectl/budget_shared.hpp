#pragma once
// What the budget verbs share (defined in cli_budget_spend.cpp): a VAT rate and
// a vendor from the command line (amounts: money_option in context.hpp).

#include "context.hpp"

#include "officectl/core/money.hpp"

#include <optional>
#include <string>
#include <vector>

namespace officectl::app {

// 0 when empty; 0, 6, 12 or 21 otherwise.
int budget_vat(const std::string& text);
// The relation named (created when new, and said, or added to `created`);
// nullopt when empty.
std::optional<std::int64_t> budget_vendor(Context& ctx, store::Txn& txn, const std::string& text,
                                          std::vector<std::string>* created = nullptr);

} // namespace officectl::app
