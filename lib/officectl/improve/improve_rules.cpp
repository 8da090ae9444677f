#include "officectl/improve/improve_rules.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace officectl::improve {

std::string_view impact_name(Impact i) { return impacts.name(i); }

std::optional<Impact> parse_impact(std::string_view word) { return impacts.parse(word); }

std::string_view plan_type_name(PlanType t) { return plan_types.name(t); }

std::optional<PlanType> parse_plan_type(std::string_view word) { return plan_types.parse(word); }

Target parse_target(std::string_view text) {
    auto bad = [&] {
        return data_error(fmt::format("invalid target \"{}\": write an operator and a number (< 5, <= 5, >= 0.9, = 0)", text));
    };
    auto s = core::trim(text);
    Target t;
    std::string_view rest;
    if (s.starts_with("<=")) {
        t.op = Target::Op::le, rest = s.substr(2);
    } else if (s.starts_with(">=")) {
        t.op = Target::Op::ge, rest = s.substr(2);
    } else if (s.starts_with("<")) {
        t.op = Target::Op::lt, rest = s.substr(1);
    } else if (s.starts_with(">")) {
        t.op = Target::Op::gt, rest = s.substr(1);
    } else if (s.starts_with("=")) {
        t.op = Target::Op::eq, rest = s.substr(s.starts_with("==") ? 2 : 1);
    } else {
        throw bad();
    }
    auto number = core::parse_number(rest);
    if (!number) {
        throw bad();
    }
    t.value = *number;
    return t;
}

std::string format_number(double value) {
    auto text = fmt::format("{:.2f}", value);
    while (text.back() == '0') {
        text.pop_back();
    }
    if (text.back() == '.') {
        text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

std::string format_target(const Target& t) {
    constexpr std::string_view ops[] = {"<", "<=", ">", ">=", "="};
    return fmt::format("{} {}", ops[static_cast<int>(t.op)], format_number(t.value));
}

bool meets(const Target& t, double value) {
    switch (t.op) {
    case Target::Op::lt: return value < t.value;
    case Target::Op::le: return value <= t.value;
    case Target::Op::gt: return value > t.value;
    case Target::Op::ge: return value >= t.value;
    case Target::Op::eq: return std::abs(value - t.value) < 1e-9;
    }
    return false;
}

std::vector<std::string> smart_gaps(const Plan& p, core::Date today) {
    std::vector<std::string> gaps;
    if (!p.indicator) {
        gaps.emplace_back("a measurable indicator (--indicator)");
    }
    if (!p.baseline) {
        gaps.emplace_back("a baseline (--baseline)");
    }
    if (!p.target) {
        gaps.emplace_back("a target (--target)");
    } else if (p.baseline && std::abs(*p.target - *p.baseline) < 1e-9) {
        gaps.emplace_back("a target that differs from the baseline (--target)");
    }
    if (!p.by) {
        gaps.emplace_back("a deadline (--by)");
    } else if (*p.by < today) {
        gaps.emplace_back(fmt::format("a deadline that lies ahead (--by {} has passed)", core::format_date(*p.by)));
    }
    if (!p.owner) {
        gaps.emplace_back("an owner (--owner)");
    }
    return gaps;
}

std::optional<double> progress_percent(const Plan& p, std::optional<double> now) {
    if (!p.baseline || !p.target || !now || std::abs(*p.target - *p.baseline) < 1e-9) {
        return std::nullopt;
    }
    return (*now - *p.baseline) * 100.0 / (*p.target - *p.baseline);
}

namespace {

bool is_month(core::DateRange r) {
    return r.from.day() == date::day{1} && core::month_of(r.from) == r;
}

bool is_week(core::DateRange r) { return core::iso_week_of(r.from) == r; }

} // namespace

std::vector<core::DateRange> periods_ending(core::DateRange last, int count) {
    std::vector<core::DateRange> out;
    auto period = last;
    for (int i = 0; i < count; ++i) {
        out.push_back(period);
        if (is_month(period)) {
            period = core::month_of(core::add_days(period.from, -1));
        } else {
            int length = core::days_between(period.from, period.to) + 1;
            period = {core::add_days(period.from, -length), core::add_days(period.from, -1)};
        }
    }
    std::reverse(out.begin(), out.end());
    return out;
}

std::string period_label(core::DateRange period) {
    if (is_month(period)) {
        return core::format_date(period.from).substr(0, 7);
    }
    if (is_week(period)) {
        return core::iso_week_name(period.from);
    }
    if (period.from == period.to) {
        return core::format_date(period.from);
    }
    return core::format_date(period.from) + ".." + core::format_date(period.to);
}

std::string trend_word(const std::vector<Measure>& measures, Better better) {
    std::optional<double> first, last;
    int count = 0;
    for (const auto& m : measures) {
        if (m.value) {
            if (!first) {
                first = m.value;
            }
            last = m.value;
            ++count;
        }
    }
    if (count < 2) {
        return "";
    }
    double scale = std::max({std::abs(*first), std::abs(*last), 1e-9});
    if (std::abs(*last - *first) / scale < 0.05) { // within 5 %: noise, not a trend
        return "steady";
    }
    bool up = *last > *first;
    return up == (better == Better::higher) ? "better" : "worse";
}

std::string sparkline(const std::vector<Measure>& measures) {
    static constexpr std::string_view bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    double lo = 0, hi = 0;
    bool any = false;
    for (const auto& m : measures) {
        if (m.value) {
            lo = any ? std::min(lo, *m.value) : *m.value;
            hi = any ? std::max(hi, *m.value) : *m.value;
            any = true;
        }
    }
    std::string out;
    for (const auto& m : measures) {
        if (!m.value) {
            out += ' ';
            continue;
        }
        int level = hi > lo ? static_cast<int>(std::lround((*m.value - lo) / (hi - lo) * 7)) : 3;
        out += bars[std::clamp(level, 0, 7)];
    }
    return out;
}

} // namespace officectl::improve
