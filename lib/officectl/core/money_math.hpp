#pragma once
// Arithmetic on money: exact integer cents, one currency at a time. Amounts in two
// currencies are never added together: a sum keeps one total per currency, and
// turning one currency into another takes a rate the user gave.

#include "officectl/core/money.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::core {

// a + b. A data Error when their currencies differ, or on overflow.
Money add(const Money& a, const Money& b);

// cents * num / den, rounded half away from zero, computed exactly (no floating
// point). den > 0. A data Error when the result does not fit.
std::int64_t scale_cents(std::int64_t cents, std::int64_t num, std::int64_t den);
// part * 100 / whole, rounded toward zero, exact for any amounts (a budget used
// a million times over is 100000000 %, not a wrapped negative number). whole > 0.
std::int64_t percent_of(std::int64_t part, std::int64_t whole);

// An exchange rate as an exact decimal fraction: 0.9235 is 9235 / 10000.
struct Rate {
    std::int64_t num = 1;
    std::int64_t den = 1;
    friend bool operator==(const Rate&, const Rate&) = default;
};
// `0.9235`, `0,9235`, `1.08`, `25`: a positive decimal with at most 8 decimals.
// Throws a data Error naming the text otherwise.
Rate parse_rate(std::string_view text);
// `1.08` (the shortest decimal that is the rate).
std::string format_rate(const Rate& rate);
// `m` in `currency` at `rate` (units of `currency` for one unit of m's), rounded
// half away from zero to the cent.
Money convert(const Money& m, const Rate& rate, std::string currency);

// Totals per currency, in the order the currencies first appear.
class Totals {
public:
    void add(const Money& m);
    // Adds every currency of `other`.
    void add(const Totals& other);
    const std::vector<Money>& per_currency() const { return m_totals; }
    bool empty() const { return m_totals.empty(); }
    // More than one currency.
    bool mixed() const { return m_totals.size() > 1; }
    // The total of `currency` (0 when it has none).
    Money in(std::string_view currency) const;
    // `12.00 EUR + 5.50 USD`: plain decimals with their codes, for a note.
    std::string text() const;
    // `€ 12,00 + USD 5,50` as format_money writes each; `empty_currency`'s 0 when empty.
    std::string format(Language lang, std::string_view empty_currency) const;

private:
    std::vector<Money> m_totals;
};

} // namespace officectl::core
