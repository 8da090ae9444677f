#pragma once
// The budget book's SQL: the only place that reads or writes budget_budget,
// budget_line, budget_commitment and budget_spending. Vendors are relations
// (contact), resolved by the caller.

#include "officectl/budget/budget.hpp"
#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"

#include <vector>

namespace officectl::budget {

const std::vector<store::Migration>& migrations();

std::int64_t add_budget(store::Txn& txn, const Budget& b);
void update_budget(store::Txn& txn, const Budget& b);
// Whether any line of the budget has spending or commitments.
bool has_bookings(store::Database& db, std::int64_t budget_id);
// By number or name; a no_input Error naming the budgets otherwise.
Budget find_budget(store::Database& db, std::string_view text);
std::vector<Budget> list_budgets(store::Database& db);

std::int64_t add_line(store::Txn& txn, const Line& l);
void update_line(store::Txn& txn, const Line& l);
// What keeps a line from being removed: its own bookings (commitments, whatever
// their status, and spending) and what else points at it (a trip, an event, a
// project, a quote request, ...: "1 trip", in the user's words).
struct LineUse {
    int commitments = 0;
    int spending = 0;
    std::vector<std::string> others;
    bool empty() const { return commitments == 0 && spending == 0 && others.empty(); }
};
LineUse line_use(store::Database& db, std::int64_t line_id);
// Removes a line nothing uses (line_use); otherwise a data Error that says what
// uses it and what to do instead.
void remove_line(store::Txn& txn, const Line& l);
// By number, code or name (a name must be unique across budgets, or given as
// "BUDGET/LINE" with the line's name or code); a no_input or data Error otherwise.
// A code or name that several years' budgets share resolves in `year`'s budget.
Line find_line(store::Database& db, std::string_view text, std::optional<int> year = std::nullopt);
// Spending is booked on a line of its own year's budget, and never ahead of
// `today` (what is still to be paid is a commitment); a data Error otherwise.
void check_spending_date(store::Database& db, const Line& line, core::Date date, std::optional<core::Date> today);
std::vector<Line> list_lines(store::Database& db, std::optional<std::int64_t> budget_id);

// A commitment or spending must be in its line's currency (Line::currency): a data
// Error otherwise, so amounts in two currencies are never added together.
std::int64_t add_commitment(store::Txn& txn, const Commitment& c);
void set_commitment_status(store::Txn& txn, std::int64_t id, CommitmentStatus status);
Commitment get_commitment(store::Database& db, std::int64_t id);
// Open ones only unless `all`.
std::vector<Commitment> list_commitments(store::Database& db, std::optional<std::int64_t> line_id, bool all);

std::int64_t add_spending(store::Txn& txn, const Spending& s);
struct SpendingFilter {
    std::optional<std::int64_t> line_id;
    std::optional<std::int64_t> budget_id;
    core::Date from;
    core::Date to;
};
std::vector<Spending> list_spending(store::Database& db, const SpendingFilter& filter);
// Whether a spending row with this import key exists.
bool spending_imported(store::Database& db, const std::string& key);
// Whether this invoice was entered by hand on the line for this amount.
bool invoice_entered(store::Database& db, std::int64_t line_id, const std::string& invoice, std::int64_t cents);

// How often an import has met the same row so far (1 the first time): the
// second of two identical rows is a second payment, not a duplicate.
class ImportOccurrences {
public:
    explicit ImportOccurrences(store::Database& db);
    ~ImportOccurrences();
    ImportOccurrences(const ImportOccurrences&) = delete;
    ImportOccurrences& operator=(const ImportOccurrences&) = delete;
    int next(const std::string& key);

private:
    store::Database& m_db;
};

// Per line of the budget: open commitments, and spending in [from, to], in the
// line's currency.
struct LineSums {
    std::int64_t committed = 0;
    std::int64_t spent = 0;
    int other_currency = 0; // bookings in another currency than the line's: not counted
};
std::map<std::int64_t, LineSums> line_sums(store::Database& db, std::int64_t budget_id, core::Date from, core::Date to);

std::string_view commitment_status_name(CommitmentStatus s);

} // namespace officectl::budget
