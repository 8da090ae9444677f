#pragma once
// The budget book as Tables and Reports: budgets, the report per line
// (planned, committed, spent, remaining, used, forecast, marks), commitments,
// quotes and their comparison, and the weekly section. Amounts excl. VAT.

#include "officectl/budget/budget_store.hpp"
#include "officectl/budget/quote_scoring.hpp"
#include "officectl/budget/quote_store.hpp"
#include "officectl/render/report.hpp"

#include <optional>

namespace officectl::budget {

render::Table budgets_table(const std::vector<Budget>& budgets);
// Through `month` (1-12) when given: the plan of the months so far, spending
// until that month's end; otherwise the year, spending until `as_of`.
render::Table budget_lines_table(store::Database& db, const Budget& b, std::optional<unsigned> month, core::Date as_of);
render::Report budget_report(store::Database& db, const Budget& b, std::optional<unsigned> month, core::Date as_of);
render::Table commitments_table(const std::vector<Commitment>& commitments);
render::Table spending_table(const std::vector<Spending>& spending);
// The budget's open commitments (orders awaiting their invoice).
render::Section commitments_section(store::Database& db, const Budget& b);
render::Table requests_table(store::Database& db, const std::vector<Request>& requests);
render::Table quotes_table(const std::vector<Quote>& quotes);
render::Table comparison_table(const std::vector<Ranked>& ranked, const Weights& weights);
render::Section budget_weekly_section(store::Database& db, core::Date today);

} // namespace officectl::budget
