#pragma once
// Spending from an accountant's or a bank's CSV export. Columns are found by
// name (`--map date=Datum,amount=Bedrag` renames them; other columns are
// ignored). A row is the same payment as a stored one when its line, date,
// amount, VAT, vendor, invoice and description are the same and it is the same
// occurrence of that row in the file, or when it is an invoice entered by hand
// on that line for that amount: so importing an export twice, or one that
// overlaps the last, adds each payment once. All rows or none.

#include "officectl/budget/budget.hpp"
#include "officectl/core/choices.hpp"
#include "officectl/core/money.hpp"
#include "officectl/core/money_math.hpp"
#include "officectl/io/csv_reader.hpp"
#include "officectl/store/txn.hpp"

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::budget {

// The fields a row can give, and the header each is read from.
struct ImportColumns {
    std::map<std::string, std::string> header_of{
        {"date", "date"},       {"amount", "amount"}, {"vat", "vat"},   {"vendor", "vendor"},
        {"invoice", "invoice"}, {"note", "note"},     {"line", "line"},
    };
    std::vector<std::string> mapped; // the fields --map named: their column must be there
};

// `date=Datum,amount=Bedrag`: a data Error naming an unknown field or a part
// without `=`.
ImportColumns parse_column_map(std::string_view text);

// A row that brings money in (a refund, a credit note, a deposit) is no
// spending, and a bank's export mixes them in: the user says what they are.
//   refuse: the import stops at the first (the default: nothing is guessed);
//   refund: booked on the line as negative spending (its spent goes down);
//   skip:   left out, and counted in the summary.
enum class Credits { refuse, refund, skip };
inline constexpr core::Choices<Credits, 3> credit_choices{
    {{{Credits::refuse, "refuse"}, {Credits::refund, "refund"}, {Credits::skip, "skip"}}}};

struct SpendingImportOptions {
    std::optional<std::int64_t> line_id; // for rows without a line column (or an empty one)
    ImportColumns columns;
    int vat = 0;                         // for rows without a VAT column
    bool incl_vat = false;               // amounts include VAT: the VAT is taken off
    bool negate = false;                 // spending is negative (a bank's view): flip the sign
    Credits credits = Credits::refuse;   // rows whose amount (after negate) is below zero
    std::string currency = "EUR";        // for the summary of an import that added nothing
    core::DecimalMark decimal = core::DecimalMark::unknown; // --decimal, else locale.decimal
    // The relation a vendor's name stands for (created when new, by the caller's rules).
    std::function<std::optional<std::int64_t>(store::Txn&, const std::string&)> vendor_id;
};

struct SpendingImportResult {
    int added = 0;
    int duplicates = 0;
    core::Totals added_total;               // excl. VAT, per currency (each line counts in its own)
    int refunds = 0;                        // credits booked (Credits::refund), counted in added too
    core::Totals refund_total;              // their sum, excl. VAT (below zero)
    int credits_skipped = 0;                // credits left out (Credits::skip)
    int zero_skipped = 0;                   // rows of 0,00 (no payment), left out
    std::map<std::int64_t, int> added_per_line;
};

// Reads every row; throws a data Error `FILE:LINE: why` at the first bad one
// (the caller's transaction then keeps nothing).
SpendingImportResult import_spending(store::Txn& txn, io::CsvReader& csv, const SpendingImportOptions& options);

} // namespace officectl::budget
