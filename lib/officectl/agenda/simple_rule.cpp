#include "officectl/agenda/simple_rule.hpp"

#include "officectl/agenda/ical_time.hpp"

#include <libical/ical.h>

#include <algorithm>

namespace officectl::agenda::libical {
namespace {

using date::days;
using date::local_days;

bool empty(const short* list) { return list[0] == ICAL_RECURRENCE_ARRAY_MAX; }

// The days of one period (a day, a week from Monday, a month, a year) that the rule gives, in order.
void candidates(const SimpleRule& r, local_days period, local_days dtstart_day, std::vector<local_days>& out) {
    out.clear();
    switch (r.freq) {
    case SimpleRule::Freq::daily: {
        auto wd = date::weekday{period}.c_encoding();
        if (r.by_day.empty() || std::any_of(r.by_day.begin(), r.by_day.end(),
                                            [&](const SimpleRule::Day& d) { return d.weekday == wd; })) {
            out.push_back(period);
        }
        return;
    }
    case SimpleRule::Freq::weekly: {
        if (r.by_day.empty()) {
            out.push_back(period + (date::weekday{dtstart_day} - date::Monday));
            return;
        }
        for (const auto& d : r.by_day) {
            out.push_back(period + (date::weekday{d.weekday} - date::Monday));
        }
        break;
    }
    case SimpleRule::Freq::monthly: {
        date::year_month ym{date::year_month_day{period}.year(), date::year_month_day{period}.month()};
        auto last = unsigned((ym / date::last).day());
        if (!r.by_month_day.empty()) {
            for (int md : r.by_month_day) {
                int day = md > 0 ? md : int(last) + md + 1;
                if (day >= 1 && day <= int(last)) {
                    out.push_back(local_days{ym / unsigned(day)});
                }
            }
        } else if (!r.by_day.empty()) {
            for (const auto& d : r.by_day) {
                date::weekday wd{d.weekday};
                auto first = local_days{ym / 1};
                auto first_match = first + (wd - date::weekday{first});
                if (d.ordinal == 0) {
                    for (auto x = first_match; date::year_month_day{x}.month() == ym.month(); x += days{7}) {
                        out.push_back(x);
                    }
                } else if (d.ordinal > 0) {
                    auto x = first_match + days{7 * (d.ordinal - 1)};
                    if (date::year_month_day{x}.month() == ym.month()) {
                        out.push_back(x);
                    }
                } else {
                    auto end = local_days{ym / date::last};
                    auto last_match = end - (date::weekday{end} - wd);
                    auto x = last_match - days{7 * (-d.ordinal - 1)};
                    if (date::year_month_day{x}.month() == ym.month()) {
                        out.push_back(x);
                    }
                }
            }
        } else {
            auto day = date::year_month_day{dtstart_day}.day();
            if (unsigned(day) <= last) {
                out.push_back(local_days{ym / day});
            }
        }
        break;
    }
    case SimpleRule::Freq::yearly: {
        date::year_month_day start{dtstart_day};
        auto ymd = date::year_month_day{period}.year() / start.month() / start.day();
        if (ymd.ok()) { // 29 February only in leap years
            out.push_back(local_days{ymd});
        }
        return;
    }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

// The first day of the period holding `day`.
local_days period_of(SimpleRule::Freq f, local_days day) {
    date::year_month_day ymd{day};
    switch (f) {
    case SimpleRule::Freq::daily: return day;
    case SimpleRule::Freq::weekly: return day - (date::weekday{day} - date::Monday);
    case SimpleRule::Freq::monthly: return local_days{ymd.year() / ymd.month() / 1};
    case SimpleRule::Freq::yearly: return local_days{ymd.year() / 1 / 1};
    }
    return day;
}

local_days advance(SimpleRule::Freq f, local_days period, long n) {
    date::year_month_day ymd{period};
    switch (f) {
    case SimpleRule::Freq::daily: return period + days{n};
    case SimpleRule::Freq::weekly: return period + days{7 * n};
    case SimpleRule::Freq::monthly: return local_days{(ymd.year() / ymd.month() + date::months{n}) / 1};
    case SimpleRule::Freq::yearly: return local_days{(ymd.year() + date::years{n}) / 1 / 1};
    }
    return period;
}

// Whole periods from a to b (b later).
long periods_between(SimpleRule::Freq f, local_days a, local_days b) {
    date::year_month_day x{a}, y{b};
    switch (f) {
    case SimpleRule::Freq::daily: return (b - a).count();
    case SimpleRule::Freq::weekly: return (b - a).count() / 7;
    case SimpleRule::Freq::monthly: return (y.year() / y.month() - x.year() / x.month()).count();
    case SimpleRule::Freq::yearly: return (y.year() - x.year()).count();
    }
    return 0;
}

} // namespace

std::optional<SimpleRule> simple_rule(const std::string& rrule, std::optional<date::local_seconds> until,
                                      bool until_is_date) {
    auto r = read_rrule(rrule);
    if (r.rscale != nullptr || !empty(r.by_second) || !empty(r.by_minute) || !empty(r.by_hour) ||
        !empty(r.by_year_day) || !empty(r.by_week_no) || !empty(r.by_month) || !empty(r.by_set_pos)) {
        return std::nullopt;
    }
    SimpleRule s;
    switch (r.freq) {
    case ICAL_DAILY_RECURRENCE: s.freq = SimpleRule::Freq::daily; break;
    case ICAL_WEEKLY_RECURRENCE: s.freq = SimpleRule::Freq::weekly; break;
    case ICAL_MONTHLY_RECURRENCE: s.freq = SimpleRule::Freq::monthly; break;
    case ICAL_YEARLY_RECURRENCE: s.freq = SimpleRule::Freq::yearly; break;
    default: return std::nullopt;
    }
    s.interval = std::max<int>(r.interval, 1);
    for (int i = 0; i < ICAL_BY_DAY_SIZE && r.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        auto wd = unsigned(icalrecurrencetype_day_day_of_week(r.by_day[i])) - 1; // libical: 1 = Sunday
        int pos = icalrecurrencetype_day_position(r.by_day[i]);
        for (const auto& d : s.by_day) {
            if (d.weekday == wd && d.ordinal == pos) {
                return std::nullopt; // a day named twice: leave it to libical
            }
        }
        s.by_day.push_back({wd, pos});
    }
    for (int i = 0; i < ICAL_BY_MONTHDAY_SIZE && r.by_month_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        s.by_month_day.push_back(r.by_month_day[i]);
    }
    bool ordinals = std::any_of(s.by_day.begin(), s.by_day.end(), [](const SimpleRule::Day& d) { return d.ordinal != 0; });
    switch (s.freq) {
    case SimpleRule::Freq::daily:
    case SimpleRule::Freq::weekly:
        if (ordinals || !s.by_month_day.empty()) {
            return std::nullopt;
        }
        // The week's first day matters to a weekly rule with an interval and days.
        if (s.freq == SimpleRule::Freq::weekly && s.interval > 1 && !s.by_day.empty() &&
            r.week_start != ICAL_MONDAY_WEEKDAY && r.week_start != ICAL_NO_WEEKDAY) {
            return std::nullopt;
        }
        break;
    case SimpleRule::Freq::monthly:
        if (!s.by_day.empty() && !s.by_month_day.empty()) {
            return std::nullopt;
        }
        break;
    case SimpleRule::Freq::yearly:
        if (!s.by_day.empty() || !s.by_month_day.empty()) {
            return std::nullopt;
        }
        break;
    }
    s.count = r.count;
    s.until = until;
    s.until_is_date = until_is_date;
    return s;
}

std::vector<date::local_seconds> expand_simple(const SimpleRule& rule, date::local_seconds first,
                                               date::local_seconds skip_to, date::local_seconds stop, std::size_t limit) {
    std::vector<date::local_seconds> out;
    auto first_day = date::floor<days>(first);
    auto time_of_day = first - first_day;
    auto period = period_of(rule.freq, first_day);
    // Jump close to the window: whole intervals of periods (not with COUNT: it counts from the start).
    if (rule.count == 0 && skip_to > first) {
        auto target = period_of(rule.freq, date::floor<days>(skip_to));
        auto n = periods_between(rule.freq, period, target) / rule.interval * rule.interval;
        if (n > 0) {
            period = advance(rule.freq, period, n);
        }
    }
    int emitted = 0;
    std::vector<local_days> days_in_period;
    // A safety net for rules that never match (BYMONTHDAY=31 every 12 months from April).
    for (int guard = 0; guard < 100000; ++guard, period = advance(rule.freq, period, rule.interval)) {
        candidates(rule, period, first_day, days_in_period);
        for (auto d : days_in_period) {
            auto t = d + time_of_day;
            if (t < first) {
                continue;
            }
            if (rule.until && (rule.until_is_date ? d > date::floor<days>(*rule.until) : t > *rule.until)) {
                return out;
            }
            if (t >= stop) {
                return out;
            }
            ++emitted;
            if (t >= skip_to || rule.count != 0) {
                if (t >= skip_to) {
                    out.push_back(t);
                }
                if (out.size() >= limit) {
                    return out;
                }
            }
            if (rule.count != 0 && emitted >= rule.count) {
                return out;
            }
        }
    }
    return out;
}

} // namespace officectl::agenda::libical
