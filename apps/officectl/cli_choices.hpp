#pragma once
// An option whose value is one word of a closed set (a core::Choices table, or a
// list of words). The set is listed in --help, offered by completion, and any
// other word is refused while the command line is read, before anything runs,
// with the same message wherever the option is:
//   officectl: --impact: "huge" is not low, medium or high (see `officectl improve finding add --help`)

#include "officectl/core/choices.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace officectl::app {

// `help` says what the option is; the words (and the default, when `value`
// already holds one) are appended to it. A word is read whatever its case, and
// `value` gets the word as the table writes it, so the command parses it with
// the table's exact parse. `spelling`, when given, reads other spellings too (a
// domain's parser that knows aliases) and returns the table's word, or nothing.
using Spelling = std::function<std::optional<std::string>(const std::string&)>;
CLI::Option* add_choice_option(CLI::App* cmd, const std::string& name, std::string& value, std::vector<std::string> words,
                               const std::string& help, const std::string& type, Spelling spelling = nullptr);

// A Spelling from a domain's parser and namer: mail::parse_channel reads "E-mail".
template <typename Parse, typename Name> Spelling spelled_by(Parse parse, Name name) {
    return [parse, name](const std::string& word) -> std::optional<std::string> {
        if (auto value = parse(word)) {
            return std::string(name(*value));
        }
        return std::nullopt;
    };
}

// The same for an enum's table; `also` adds words that are not values of the
// enum, such as "all" on a listing's filter.
template <typename E, std::size_t N>
CLI::Option* add_choice_option(CLI::App* cmd, const std::string& name, std::string& value,
                               const core::Choices<E, N>& choices, const std::string& help, const std::string& type,
                               const std::vector<std::string>& also = {}, Spelling spelling = nullptr) {
    auto words = choices.words();
    words.insert(words.end(), also.begin(), also.end());
    return add_choice_option(cmd, name, value, std::move(words), help, type, std::move(spelling));
}

// The words of an option added by add_choice_option, or nullptr (completion).
const std::vector<std::string>* choice_words(const CLI::Option* opt);

} // namespace officectl::app
