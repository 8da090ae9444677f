#include "officectl/core/language.hpp"

namespace officectl::core {

std::optional<Language> parse_language(std::string_view code) { return languages.parse(code); }

std::string_view language_code(Language lang) { return languages.name(lang); }

} // namespace officectl::core
