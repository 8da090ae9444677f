#include "officectl/agenda/booking_time.hpp"

#include "officectl/agenda/recurrence.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/period.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace officectl::agenda {
namespace {

bool has_time(const std::string& text) { return text.find(':') != std::string::npos; }

// An Error of the parsers, prefixed with the option that gave the text.
template <class Parse> auto named(const std::string& option, Parse parse) {
    try {
        return parse();
    } catch (const Error& e) {
        throw Error(e.code(), fmt::format("{}: {}", option, e.what()));
    }
}

core::Date date_of(const std::string& option, const std::string& text, const core::Clock& clock) {
    return named(option, [&] { return core::parse_date(text, clock.today()); });
}

// --count: how many occurrences a series has. 0 made an endless series; it is refused.
std::optional<int> series_count(const std::string& text) {
    if (text.empty()) {
        return std::nullopt;
    }
    int n = 0;
    const auto* end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, n);
    if (ec != std::errc{} || p != end || n < 1) {
        throw usage_error(fmt::format("--count: a series has at least 1 occurrence, not \"{}\" (leave --count out "
                                      "for a series without end)",
                                      text));
    }
    return n;
}

void set_all_day(Appointment& a, core::Date day, int days, const std::string& zone) {
    a.all_day = true;
    a.zone = zone;
    a.start = core::from_local_lenient(date::local_days{day}, zone);
    a.end = core::from_local_lenient(date::local_days{core::add_days(day, std::max(days, 1))}, zone);
}

} // namespace

void apply_time_request(const TimeRequest& r, Appointment& a, bool editing, const core::Clock& clock) {
    if (!editing && r.at.empty()) {
        throw usage_error("--at is required");
    }
    // Sort --end values: with a time, the end; a date alone, the series' last day.
    std::optional<std::string> end_text;
    std::optional<core::Date> series_until;
    for (const auto& u : r.until) {
        if (has_time(u)) {
            if (end_text) {
                throw usage_error("--end: give one end time");
            }
            end_text = u;
        } else if (!r.every.empty()) {
            if (series_until) {
                throw usage_error("--end: give one last day for the series");
            }
            series_until = date_of("--end", u, clock);
        } else {
            throw usage_error(fmt::format("--end {}: expected an end time (11:30) or, with --every, the series' last day",
                                          u));
        }
    }
    if (end_text && !r.length.empty()) {
        throw usage_error("give the end as --for or --end, not both");
    }
    if (r.days < 0 || r.days > 366) {
        throw usage_error("--days: expected a number of days from 1 to 366");
    }
    if (series_until && int(series_until->year()) > 2199) {
        throw usage_error(fmt::format("--end {}: dates to 2199 only, check the year", core::format_date(*series_until)));
    }
    const auto& zone = clock.zone();
    auto length = a.end - a.start;
    bool was_all_day = a.all_day;
    // A moved all-day appointment keeps its number of days too.
    int days = r.days > 0 ? r.days
             : editing && was_all_day && length.count() > 0
                 ? int(std::chrono::round<date::days>(length).count())
                 : 1;
    if (!r.at.empty()) {
        if (r.all_day || r.days > 0 || !has_time(r.at)) {
            if (end_text || !r.length.empty()) {
                throw usage_error("an all-day appointment takes --days, not --for or --end");
            }
            // `--at "2026-12-24 10:00" --all-day`: the date of --at.
            auto day = has_time(r.at)
                           ? core::local_date(named("--at", [&] { return core::parse_datetime(r.at, clock); }).utc, zone)
                           : date_of("--at", r.at, clock);
            set_all_day(a, day, days, zone);
        } else {
            auto start = named("--at", [&] { return core::parse_datetime(r.at, clock); });
            a.all_day = false;
            a.start = start.utc;
            a.zone = start.zone;
            // A moved appointment keeps its length; a new one (or a former all-day one) takes an hour.
            a.end = a.start + (editing && length.count() > 0 && !was_all_day ? length : std::chrono::seconds{3600});
        }
    } else if (r.all_day || r.days > 0) {
        set_all_day(a, core::local_date(a.start, a.all_day ? a.zone : zone), days, zone);
    }
    if (!r.length.empty()) {
        if (a.all_day) {
            throw usage_error("an all-day appointment takes --days, not --for");
        }
        auto minutes = named("--for", [&] { return core::parse_duration_minutes(r.length); });
        a.end = a.start + std::chrono::minutes{minutes};
    }
    if (end_text) {
        if (a.all_day) {
            throw usage_error("an all-day appointment takes --days, not --end with a time");
        }
        // An end without a zone is in the start's: `--at "10:00 America/New_York" --end 11:00` is an hour.
        auto start_clock = core::Clock::pinned(core::format_date(clock.today()), a.zone);
        auto end = named("--end", [&] {
            return core::parse_datetime(*end_text, start_clock, core::local_date(a.start, a.zone));
        });
        if (end.utc <= a.start) {
            throw usage_error(fmt::format("--end {} is not after the start ({})", *end_text,
                                          core::format_local({a.start, a.zone})));
        }
        a.end = end.utc;
    }
    if (!r.every.empty()) {
        RecurrenceSpec spec;
        spec.every = r.every;
        spec.interval = r.interval;
        spec.on = r.on;
        spec.until = series_until;
        spec.count = series_count(r.count);
        a.rrule = build_rrule(spec, a.start, a.zone, a.all_day);
        check_series(a); // --count over the limit, a day no month has
    } else if (!r.on.empty() || !r.count.empty() || r.interval != 1) {
        throw usage_error("--repeat-on, --interval and --count go with --every");
    }
}

} // namespace officectl::agenda
