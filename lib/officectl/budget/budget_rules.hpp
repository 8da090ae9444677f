#pragma once
// The budget rules as plain functions: a year's plan spread over its months,
// VAT, a line's figures on a day with a year-end forecast from the run rate,
// and the marks a report puts on a line.

#include "officectl/core/choices.hpp"
#include "officectl/budget/budget.hpp"
#include "officectl/core/money.hpp"
#include "officectl/core/money_math.hpp"

#include <string>
#include <string_view>

namespace officectl::budget {

// `5000` spread evenly (the cents left over go to the first months).
std::array<std::int64_t, 12> spread_evenly(std::int64_t cents);
// `jan=500,feb=250,...` (months not named plan nothing); amounts as parse_money.
// Throws a data Error naming the part that is wrong.
std::array<std::int64_t, 12> parse_by_month(std::string_view text, std::string_view currency,
                                            core::DecimalMark mark = core::DecimalMark::unknown);
// The Belgian VAT rates, in percent.
inline constexpr core::Choices<int, 4> vat_rates{{{{0, "0"}, {6, "6"}, {12, "12"}, {21, "21"}}}};
// 0, 6, 12 or 21, with or without a % (Belgian rates); a data Error otherwise.
int parse_vat(std::string_view text);
// The amount with its VAT, rounded half away from zero to the cent.
std::int64_t with_vat(std::int64_t cents, int vat);
// The amount without its VAT (an amount paid, incl. VAT), rounded the same way.
std::int64_t without_vat(std::int64_t cents_incl, int vat);

// An amount booked on a line, in the line's currency.
struct LineAmount {
    core::Money amount;                  // in the line's currency
    std::optional<std::string> converted; // `120.00 USD at 0.92`: what was given, when converted
};
// `amount` on `line`: as it is when in the line's currency; in another one,
// converted at `rate` (units of the line's currency for one of the amount's),
// exactly, rounded half away from zero to the cent. Without a rate it is refused
// (a data Error naming both currencies): amounts in two currencies are never
// added together. A rate for an amount in the line's currency is a usage Error.
// The errors name the options: `--amount`, `--exchange-rate`.
LineAmount amount_on_line(const Line& line, const core::Money& amount, const std::optional<core::Rate>& rate);

struct LineFigures {
    std::int64_t planned = 0;    // the whole year (or through the report's month)
    std::int64_t committed = 0;  // open commitments
    std::int64_t spent = 0;      // through the report day
    std::int64_t remaining() const { return planned - committed - spent; }
    std::int64_t percent_used() const;    // (committed + spent) / planned, rounded down; 0 without a plan
};

// The year-end spending if the pace so far goes on (spent per elapsed day of the
// year), never below what is spent and committed already.
std::int64_t forecast_year_end(const LineFigures& f, int year, core::Date as_of);
// "over", "forecast over", "near" (90% used) or "" .
std::string mark(const LineFigures& f, std::int64_t year_plan, std::int64_t forecast);

} // namespace officectl::budget
