#pragma once
// Small string helpers shared by every layer.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::core {

std::string_view trim(std::string_view s);
std::string to_lower(std::string_view s);
// Text as every search and name lookup compares it: case folded and accents
// removed (NFKD, marks stripped, through utf8proc), so "financien" finds
// "FOD Financiën" and "lefevre" finds "Lefèvre". Text that is not UTF-8 is only lower-cased.
std::string fold(std::string_view s);
// Where `folded_word` (already folded) starts in `text` when both are folded; npos if nowhere.
// The position is in `text` itself, at the start of a character.
std::size_t find_folded(std::string_view text, std::string_view folded_word);
// Splits on `sep`, trimming each piece; empty pieces are kept.
std::vector<std::string> split(std::string_view s, char sep);
bool starts_with_ci(std::string_view s, std::string_view prefix);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
// A glob with `*` and `?`, case-insensitive (used for e-mail patterns and filters).
bool glob_match(std::string_view pattern, std::string_view text);
// A finite decimal number (`12`, `0.9`, `-3.5`; spaces around allowed); nullopt otherwise.
std::optional<double> parse_number(std::string_view text);
// The word as a POSIX shell reads it back: unchanged when it is plain, in single quotes otherwise.
std::string shell_quote(const std::string& word);

} // namespace officectl::core
