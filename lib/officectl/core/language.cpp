#include "officectl/core/language.hpp"

namespace officectl::core {

std::optional<Language> parse_language(std::string_view code) {
    if (code == "nl") {
        return Language::nl;
    }
    if (code == "fr") {
        return Language::fr;
    }
    if (code == "en") {
        return Language::en;
    }
    return std::nullopt;
}

std::string_view language_code(Language lang) {
    switch (lang) {
    case Language::nl: return "nl";
    case Language::fr: return "fr";
    case Language::en: return "en";
    }
    return "en";
}

} // namespace officectl::core
