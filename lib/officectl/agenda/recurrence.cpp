#include "officectl/agenda/recurrence.hpp"
#include "officectl/agenda/ical_module.hpp"

#include "officectl/agenda/ical_time.hpp"
#include "officectl/agenda/simple_rule.hpp"

#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/limits.hpp"
#include "officectl/core/strings.hpp"

#include <date/date.h>
#include <fmt/format.h>
#include <libical/ical.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace officectl::agenda::libical {
namespace {

constexpr std::array<std::string_view, 7> k_codes{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}; // libical's order
constexpr std::array<std::string_view, 7> k_names{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

// `mon`, `monday`, `mo` -> "MO"; empty when no weekday.
std::string weekday_code(std::string_view word) {
    auto w = core::to_lower(word);
    static constexpr std::array<std::string_view, 7> full{"sunday", "monday", "tuesday", "wednesday", "thursday",
                                                          "friday", "saturday"};
    for (size_t i = 0; i < full.size(); ++i) {
        if (w.size() >= 2 && full[i].substr(0, w.size()) == w) {
            return std::string(k_codes[i]);
        }
    }
    return {};
}

bool is_integer(std::string_view s) {
    size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    if (i == s.size()) {
        return false;
    }
    for (; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

namespace {

std::string freq_of(std::string_view every) {
    auto unit = parse_unit(every);
    if (!unit) {
        throw usage_error(fmt::format("--every: \"{}\" is not {}", every, core::either_of(units.words())));
    }
    switch (*unit) {
    case Unit::day: return "DAILY";
    case Unit::week: return "WEEKLY";
    case Unit::month: return "MONTHLY";
    case Unit::year: return "YEARLY";
    }
    return "DAILY";
}

struct RuleDeleter {
    void operator()(icalrecur_iterator* it) const { icalrecur_iterator_free(it); }
};

ParsedRule parse_rule(const std::string& rrule) {
    auto rule = read_rrule(rrule);
    if (rule.freq == ICAL_NO_RECURRENCE) { // libical empties a rule it cannot read
        throw data_error(fmt::format("invalid recurrence rule \"{}\"", rrule));
    }
    return rule;
}



// libical counts on the wall clock: an UNTIL in UTC is moved to the series' wall clock first.
void localise_until(icalrecurrencetype& rule, const std::string& zone, bool all_day) {
    if (icaltime_is_null_time(rule.until) || rule.until.is_date) {
        return;
    }
    if (icaltime_is_utc(rule.until)) {
        auto utc = core::Instant{from_ical(rule.until).time_since_epoch()};
        rule.until = to_ical(core::to_local(utc, zone), false);
    }
    if (all_day) { // a DATE series with a DATE-TIME UNTIL: compare days
        rule.until.is_date = 1;
        rule.until.hour = rule.until.minute = rule.until.second = 0;
    }
}

// libical 3.0's jump (icalrecur_iterator_set_start) is right for the common
// rules but not for week numbers, year days or set positions: walk those.
bool can_jump(const icalrecurrencetype& rule) {
    return rule.by_week_no[0] == ICAL_RECURRENCE_ARRAY_MAX && rule.by_year_day[0] == ICAL_RECURRENCE_ARRAY_MAX &&
           rule.by_set_pos[0] == ICAL_RECURRENCE_ARRAY_MAX && rule.freq >= ICAL_DAILY_RECURRENCE;
}

} // namespace

namespace {
std::vector<core::Instant> expand_rule(const Appointment& series, core::Instant from, core::Instant to, std::size_t limit,
                                       bool allow_simple);
} // namespace

std::string build_rrule(const RecurrenceSpec& spec, core::Instant start, const std::string& zone, bool all_day) {
    auto freq = freq_of(spec.every);
    std::string rule = "FREQ=" + freq;
    if (spec.interval < 1 || spec.interval > 99) {
        throw usage_error("--interval: expected a whole number from 1 to 99");
    }
    if (spec.interval > 1) {
        rule += fmt::format(";INTERVAL={}", spec.interval);
    }
    std::vector<std::string> days, month_days;
    for (const auto& raw : core::split(spec.on, ',')) {
        auto token = std::string(core::trim(raw));
        if (token.empty()) {
            continue;
        }
        if (is_integer(token)) {
            int n = std::atoi(token.c_str());
            if (n == 0 || n > 31 || n < -31) {
                throw usage_error(fmt::format("--repeat-on: {} is no day of the month (1 to 31, -1 for the last)", token));
            }
            if (freq != "MONTHLY") {
                throw usage_error(fmt::format("--repeat-on {}: a day of the month goes with --every month", token));
            }
            month_days.push_back(std::to_string(n));
            continue;
        }
        size_t i = (token[0] == '-' || token[0] == '+') ? 1 : 0;
        while (i < token.size() && token[i] >= '0' && token[i] <= '9') {
            ++i;
        }
        auto prefix = token.substr(0, i);
        auto code = weekday_code(token.substr(i));
        if (code.empty()) {
            throw usage_error(fmt::format("--repeat-on: \"{}\" is no weekday (mon..sun, 2mo, -1fr) or day of the month", token));
        }
        if (!prefix.empty()) {
            int n = std::atoi(prefix.c_str());
            if (n == 0 || n > 5 || n < -5 || !(freq == "MONTHLY" || freq == "YEARLY")) {
                throw usage_error(fmt::format(
                    "--repeat-on {}: a numbered weekday (1mo .. 5mo, -1fr for the last) goes with --every month or year", token));
            }
            if (prefix[0] == '+') {
                prefix = prefix.substr(1);
            }
        }
        days.push_back(prefix + code);
    }
    if (!days.empty() && freq == "DAILY") {
        throw usage_error("--repeat-on: weekdays go with --every week, month or year");
    }
    if (!days.empty()) {
        rule += ";BYDAY=" + core::join(days, ",");
    }
    if (!month_days.empty()) {
        rule += ";BYMONTHDAY=" + core::join(month_days, ",");
    }
    if (spec.until && spec.count) {
        throw usage_error("give the series' end as --end DATE or --count N, not both");
    }
    if (spec.count) {
        if (*spec.count < 1) {
            throw usage_error("--count: expected a whole number of at least 1");
        }
        rule += fmt::format(";COUNT={}", *spec.count);
    }
    if (spec.until) {
        auto first_day = date::year_month_day{date::floor<date::days>(core::to_local(start, zone))};
        if (*spec.until < first_day) {
            throw usage_error(fmt::format("--end {} is before the first occurrence ({})", core::format_date(*spec.until),
                                         core::format_date(first_day)));
        }
        if (all_day) {
            rule += ";UNTIL=" + date::format("%Y%m%d", date::sys_days{*spec.until});
        } else {
            auto last = date::local_days{*spec.until} + std::chrono::hours{23} + std::chrono::minutes{59} +
                        std::chrono::seconds{59};
            rule += ";UNTIL=" + date::format("%Y%m%dT%H%M%SZ", core::from_local_lenient(last, zone));
        }
    }
    check_rrule(rule);
    return rule;
}

void check_rrule(const std::string& rrule) { parse_rule(rrule); }

void check_series(const Appointment& series) {
    if (!series.rrule) {
        return;
    }
    const auto& text = *series.rrule;
    auto rule = parse_rule(text);
    if (rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE) {
        throw data_error(fmt::format("recurrence rule \"{}\" repeats more often than every hour: no appointment does", text));
    }
    if (rule.count > 0 && static_cast<std::size_t>(rule.count) > core::limits::k_occurrences) {
        throw data_error(fmt::format("recurrence rule \"{}\" has more than {} occurrences (the limit)", text,
                                     core::limits::k_occurrences));
    }
    if (expand_rule(series, series.start, series.start + date::years{400}, 1, true).empty()) {
        throw data_error(fmt::format("recurrence rule \"{}\" never gives an occurrence", text));
    }
}

std::string describe_rrule(const std::string& rrule, const std::string& zone) {
    auto rule = parse_rule(rrule);
    static constexpr std::array<std::string_view, 4> units{"year", "month", "week", "day"};
    std::string unit;
    switch (rule.freq) {
    case ICAL_YEARLY_RECURRENCE: unit = std::string(units[0]); break;
    case ICAL_MONTHLY_RECURRENCE: unit = std::string(units[1]); break;
    case ICAL_WEEKLY_RECURRENCE: unit = std::string(units[2]); break;
    case ICAL_DAILY_RECURRENCE: unit = std::string(units[3]); break;
    case ICAL_HOURLY_RECURRENCE: unit = "hour"; break;
    case ICAL_MINUTELY_RECURRENCE: unit = "minute"; break;
    default: unit = "second"; break;
    }
    std::string out = rule.interval > 1 ? fmt::format("every {} {}s", rule.interval, unit) : "every " + unit;
    std::vector<std::string> days;
    for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        int wd = int(icalrecurrencetype_day_day_of_week(rule.by_day[i])); // 1 = Sunday
        int pos = icalrecurrencetype_day_position(rule.by_day[i]);
        auto name = std::string(k_names[size_t(wd - 1) % 7]);
        days.push_back(pos == 0 ? name : pos == -1 ? "last " + name : fmt::format("{} {}", pos, name));
    }
    if (!days.empty()) {
        out += " on " + core::join(days, ", ");
    }
    std::vector<std::string> mdays;
    for (int i = 0; i < ICAL_BY_MONTHDAY_SIZE && rule.by_month_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        mdays.push_back(rule.by_month_day[i] == -1 ? "the last day" : fmt::format("day {}", rule.by_month_day[i]));
    }
    if (!mdays.empty()) {
        out += " on " + core::join(mdays, ", ");
    }
    if (rule.count > 0) {
        out += fmt::format(", {} times", rule.count);
    } else if (!icaltime_is_null_time(rule.until)) {
        auto until = date::year_month_day{date::floor<date::days>(from_ical(rule.until))};
        if (icaltime_is_utc(rule.until) && !rule.until.is_date && !zone.empty()) { // the day it is where the series is
            auto utc = core::Instant{from_ical(rule.until).time_since_epoch()};
            until = date::year_month_day{date::floor<date::days>(core::to_local(utc, zone))};
        }
        out += " until " + core::format_date(until);
    }
    return out;
}

std::vector<core::Instant> expand(const Appointment& series, core::Instant from, core::Instant to, std::size_t limit) {
    return expand_rule(series, from, to, limit, true);
}

std::vector<core::Instant> expand_with_libical(const Appointment& series, core::Instant from, core::Instant to,
                                               std::size_t limit) {
    return expand_rule(series, from, to, limit, false);
}

namespace {

std::vector<core::Instant> expand_rule(const Appointment& series, core::Instant from, core::Instant to, std::size_t limit,
                                       bool allow_simple) {
    std::vector<core::Instant> out;
    if (!series.rrule) {
        if (series.start < to && (series.end > from || series.start >= from)) {
            out.push_back(series.start);
        }
        return out;
    }
    auto rule = parse_rule(*series.rrule);
    localise_until(rule, series.zone, series.all_day);
    auto length = series.end - series.start;
    auto local_start = core::to_local(series.start, series.zone);
    std::optional<date::local_seconds> until;
    if (!icaltime_is_null_time(rule.until)) {
        until = from_ical(rule.until);
    }
    // The common rules are expanded on the calendar directly (simple_rule.hpp); a
    // day's margin around the window absorbs the zone's offset.
    // Takes the occurrence starting at this wall time when it is in the window:
    // overlapping it, or (lasting no time) starting in it. False: stop.
    auto take = [&](date::local_seconds local) {
        auto start = core::from_local_lenient(local, series.zone);
        if (start >= to) {
            return false;
        }
        if ((start + length > from || start >= from) && start >= series.start) {
            out.push_back(start);
        }
        return out.size() < limit;
    };
    std::optional<SimpleRule> simple;
    if (allow_simple) {
        simple = simple_rule(*series.rrule, until, until && rule.until.is_date);
    }
    if (simple) {
        auto skip_to = core::to_local(from - length, series.zone) - date::days{1};
        auto stop = core::to_local(to, series.zone) + date::days{1};
        auto room = limit > SIZE_MAX - 1000 ? limit : limit + 1000;
        for (auto local : expand_simple(*simple, local_start, skip_to, stop, room)) {
            if (!take(local)) {
                break;
            }
        }
        return out;
    }
    std::unique_ptr<icalrecur_iterator, RuleDeleter> it{icalrecur_iterator_new(rule, to_ical(local_start, series.all_day))};
    if (!it) { // libical refuses what can never match (BYMONTH=2;BYMONTHDAY=30)
        throw data_error(fmt::format("recurrence rule \"{}\" never gives an occurrence", *series.rrule));
    }
    // Jump close to the window (a day's margin for zone offsets) instead of
    // walking from the first occurrence; libical cannot jump a COUNT rule.
    auto jump_local = core::to_local(from - length, series.zone) - date::days{1};
    if (rule.count == 0 && jump_local > local_start && can_jump(rule)) {
        icalrecur_iterator_set_start(it.get(), to_ical(jump_local, series.all_day));
    }
    // Each step is bounded, not only what it gives: a rule whose occurrences all
    // fall before the window (or that libical cannot jump) is walked from its start.
    std::size_t steps = 0;
    for (auto t = icalrecur_iterator_next(it.get()); !icaltime_is_null_time(t); t = icalrecur_iterator_next(it.get())) {
        if (!take(from_ical(t))) {
            break;
        }
        if (++steps > core::limits::k_rule_steps) {
            throw data_error(fmt::format("recurrence rule \"{}\" needs more than {} steps to reach {}", *series.rrule,
                                         core::limits::k_rule_steps, core::format_utc(to)));
        }
    }
    return out;
}

} // namespace

std::optional<core::Instant> series_end(const Appointment& series) {
    if (!series.rrule) {
        return series.end;
    }
    auto rule = parse_rule(*series.rrule);
    if (rule.count == 0 && icaltime_is_null_time(rule.until)) {
        return std::nullopt;
    }
    // Bounded: walk it (COUNT and UNTIL series are short in practice; capped anyway).
    auto far = series.start + date::years{200};
    auto starts = libical::expand(series, series.start, far, core::limits::k_occurrences);
    return starts.empty() ? series.end : starts.back() + (series.end - series.start);
}

} // namespace officectl::agenda::libical
