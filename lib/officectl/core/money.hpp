#pragma once
// Money is integer cents with an ISO 4217 currency code; never floating point.

#include "officectl/core/language.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace officectl::core {

struct Money {
    std::int64_t cents = 0;
    std::string currency = "EUR";
    friend bool operator==(const Money&, const Money&) = default;
};

// Parses `1234.56`, `1.234,56`, `1 234,56`, `€ 12`, `12 EUR`, `-5,5`. With one kind
// of separator, a single one followed by exactly three digits groups thousands
// (money has at most two decimals, so `1.234` is 1234 and `1.5` is 1.50). Without
// a currency, `default_currency` applies. Throws a data Error naming the text.
Money parse_money(std::string_view text, std::string_view default_currency = "EUR");

// `€ 1.234,56` (nl), `1.234,56 €` (fr), `€1,234.56` (en); other currencies by code.
std::string format_money(const Money& m, Language lang);
// `1234.56`: a plain decimal, for CSV and JSON.
std::string money_decimal(const Money& m, char decimal_point = '.');

} // namespace officectl::core
