#pragma once
// The three languages of a Belgian office.

#include <optional>
#include <string_view>

namespace officectl::core {

enum class Language { nl, fr, en };

std::optional<Language> parse_language(std::string_view code);
std::string_view language_code(Language lang);

} // namespace officectl::core
