#pragma once
// Money is integer cents with an ISO 4217 currency code; never floating point.

#include "officectl/core/choices.hpp"
#include "officectl/core/language.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace officectl::core {

struct Money {
    std::int64_t cents = 0;
    std::string currency = "EUR";
    friend bool operator==(const Money&, const Money&) = default;
};

// Which separator is the decimal one, when it is known: stated (`budget import
// --decimal comma`) or configured (`locale.decimal`).
enum class DecimalMark { unknown, comma, point };
inline constexpr Choices<DecimalMark, 2> decimal_marks{{{{DecimalMark::comma, "comma"}, {DecimalMark::point, "point"}}}};
// "comma", "point" -> the mark; nullopt for any other word.
std::optional<DecimalMark> parse_decimal_mark(std::string_view word);

// Parses `1234.56`, `1.234,56`, `1 234,56`, `€ 12`, `12 EUR`, `-5,5`. With both
// separators the last is the decimal one; a separator used twice groups
// thousands; a single one followed by one or two digits is the decimal one.
// A single one followed by exactly three digits (`12.345`: 12345, or 12.345 with
// one decimal too many?) is ambiguous: refused with the reason unless `mark`
// says which it is. `0.001` is never thousands. Without a currency,
// `default_currency` applies. Throws a data Error naming the text.
Money parse_money(std::string_view text, std::string_view default_currency = "EUR",
                  DecimalMark mark = DecimalMark::unknown);

// `€ 1.234,56` (nl), `1.234,56 €` (fr), `€1,234.56` (en); other currencies by code.
std::string format_money(const Money& m, Language lang);
// `1234.56`: a plain decimal, for CSV and JSON.
std::string money_decimal(const Money& m, char decimal_point = '.');

} // namespace officectl::core
