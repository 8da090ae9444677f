#include "cli_choices.hpp"

#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace officectl::app {

namespace {

// The command tree is built once per process; completion reads the words back.
std::map<const CLI::Option*, std::vector<std::string>>& registry() {
    static std::map<const CLI::Option*, std::vector<std::string>> words;
    return words;
}

} // namespace

CLI::Option* add_choice_option(CLI::App* cmd, const std::string& name, std::string& value, std::vector<std::string> words,
                               const std::string& help, const std::string& type,
                               Spelling spelling) {
    // An empty word among them means that "" clears the field (edit).
    auto shown = words;
    bool clears = std::erase(shown, std::string()) > 0;
    auto text = fmt::format("{}: {}", help, core::either_of(shown));
    if (clears) {
        text += "; \"\" clears it";
    }
    if (!value.empty()) {
        text += fmt::format(" (default {})", value);
    }
    auto check = [words, shown, spelling](std::string& word) -> std::string {
        if (std::find(words.begin(), words.end(), word) != words.end()) {
            return {};
        }
        auto lower = core::to_lower(core::trim(word));
        if (auto it = std::find(words.begin(), words.end(), lower); it != words.end()) {
            word = *it;
            return {};
        }
        if (auto canonical = spelling ? spelling(word) : std::nullopt) {
            word = *canonical;
            return {};
        }
        return fmt::format("\"{}\" is not {}", word, core::either_of(shown));
    };
    // A transform, not a check: CLI11 hands a check a copy, and the word is rewritten.
    auto* opt = cmd->add_option(name, value, text)->type_name(type)->transform(CLI::Validator(check, "", "choice"));
    registry()[opt] = std::move(shown);
    return opt;
}

const std::vector<std::string>* choice_words(const CLI::Option* opt) {
    auto it = registry().find(opt);
    return it == registry().end() ? nullptr : &it->second;
}

} // namespace officectl::app
