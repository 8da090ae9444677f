#include "officectl/budget/quote_scoring.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace officectl::budget {
namespace {

// The quote's raw value of a criterion where lower is better.
std::optional<double> lower_is_better(const Quote& q, const std::string& criterion) {
    if (criterion == "price") {
        return static_cast<double>(q.amount.cents);
    }
    if (criterion == "delivery" && q.delivery_days) {
        return static_cast<double>(*q.delivery_days);
    }
    return std::nullopt;
}

bool is_lower_better(const std::string& criterion) { return criterion == "price" || criterion == "delivery"; }

} // namespace

Weights parse_weights(std::string_view text) {
    Weights w;
    for (const auto& part : core::split(text, ',')) {
        auto eq = part.find('=');
        auto name = core::to_lower(core::trim(std::string_view(part).substr(0, eq)));
        double value = -1;
        if (eq != std::string::npos) {
            auto number = std::string(core::trim(std::string_view(part).substr(eq + 1)));
            auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
            if (ec != std::errc() || end != number.data() + number.size()) {
                value = -1;
            }
        }
        if (name.empty() || value < 0) {
            throw data_error(fmt::format("weight \"{}\": expected criterion=number, such as price=0.5", part));
        }
        w[name] = value;
    }
    return w;
}

std::map<std::string, int> parse_scores(std::string_view text) {
    std::map<std::string, int> scores;
    for (const auto& part : core::split(text, ',')) {
        auto eq = part.find('=');
        auto name = core::to_lower(core::trim(std::string_view(part).substr(0, eq)));
        auto value = eq == std::string::npos ? std::string() : std::string(core::trim(std::string_view(part).substr(eq + 1)));
        if (name.empty() || value.size() != 1 || value[0] < '0' || value[0] > '5') {
            throw data_error(fmt::format("\"{}\": expected criterion=score from 0 to 5", part));
        }
        scores[name] = value[0] - '0';
    }
    return scores;
}

const Weights& default_weights() {
    static const Weights w{{"price", 0.5}, {"delivery", 0.2}, {"quality", 0.3}};
    return w;
}

std::vector<Ranked> rank_quotes(const std::vector<Quote>& quotes, const Weights& weights) {
    // Prices are compared as they are: in two currencies they cannot be.
    for (const auto& q : quotes) {
        if (q.amount.currency != quotes.front().amount.currency) {
            throw data_error(fmt::format("quote {} is in {} and quote {} in {}: prices in two currencies cannot be "
                                         "compared; give them in one",
                                         quotes.front().id, quotes.front().amount.currency, q.id, q.amount.currency));
        }
    }
    // The best (lowest) value of each lower-is-better criterion among the quotes that state it.
    std::map<std::string, double> best;
    for (const auto& [criterion, weight] : weights) {
        for (const auto& q : quotes) {
            if (auto v = lower_is_better(q, criterion)) {
                auto it = best.find(criterion);
                best[criterion] = it == best.end() ? *v : std::min(it->second, *v);
            }
        }
    }
    std::vector<Ranked> out;
    for (const auto& q : quotes) {
        Ranked r{q, {}, 0, 1};
        for (const auto& [criterion, weight] : weights) {
            Contribution c{criterion, std::nullopt, 0};
            if (is_lower_better(criterion)) {
                if (auto v = lower_is_better(q, criterion)) {
                    // best ÷ value; a value of 0 (free, delivered today) is the best there is.
                    c.normalised = *v <= 0 ? 1.0 : best[criterion] / *v;
                }
            } else if (auto s = q.scores.find(criterion); s != q.scores.end()) {
                c.normalised = std::clamp(s->second, 0, 5) / 5.0;
            }
            c.weighted = c.normalised.value_or(0) * weight;
            r.total += c.weighted;
            r.contributions.push_back(std::move(c));
        }
        out.push_back(std::move(r));
    }
    std::stable_sort(out.begin(), out.end(), [](const Ranked& a, const Ranked& b) {
        if (std::abs(a.total - b.total) > 1e-9) {
            return a.total > b.total;
        }
        return a.quote.amount.cents < b.quote.amount.cents;
    });
    for (size_t i = 1; i < out.size(); ++i) {
        out[i].rank = std::abs(out[i].total - out[i - 1].total) <= 1e-9 ? out[i - 1].rank : static_cast<int>(i) + 1;
    }
    return out;
}

} // namespace officectl::budget
