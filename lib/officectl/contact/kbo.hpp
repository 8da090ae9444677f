#pragma once
// Belgian enterprise numbers (KBO/BCE, the VAT number BE0123.456.789): ten digits,
// the first 0 or 1, the last two a check on the first eight:
// 97 - (first eight mod 97). Old nine-digit numbers get a leading 0.

#include <optional>
#include <string>
#include <string_view>

namespace officectl::contact {

// `BE0403.170.701`, `0403170701`, `BE 0403 170 701`, `403170701` -> `BE0403170701`.
// nullopt when it is not a valid number (wrong length, prefix or check digits).
std::optional<std::string> normalise_kbo(std::string_view text);
// Throws a data Error naming the number and what is wrong with it.
std::string require_kbo(std::string_view text);
// `BE 0403.170.701`, the way it is printed on letters.
std::string format_kbo(std::string_view normalised);

} // namespace officectl::contact
