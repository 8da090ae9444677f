#pragma once
// Weighing quotes against each other, so the choice can be defended: each
// criterion normalised to 0..1 — where lower is better (price, delivery) as
// best ÷ value, scores (0–5) as value ÷ 5 — then weighted, summed and ranked,
// with each criterion's contribution kept.

#include "officectl/budget/budget.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::budget {

using Weights = std::map<std::string, double>; // criterion -> weight

// `price=0.5,delivery=0.2,quality=0.3`; a data Error for a part that is not
// name=number or a negative weight. Weights need not sum to 1.
Weights parse_weights(std::string_view text);
const Weights& default_weights(); // price 0.5, delivery 0.2, quality 0.3
// `quality=4,service=3`: scores from 0 to 5; a data Error naming a part that is not.
std::map<std::string, int> parse_scores(std::string_view text);

struct Contribution {
    std::string criterion;
    std::optional<double> normalised; // nullopt: the quote does not say (counts 0)
    double weighted = 0;
};

struct Ranked {
    Quote quote;
    std::vector<Contribution> contributions; // in the weights' order
    double total = 0;
    int rank = 1; // equal totals share a rank
};

// Best first; equal totals keep the lower price first.
// A data Error when the quotes are not all in one currency.
std::vector<Ranked> rank_quotes(const std::vector<Quote>& quotes, const Weights& weights);

} // namespace officectl::budget
