#include "officectl/mail/mail_stats.hpp"

#include "officectl/mail/item_rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace officectl::mail {

std::optional<double> median(std::vector<int> v) {
    if (v.empty()) {
        return std::nullopt;
    }
    std::sort(v.begin(), v.end());
    auto n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

std::vector<PeriodStats> compute_stats(const std::vector<StatsRow>& rows, StatsPeriod by, core::Date today) {
    std::map<std::string, PeriodStats> periods;
    std::map<std::string, std::vector<int>> answer_days;
    for (const auto& r : rows) {
        auto key = by == StatsPeriod::week ? core::iso_week_name(r.date)
                                           : fmt::format("{:04}-{:02}", static_cast<int>(r.date.year()),
                                                         static_cast<unsigned>(r.date.month()));
        auto& p = periods[key];
        p.period = key;
        if (r.direction == Direction::out) {
            ++p.out;
            continue;
        }
        ++p.in;
        (r.channel == Channel::email ? p.in_email : r.channel == Channel::letter ? p.in_letter : p.in_other) += 1;
        if (r.answered) {
            ++p.answered;
            answer_days[key].push_back(core::days_between(r.date, *r.answered));
        }
        if (r.status == Status::open || r.status == Status::waiting) {
            ++p.open;
            if (r.due && *r.due < today) {
                ++p.overdue;
            }
        }
    }
    std::vector<PeriodStats> out;
    for (auto& [key, p] : periods) {
        p.median_days_to_answer = median(answer_days[key]);
        out.push_back(p);
    }
    return out;
}

} // namespace officectl::mail
