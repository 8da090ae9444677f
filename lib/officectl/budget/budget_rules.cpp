#include "officectl/budget/budget_rules.hpp"

#include "officectl/core/money_math.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

namespace officectl::budget {

std::int64_t Line::planned() const {
    std::int64_t sum = 0;
    for (auto m : by_month) {
        sum += m;
    }
    return sum;
}

std::array<std::int64_t, 12> spread_evenly(std::int64_t cents) {
    std::array<std::int64_t, 12> out{};
    // The remainder's cents go one each to the first months, with the plan's sign
    // (C++ rounds the quotient towards zero, so -5,00 is -0,41 x 12 and 4 cents more).
    auto rest = cents % 12;
    std::int64_t step = rest < 0 ? -1 : 1;
    for (int m = 0; m < 12; ++m) {
        out[static_cast<size_t>(m)] = cents / 12 + (m < rest * step ? step : 0);
    }
    return out;
}

std::array<std::int64_t, 12> parse_by_month(std::string_view text, std::string_view currency, core::DecimalMark mark) {
    static constexpr std::array<std::string_view, 12> names{"jan", "feb", "mar", "apr", "may", "jun",
                                                           "jul", "aug", "sep", "oct", "nov", "dec"};
    std::array<std::int64_t, 12> out{};
    // Amounts may hold commas themselves ("1.250,00"), so parts are split on `,` before a month name.
    std::vector<std::string> parts;
    for (const auto& piece : core::split(text, ',')) {
        auto t = std::string(core::trim(piece));
        bool starts_month = t.size() > 3 && t[3] == '=';
        if (starts_month || parts.empty()) {
            parts.push_back(t);
        } else {
            parts.back() += "," + t;
        }
    }
    for (const auto& part : parts) {
        auto eq = part.find('=');
        auto month = core::to_lower(core::trim(std::string_view(part).substr(0, eq)));
        size_t index = 12;
        for (size_t i = 0; i < 12; ++i) {
            if (month == names[i]) {
                index = i;
            }
        }
        if (eq == std::string::npos || index == 12) {
            throw data_error(fmt::format("\"{}\": expected month=amount, such as jan=500", part));
        }
        auto amount = core::parse_money(part.substr(eq + 1), currency, mark);
        if (amount.currency != currency) {
            throw data_error(fmt::format("\"{}\": the line is in {}, not {}", part, currency, amount.currency));
        }
        out[index] = amount.cents;
    }
    return out;
}

int parse_vat(std::string_view text) {
    auto t = std::string(core::trim(text));
    if (!t.empty() && t.back() == '%') {
        t.pop_back();
    }
    if (auto rate = vat_rates.parse(t)) {
        return *rate;
    }
    throw data_error(fmt::format("VAT \"{}\": expected {}", text, core::either_of(vat_rates.words())));
}

std::int64_t with_vat(std::int64_t cents, int vat) {
    auto scaled = cents * (100 + vat);
    return scaled >= 0 ? (scaled + 50) / 100 : -((-scaled + 50) / 100);
}

std::int64_t without_vat(std::int64_t cents_incl, int vat) {
    // cents_incl * 100 / (100 + vat), rounded half away from zero, exact (the
    // product overflowed 64 bits for amounts over 92 000 billion)
    return core::scale_cents(cents_incl, 100, 100 + vat);
}

LineAmount amount_on_line(const Line& line, const core::Money& amount, const std::optional<core::Rate>& rate) {
    if (amount.currency == line.currency) {
        if (rate) {
            throw usage_error(
                fmt::format("--exchange-rate: the amount is in {} already, the line's currency", line.currency));
        }
        return {amount, std::nullopt};
    }
    if (!rate) {
        throw data_error(fmt::format("--amount: {} {} on line {} \"{}\", which counts in {}: give it in {}, or the "
                                     "exchange rate with --exchange-rate ({} for 1 {})",
                                     core::money_decimal(amount), amount.currency, line.id, line.name, line.currency,
                                     line.currency, line.currency, amount.currency));
    }
    return {core::convert(amount, *rate, line.currency),
            fmt::format("{} {} at {}", core::money_decimal(amount), amount.currency, core::format_rate(*rate))};
}

std::int64_t LineFigures::percent_used() const {
    if (planned <= 0) {
        return 0;
    }
    return core::percent_of(committed + spent, planned);
}

std::int64_t forecast_year_end(const LineFigures& f, int year, core::Date as_of) {
    auto first = core::Date{date::year{year}, date::January, date::day{1}};
    auto last = core::Date{date::year{year}, date::December, date::day{31}};
    std::int64_t pace = f.spent;
    if (as_of < first) {
        pace = 0;
    } else if (as_of < last) {
        auto elapsed = core::days_between(first, as_of) + 1;
        auto days = core::days_between(first, last) + 1;
        pace = f.spent * days / elapsed;
    }
    return std::max(pace, f.spent + f.committed);
}

std::string mark(const LineFigures& f, std::int64_t year_plan, std::int64_t forecast) {
    if (f.committed + f.spent > f.planned && f.planned > 0) {
        return "over";
    }
    if (forecast > year_plan) {
        return "forecast over";
    }
    if (f.planned > 0 && f.percent_used() >= 90) {
        return "near";
    }
    return "";
}

} // namespace officectl::budget
