#include "officectl/mail/draft.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace officectl::mail {

std::string long_date(core::Date d, core::Language lang) {
    static constexpr std::array<const char*, 12> nl{"januari", "februari", "maart",     "april",   "mei",      "juni",
                                                   "juli",    "augustus", "september", "oktober", "november", "december"};
    static constexpr std::array<const char*, 12> fr{"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                                   "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    static constexpr std::array<const char*, 12> en{"January", "February", "March",     "April",   "May",      "June",
                                                   "July",    "August",   "September", "October", "November", "December"};
    auto day = static_cast<unsigned>(d.day());
    auto month = static_cast<unsigned>(d.month()) - 1;
    auto year = static_cast<int>(d.year());
    switch (lang) {
    case core::Language::fr: return fmt::format("{}{} {} {}", day, day == 1 ? "er" : "", fr[month], year);
    case core::Language::en: return fmt::format("{} {} {}", day, en[month], year);
    case core::Language::nl: break;
    }
    return fmt::format("{} {} {}", day, nl[month], year);
}

std::map<std::string, std::string> default_vars(core::Language lang) {
    switch (lang) {
    case core::Language::fr:
        return {{"place", "Bruxelles"},
                {"salutation", "Madame, Monsieur,"},
                {"closing", "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."},
                {"their_ref", "-"}, {"our_ref", "-"}, {"to_address", ""}, {"from_role", ""}, {"body", ""}};
    case core::Language::en:
        return {{"place", "Brussels"}, {"salutation", "Dear Sir or Madam,"}, {"closing", "Kind regards,"},
                {"their_ref", "-"},    {"our_ref", "-"},                     {"to_address", ""},
                {"from_role", ""},     {"body", ""}};
    case core::Language::nl: break;
    }
    return {{"place", "Brussel"}, {"salutation", "Geachte mevrouw, geachte heer,"}, {"closing", "Met vriendelijke groeten,"},
            {"their_ref", "-"},   {"our_ref", "-"},                                 {"to_address", ""},
            {"from_role", ""},    {"body", ""}};
}

std::vector<std::string> placeholders(std::string_view text) {
    std::vector<std::string> names;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
            if (i + 1 < text.size() && text[i + 1] == '{') {
                ++i; // a literal brace
                continue;
            }
            auto end = text.find('}', i);
            if (end == std::string_view::npos) {
                break;
            }
            auto name = std::string(text.substr(i + 1, end - i - 1));
            if (std::find(names.begin(), names.end(), name) == names.end()) {
                names.push_back(name);
            }
            i = end;
        } else if (text[i] == '}' && i + 1 < text.size() && text[i + 1] == '}') {
            ++i;
        }
    }
    return names;
}

std::string render_draft(std::string_view text, const std::string& name, const std::map<std::string, std::string>& vars) {
    std::vector<std::string> missing;
    for (const auto& p : placeholders(text)) {
        if (!vars.contains(p)) {
            missing.push_back(p);
        }
    }
    if (!missing.empty()) {
        throw data_error(fmt::format("template {} needs: {} (give them with --var name=value)", name, core::join(missing, ", ")));
    }
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (const auto& [key, value] : vars) {
        args.push_back(fmt::arg(key.c_str(), value));
    }
    try {
        auto out = fmt::vformat(text, args);
        // A line left empty by an empty value (no address, no role) need not stay twice.
        std::string tidy;
        for (size_t i = 0; i < out.size(); ++i) {
            if (out[i] == '\n' && tidy.size() >= 2 && tidy[tidy.size() - 1] == '\n' && tidy[tidy.size() - 2] == '\n') {
                continue;
            }
            tidy += out[i];
        }
        return tidy;
    } catch (const fmt::format_error& e) {
        throw data_error(fmt::format("template {}: {} (write a literal brace as {{{{ or }}}})", name, e.what()));
    }
}

} // namespace officectl::mail
