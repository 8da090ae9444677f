#include "officectl/core/dates.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/period.hpp"
#include "officectl/core/strings.hpp"

#include <date/iso_week.h>
#include <fmt/format.h>

#include <array>
#include <charconv>

namespace officectl::core {
namespace {

bool all_digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

int to_int(std::string_view s) {
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

Error bad_date(std::string_view text, std::string_view why) {
    return data_error(fmt::format("invalid date \"{}\": {}", text, why));
}

// `YYYY-Www` → Monday of that ISO week.
std::optional<Date> parse_iso_week(std::string_view s, std::string_view original) {
    if (s.size() != 8 || s[4] != '-' || (s[5] != 'W' && s[5] != 'w') || !all_digits(s.substr(0, 4)) ||
        !all_digits(s.substr(6))) {
        return std::nullopt;
    }
    int year = to_int(s.substr(0, 4));
    auto week = static_cast<unsigned>(to_int(s.substr(6)));
    iso_week::year_weeknum_weekday ywd{iso_week::year{year}, iso_week::weeknum{week}, iso_week::mon};
    if (!ywd.ok()) {
        throw bad_date(original, fmt::format("{} has no week {}", year, week));
    }
    return Date{date::sys_days{ywd}};
}

// `YYYY-MM` → first of that month.
std::optional<Date> parse_month(std::string_view s, std::string_view original) {
    if (s.size() != 7 || s[4] != '-' || !all_digits(s.substr(0, 4)) || !all_digits(s.substr(5))) {
        return std::nullopt;
    }
    Date d{date::year{to_int(s.substr(0, 4))}, date::month{static_cast<unsigned>(to_int(s.substr(5)))}, date::day{1}};
    if (!d.ok()) {
        throw bad_date(original, "no such month");
    }
    return d;
}

std::optional<date::weekday> parse_weekday(std::string_view word) {
    static constexpr std::array<std::string_view, 7> names{"sunday", "monday", "tuesday", "wednesday",
                                                           "thursday", "friday", "saturday"};
    if (word.size() < 3) {
        return std::nullopt;
    }
    for (unsigned i = 0; i < names.size(); ++i) {
        if (names[i].substr(0, word.size()) == word) {
            return date::weekday{i};
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<Date> parse_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !all_digits(s.substr(0, 4)) ||
        !all_digits(s.substr(5, 2)) || !all_digits(s.substr(8, 2))) {
        return std::nullopt;
    }
    Date d{date::year{to_int(s.substr(0, 4))}, date::month{static_cast<unsigned>(to_int(s.substr(5, 2)))},
           date::day{static_cast<unsigned>(to_int(s.substr(8, 2)))}};
    if (!d.ok()) {
        return std::nullopt;
    }
    return d;
}

std::optional<Date> parse_export_date(std::string_view text) {
    auto s = trim(text);
    if (auto d = parse_iso_date(s)) {
        return d;
    }
    // d/m/yyyy with one kind of separator: / - or .
    auto sep = s.find_first_of("/-.");
    if (sep == std::string_view::npos || sep == 0 || sep > 2) {
        return std::nullopt;
    }
    auto second = s.find(s[sep], sep + 1);
    if (second == std::string_view::npos || second - sep - 1 == 0 || second - sep - 1 > 2 || s.size() - second - 1 != 4) {
        return std::nullopt;
    }
    auto day = s.substr(0, sep);
    auto month = s.substr(sep + 1, second - sep - 1);
    auto year = s.substr(second + 1);
    if (!all_digits(day) || !all_digits(month) || !all_digits(year)) {
        return std::nullopt;
    }
    Date d{date::year{to_int(year)}, date::month{static_cast<unsigned>(to_int(month))},
           date::day{static_cast<unsigned>(to_int(day))}};
    return d.ok() ? std::optional(d) : std::nullopt;
}

Date parse_date(std::string_view text, Date today) {
    auto word = to_lower(trim(text));
    if (word.empty()) {
        throw bad_date(text, "empty");
    }
    if (auto d = parse_iso_date(word)) {
        return *d;
    }
    // Looks like an ISO date but is not a real day (2026-02-30): say so precisely.
    if (word.size() == 10 && word[4] == '-' && word[7] == '-') {
        throw bad_date(text, "no such day");
    }
    if (word == "today") {
        return today;
    }
    if (word == "tomorrow") {
        return add_days(today, 1);
    }
    if (word == "yesterday") {
        return add_days(today, -1);
    }
    if (word[0] == '+' || word[0] == '-') {
        int sign = word[0] == '-' ? -1 : 1;
        try {
            return add_period(today, parse_period(word.substr(1)), sign);
        } catch (const Error&) {
            throw bad_date(text, "expected an offset such as +3d, -2w, +1m or +1y");
        }
    }
    if (auto d = parse_iso_week(word, text)) {
        return *d;
    }
    if (auto d = parse_month(word, text)) {
        return *d;
    }
    if (auto wd = parse_weekday(word)) {
        auto base = date::sys_days{today};
        auto ahead = (*wd - date::weekday{base}).count();
        return Date{base + date::days{ahead == 0 ? 7 : ahead}};
    }
    throw bad_date(text, "expected YYYY-MM-DD or a word such as today, fri, +3d, 2026-W49");
}

DateRange parse_range(std::string_view text, Date today) {
    auto word = to_lower(trim(text));
    if (auto dots = word.find(".."); dots != std::string::npos) {
        auto from = parse_range(word.substr(0, dots), today).from;
        auto to = parse_range(word.substr(dots + 2), today).to;
        if (to < from) {
            throw data_error(fmt::format("invalid range \"{}\": ends before it starts", text));
        }
        return {from, to};
    }
    if (word == "this-week") {
        return iso_week_of(today);
    }
    if (word == "next-week") {
        return iso_week_of(add_days(today, 7));
    }
    if (word == "last-week") {
        return iso_week_of(add_days(today, -7));
    }
    if (word == "this-month") {
        return month_of(today);
    }
    if (word == "next-month") {
        return month_of(add_months(month_of(today).from, 1));
    }
    if (word == "last-month") {
        return month_of(add_months(month_of(today).from, -1));
    }
    if (word.size() == 4 && all_digits(word)) {
        date::year y{to_int(word)};
        return {Date{y / date::January / 1}, Date{y / date::December / 31}};
    }
    if (auto d = parse_iso_week(word, text)) {
        return iso_week_of(*d);
    }
    if (auto d = parse_month(word, text)) {
        return month_of(*d);
    }
    auto d = parse_date(text, today);
    return {d, d};
}

std::string format_date(Date d) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                       static_cast<unsigned>(d.day()));
}

std::string iso_week_name(Date d) {
    iso_week::year_weeknum_weekday ywd{date::sys_days{d}};
    return fmt::format("{:04}-W{:02}", static_cast<int>(ywd.year()), static_cast<unsigned>(ywd.weeknum()));
}

DateRange iso_week_of(Date d) {
    auto day = date::sys_days{d};
    auto monday = day - (date::weekday{day} - date::Monday);
    return {Date{monday}, Date{monday + date::days{6}}};
}

DateRange month_of(Date d) {
    return {d.year() / d.month() / date::day{1}, Date{d.year() / d.month() / date::last}};
}

Date add_days(Date d, int days) { return Date{date::sys_days{d} + date::days{days}}; }

Date add_months(Date d, int months) {
    auto ym = date::year_month{d.year(), d.month()} + date::months{months};
    auto last = date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}}.day();
    return Date{ym.year(), ym.month(), std::min(d.day(), last)};
}

int days_between(Date a, Date b) { return (date::sys_days{b} - date::sys_days{a}).count(); }

} // namespace officectl::core
