#include "officectl/core/money.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <cctype>
#include <limits>

namespace officectl::core {
namespace {

// Removes every occurrence of `what` from s.
void erase_all(std::string& s, std::string_view what) {
    for (auto pos = s.find(what); pos != std::string::npos; pos = s.find(what, pos)) {
        s.erase(pos, what.size());
    }
}

std::string group_thousands(std::int64_t units, char sep) {
    auto digits = std::to_string(units);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += sep;
        }
        out += digits[i];
    }
    return out;
}

} // namespace

std::optional<DecimalMark> parse_decimal_mark(std::string_view word) {
    auto w = to_lower(trim(word));
    if (w == ",") {
        return DecimalMark::comma;
    }
    if (w == ".") {
        return DecimalMark::point;
    }
    return decimal_marks.parse(w);
}

Money parse_money(std::string_view text, std::string_view default_currency, DecimalMark mark) {
    auto bad = [&](std::string_view why) { return data_error(fmt::format("invalid amount \"{}\": {}", text, why)); };
    std::string s(trim(text));
    Money m;
    m.currency = std::string(default_currency);
    // Currency: a symbol or a three-letter code, before or after the number.
    struct Symbol {
        std::string_view sign, code;
    };
    for (auto sym : {Symbol{"€", "EUR"}, Symbol{"$", "USD"}, Symbol{"£", "GBP"}}) {
        if (s.find(sym.sign) != std::string::npos) {
            erase_all(s, sym.sign);
            m.currency = sym.code;
        }
    }
    std::string letters;
    for (char c : s) {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            letters += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
    }
    if (!letters.empty()) {
        if (letters.size() != 3) {
            throw bad("expected a number with an optional currency such as EUR");
        }
        m.currency = letters;
        std::string rest;
        for (char c : s) {
            if (!std::isalpha(static_cast<unsigned char>(c))) {
                rest += c;
            }
        }
        s = rest;
    }
    // Spaces, no-break spaces (U+00A0, U+202F) and apostrophes group thousands.
    erase_all(s, "\xc2\xa0");
    erase_all(s, "\xe2\x80\xaf");
    std::string n;
    for (char c : s) {
        if (c != ' ' && c != '\t' && c != '\'') {
            n += c;
        }
    }
    bool negative = false;
    if (!n.empty() && (n[0] == '-' || n[0] == '+')) {
        negative = n[0] == '-';
        n.erase(0, 1);
    }
    if (n.empty() || !std::isdigit(static_cast<unsigned char>(n[0]))) {
        throw bad("expected a number");
    }
    // Which separator is the decimal point?
    auto last_dot = n.rfind('.');
    auto last_comma = n.rfind(',');
    size_t decimal_at = std::string::npos;
    if (mark != DecimalMark::unknown) {
        decimal_at = mark == DecimalMark::comma ? last_comma : last_dot;
    } else if (last_dot != std::string::npos && last_comma != std::string::npos) {
        decimal_at = std::max(last_dot, last_comma);
    } else if (auto only = last_dot != std::string::npos ? last_dot : last_comma; only != std::string::npos) {
        char sep = n[only];
        bool once = n.find(sep) == only;
        bool three_after = n.size() - only - 1 == 3;
        if (once && (!three_after || n[0] == '0')) {
            decimal_at = only; // `0.001` groups no thousands: it has three decimals
        } else if (once) {
            throw bad(fmt::format("is '{}' a thousands separator or the decimal mark? Write two decimals "
                                  "(1.234,00 or 1,234.00), or say which mark is decimal (--decimal, or locale.decimal "
                                  "in the config)",
                                  sep));
        }
    }
    std::string whole = n.substr(0, decimal_at);
    std::string frac = decimal_at == std::string::npos ? "" : n.substr(decimal_at + 1);
    if (frac.size() > 2 || frac.find_first_not_of("0123456789") != std::string::npos) {
        throw bad("at most two decimals");
    }
    // The whole part: digits, optionally grouped by one separator in groups of three.
    std::string digits;
    size_t group = 0;
    bool grouped = false;
    for (size_t i = 0; i < whole.size(); ++i) {
        char c = whole[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits += c;
            ++group;
        } else if (c == '.' || c == ',') {
            if ((grouped && group != 3) || (!grouped && (group == 0 || group > 3 || whole[0] == '0'))) {
                throw bad("misplaced thousands separator");
            }
            grouped = true;
            group = 0;
        } else {
            throw bad("expected a number");
        }
    }
    if (grouped && group != 3) {
        throw bad("misplaced thousands separator");
    }
    if (digits.empty() || digits.size() > 15) {
        throw bad(digits.empty() ? "expected a number" : "too large");
    }
    while (frac.size() < 2) {
        frac += '0';
    }
    std::int64_t cents = std::stoll(digits) * 100 + std::stoll(frac);
    m.cents = negative ? -cents : cents;
    return m;
}

std::string money_decimal(const Money& m, char decimal_point) {
    auto abs = m.cents < 0 ? -m.cents : m.cents;
    return fmt::format("{}{}{}{:02}", m.cents < 0 ? "-" : "", abs / 100, decimal_point, abs % 100);
}

std::string format_money(const Money& m, Language lang) {
    auto abs = m.cents < 0 ? -m.cents : m.cents;
    const char* sign = m.cents < 0 ? "-" : "";
    bool euro = m.currency == "EUR";
    switch (lang) {
    case Language::en: {
        auto number = fmt::format("{}.{:02}", group_thousands(abs / 100, ','), abs % 100);
        return euro ? fmt::format("{}€{}", sign, number) : fmt::format("{}{} {}", sign, m.currency, number);
    }
    case Language::fr: {
        auto number = fmt::format("{}{},{:02}", sign, group_thousands(abs / 100, '.'), abs % 100);
        return fmt::format("{} {}", number, euro ? "€" : m.currency);
    }
    case Language::nl: break;
    }
    auto number = fmt::format("{}{},{:02}", sign, group_thousands(abs / 100, '.'), abs % 100);
    return fmt::format("{} {}", euro ? "€" : m.currency, number);
}

} // namespace officectl::core
