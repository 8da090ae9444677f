#pragma once
// Register figures per week or month: volume in and out, how many incoming
// items were answered and the median days it took, and what is still open.
// A plain function over rows the store hands over (the figures improve will use).

#include "officectl/core/choices.hpp"
#include "officectl/core/dates.hpp"
#include "officectl/mail/item.hpp"

#include <optional>
#include <string>
#include <vector>

namespace officectl::mail {

struct StatsRow {
    core::Date date;
    Direction direction = Direction::in;
    Channel channel = Channel::letter;
    Status status = Status::open;
    std::optional<core::Date> due;
    std::optional<core::Date> answered; // the date of the first answer registered
};

enum class StatsPeriod { week, month };
inline constexpr core::Choices<StatsPeriod, 2> stats_periods{{{{StatsPeriod::week, "week"}, {StatsPeriod::month, "month"}}}};

struct PeriodStats {
    std::string period; // 2026-W49 or 2026-12
    int in = 0;
    int out = 0;
    int in_email = 0, in_letter = 0, in_other = 0;
    int answered = 0;
    std::optional<double> median_days_to_answer;
    int open = 0;    // incoming, still awaiting an answer
    int overdue = 0; // of those, past their due date today
};

std::vector<PeriodStats> compute_stats(const std::vector<StatsRow>& rows, StatsPeriod by, core::Date today);
// The median of a list (the mean of the two middle values when even); nullopt when empty.
std::optional<double> median(std::vector<int> values);

} // namespace officectl::mail
