#pragma once
// What the budget verbs share (defined in cli_budget_spend.cpp): a VAT rate, a
// vendor and an amount on a line from the command line.

#include "cli_choices.hpp"
#include "context.hpp"

#include "officectl/budget/budget.hpp"
#include "officectl/core/money.hpp"

#include <optional>
#include <string>
#include <vector>

namespace officectl::app {

// 0 when empty; 0, 6, 12 or 21 otherwise.
int budget_vat(const std::string& text);
// --vat's other spellings: "21%".
Spelling vat_spelling();
// The relation named (created when new, and said, or added to `created`);
// nullopt when empty.
std::optional<std::int64_t> budget_vendor(Context& ctx, store::Txn& txn, const std::string& text,
                                          std::vector<std::string>* created = nullptr);

// An amount booked on `line` (--amount, with --exchange-rate): in the line's
// currency when it names none; another currency as budget::amount_on_line
// (converted at the rate, or refused), `converted` saying from what.
core::Money line_amount(Context& ctx, const budget::Line& line, const std::string& amount, const std::string& rate,
                        std::optional<std::string>& converted);

} // namespace officectl::app
