#pragma once
// A closed set of words that names the values of an enum: a status, a priority,
// an output format. Each set is written once, as a table next to its enum, and
// everything else reads that table: parsing a word, naming a value, the list in
// --help, the words completion offers and the message that refuses a wrong word.
//
//   inline constexpr core::Choices<Impact, 3> impacts{{{
//       {Impact::low, "low"}, {Impact::medium, "medium"}, {Impact::high, "high"}}}};
//   impacts.parse("high") == Impact::high;  impacts.name(Impact::low) == "low";

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::core {

template <typename E> struct Choice {
    E value;
    std::string_view word;
};

template <typename E, std::size_t N> struct Choices {
    std::array<Choice<E>, N> entries;

    constexpr std::string_view name(E value) const {
        for (const auto& c : entries) {
            if (c.value == value) {
                return c.word;
            }
        }
        return {};
    }

    constexpr std::optional<E> parse(std::string_view word) const {
        for (const auto& c : entries) {
            if (c.word == word) {
                return c.value;
            }
        }
        return std::nullopt;
    }

    // The words in the table's order (the order --help and completion show).
    std::vector<std::string> words() const {
        std::vector<std::string> out;
        out.reserve(N);
        for (const auto& c : entries) {
            out.emplace_back(c.word);
        }
        return out;
    }
};

// "a", "a or b", "a, b or c": how a message lists the words one may give.
std::string either_of(const std::vector<std::string>& words);

} // namespace officectl::core
