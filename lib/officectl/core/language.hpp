#pragma once
// The three languages of a Belgian office.

#include "officectl/core/choices.hpp"

#include <optional>
#include <string_view>

namespace officectl::core {

enum class Language { nl, fr, en };
inline constexpr Choices<Language, 3> languages{{{{Language::nl, "nl"}, {Language::fr, "fr"}, {Language::en, "en"}}}};

std::optional<Language> parse_language(std::string_view code);
std::string_view language_code(Language lang);

} // namespace officectl::core
