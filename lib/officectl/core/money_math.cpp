#include "officectl/core/money_math.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <limits>

namespace officectl::core {
namespace {

__extension__ typedef __int128 Wide; // exact products of two 64-bit numbers

std::int64_t checked(Wide v) {
    if (v > std::numeric_limits<std::int64_t>::max() || v < std::numeric_limits<std::int64_t>::min()) {
        throw data_error("amount too large");
    }
    return static_cast<std::int64_t>(v);
}

} // namespace

Money add(const Money& a, const Money& b) {
    if (a.currency != b.currency) {
        throw data_error(fmt::format("cannot add an amount in {} to one in {}", b.currency, a.currency));
    }
    return Money{checked(static_cast<Wide>(a.cents) + b.cents), a.currency};
}

std::int64_t scale_cents(std::int64_t cents, std::int64_t num, std::int64_t den) {
    if (den <= 0) {
        throw data_error("scale: the divisor must be positive");
    }
    Wide n = static_cast<Wide>(cents) * num; // |n| < 2^126: 2n + den cannot overflow
    return checked((n >= 0 ? 2 * n + den : 2 * n - den) / (2 * static_cast<Wide>(den)));
}

std::int64_t percent_of(std::int64_t part, std::int64_t whole) {
    if (whole <= 0) {
        throw data_error("percent: the whole must be positive");
    }
    return checked(static_cast<Wide>(part) * 100 / whole); // |part * 100| < 2^71: no overflow in Wide
}

Rate parse_rate(std::string_view text) {
    auto bad = [&](std::string_view why) { return data_error(fmt::format("invalid rate \"{}\": {}", text, why)); };
    auto t = trim(text);
    if (t.empty()) {
        throw bad("empty");
    }
    Rate r{0, 1};
    bool point = false;
    int decimals = 0;
    for (char c : t) {
        if (c == '.' || c == ',') {
            if (point) {
                throw bad("more than one decimal point");
            }
            point = true;
            continue;
        }
        if (c < '0' || c > '9') {
            throw bad("expected a positive number such as 0.9235");
        }
        if (point && ++decimals > 8) {
            throw bad("at most 8 decimals");
        }
        if (r.num > (std::numeric_limits<std::int64_t>::max() - 9) / 10) {
            throw bad("too large");
        }
        r.num = r.num * 10 + (c - '0');
        if (point) {
            r.den *= 10;
        }
    }
    if (r.num == 0) {
        throw bad("a rate must be more than 0");
    }
    return r;
}

std::string format_rate(const Rate& rate) {
    auto whole = rate.num / rate.den;
    auto frac = rate.num % rate.den;
    if (frac == 0) {
        return std::to_string(whole);
    }
    auto digits = fmt::format("{}", rate.den).size() - 1;
    auto text = fmt::format("{}.{:0{}}", whole, frac, digits);
    while (text.back() == '0') {
        text.pop_back();
    }
    return text;
}

Money convert(const Money& m, const Rate& rate, std::string currency) {
    return Money{scale_cents(m.cents, rate.num, rate.den), std::move(currency)};
}

void Totals::add(const Money& m) {
    for (auto& t : m_totals) {
        if (t.currency == m.currency) {
            t = core::add(t, m);
            return;
        }
    }
    m_totals.push_back(m);
}

void Totals::add(const Totals& other) {
    for (const auto& m : other.m_totals) {
        add(m);
    }
}

Money Totals::in(std::string_view currency) const {
    for (const auto& t : m_totals) {
        if (t.currency == currency) {
            return t;
        }
    }
    return Money{0, std::string(currency)};
}

std::string Totals::text() const {
    std::string out;
    for (const auto& t : m_totals) {
        out += fmt::format("{}{} {}", out.empty() ? "" : " + ", money_decimal(t), t.currency);
    }
    return out;
}

std::string Totals::format(Language lang, std::string_view empty_currency) const {
    if (m_totals.empty()) {
        return format_money(Money{0, std::string(empty_currency)}, lang);
    }
    std::string out;
    for (const auto& t : m_totals) {
        out += (out.empty() ? "" : " + ") + format_money(t, lang);
    }
    return out;
}

} // namespace officectl::core
