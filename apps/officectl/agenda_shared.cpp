#include "agenda_shared.hpp"
#include "cli_choices.hpp"

#include "officectl/absence/planning.hpp"
#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/booking.hpp"
#include "officectl/agenda/recurrence.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/period.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <charconv>

#include <algorithm>

namespace officectl::app {
namespace {

bool has_time(const std::string& text) { return text.find(':') != std::string::npos; }

bool is_bare_time(const std::string& text) {
    auto t = core::trim(text);
    auto first = t.substr(0, t.find(' '));
    return first.find(':') != std::string_view::npos && first.find('-') == std::string_view::npos &&
           first.find('T') == std::string_view::npos;
}

core::Date local_day(core::Instant t, const std::string& zone) { return core::local_date(t, zone); }

} // namespace

std::string office_zone(Context& ctx) { return ctx.clock().zone(); }

core::ZonedInstant datetime_option(Context& ctx, const std::string& option, const std::string& text,
                                   std::optional<core::Date> day) {
    try {
        if (day && is_bare_time(text)) {
            return core::parse_datetime(core::format_date(*day) + " " + text, ctx.clock());
        }
        return core::parse_datetime(text, ctx.clock());
    } catch (const Error& e) {
        throw Error(e.code(), fmt::format("{}: {}", option, e.what()));
    }
}

Window window_of(Context& ctx, core::DateRange days) {
    auto zone = office_zone(ctx);
    return {days, core::from_local_lenient(date::local_days{days.from}, zone),
            core::from_local_lenient(date::local_days{core::add_days(days.to, 1)}, zone)};
}

core::DateRange range_options(Context& ctx, const std::string& day, const std::string& week, const std::string& from,
                              const std::string& to, const std::string& within, core::DateRange fallback) {
    int given = !day.empty() + !week.empty() + (!from.empty() || !to.empty()) + !within.empty();
    if (given > 1) {
        throw usage_error("give one of --day, --week, --since/--until or a range");
    }
    try {
        if (!day.empty()) {
            auto d = core::parse_date(day, ctx.today());
            return {d, d};
        }
        if (!week.empty()) {
            return core::iso_week_of(core::parse_date(week, ctx.today()));
        }
        if (!within.empty()) {
            return core::parse_range(within, ctx.today());
        }
    } catch (const Error& e) {
        throw Error(e.code(), fmt::format("{}: {}", !day.empty() ? "--day" : !week.empty() ? "--week" : "range", e.what()));
    }
    if (!from.empty() || !to.empty()) {
        auto f = from.empty() ? ctx.today() : date_option(ctx, "--since", from);
        auto t = to.empty() ? core::add_days(f, 6) : date_option(ctx, "--until", to);
        if (t < f) {
            throw usage_error(fmt::format("--until {} is before --since {}", core::format_date(t), core::format_date(f)));
        }
        return {f, t};
    }
    return fallback;
}

std::vector<std::string> list_option(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& part : core::split(text, ',')) {
        auto t = std::string(core::trim(part));
        if (!t.empty()) {
            out.push_back(t);
        }
    }
    return out;
}

void add_time_options(CLI::App* verb, TimeOptions& o, bool for_add) {
    auto* at = verb->add_option("--at", o.at, "start: \"2026-12-01 10:00\", \"fri 14:00\", \"10:00 America/New_York\"; "
                                              "a date alone for an all-day appointment")
                   ->type_name("DATETIME");
    if (for_add) {
        at->required();
    }
    verb->add_option("--for", o.length, "how long: 45m, 1h30, 2h (default 1h)")->type_name("DURATION");
    verb->add_option("--end", o.until,
                     "the end instead of --for (11:30, or a date-time); with --every, a date ends the series")
        ->type_name("DATETIME")
        ->expected(1)
        ->take_all(); // once for the end, once more (a date) for the series' end
    verb->add_flag("--all-day", o.all_day, "all day (the date of --at)");
    verb->add_option("--days", o.days, "all day for this many days: --at 2026-12-24 --days 2")->type_name("N");
    if (for_add) {
        add_choice_option(verb, "--every", o.every, agenda::units, "repeat every", "UNIT", {},
                          spelled_by(agenda::parse_unit, agenda::unit_name));
        verb->add_option("--interval", o.interval, "every 2nd week: --every week --interval 2")->type_name("N");
        verb->add_option("--repeat-on", o.on, "with --every: mon,wed | 2mo (second Monday) | -1fr (last Friday) | 15")
            ->type_name("DAYS");
        verb->add_option("--count", o.count, "the series ends after N occurrences")->type_name("N");
    }
}

namespace {

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

} // namespace

void apply_time_options(Context& ctx, const TimeOptions& o, agenda::Appointment& a, bool editing) {
    // Sort --end values: with a time, the end; a date alone, the series' last day.
    std::optional<std::string> end_text;
    std::optional<core::Date> series_until;
    for (const auto& u : o.until) {
        if (has_time(u)) {
            if (end_text) {
                throw usage_error("--end: give one end time");
            }
            end_text = u;
        } else if (!o.every.empty()) {
            if (series_until) {
                throw usage_error("--end: give one last day for the series");
            }
            series_until = date_option(ctx, "--end", u);
        } else {
            throw usage_error(fmt::format("--end {}: expected an end time (11:30) or, with --every, the series' last day",
                                          u));
        }
    }
    if (end_text && !o.length.empty()) {
        throw usage_error("give the end as --for or --end, not both");
    }
    if (o.days < 0) {
        throw usage_error("--days: expected a number of days of at least 1");
    }
    auto zone = office_zone(ctx);
    auto length = a.end - a.start;
    bool was_all_day = a.all_day;
    if (!o.at.empty()) {
        bool all_day = o.all_day || o.days > 0 || !has_time(o.at);
        if (all_day) {
            if (end_text || !o.length.empty()) {
                throw usage_error("an all-day appointment takes --days, not --for or --end");
            }
            auto day = date_option(ctx, "--at", o.at);
            a.all_day = true;
            a.zone = zone;
            a.start = core::from_local_lenient(date::local_days{day}, zone);
            a.end = core::from_local_lenient(date::local_days{core::add_days(day, std::max(o.days, 1))}, zone);
        } else {
            auto start = datetime_option(ctx, "--at", o.at);
            a.all_day = false;
            a.start = start.utc;
            a.zone = start.zone;
            a.end = a.start + (editing && length.count() > 0 && !was_all_day ? length : std::chrono::seconds{3600});
        }
    } else if (o.all_day || o.days > 0) {
        if (!editing) {
            throw usage_error("--at is required");
        }
        auto day = local_day(a.start, a.all_day ? a.zone : zone);
        a.all_day = true;
        a.zone = zone;
        a.start = core::from_local_lenient(date::local_days{day}, zone);
        a.end = core::from_local_lenient(date::local_days{core::add_days(day, std::max(o.days, 1))}, zone);
    }
    if (!o.length.empty()) {
        if (a.all_day) {
            throw usage_error("an all-day appointment takes --days, not --for");
        }
        int minutes = 0;
        try {
            minutes = core::parse_duration_minutes(o.length);
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("--for: {}", e.what()));
        }
        a.end = a.start + std::chrono::minutes{minutes};
    }
    if (end_text) {
        if (a.all_day) {
            throw usage_error("an all-day appointment takes --days, not --end with a time");
        }
        auto end = datetime_option(ctx, "--end", *end_text, local_day(a.start, a.zone));
        if (end.utc <= a.start) {
            throw usage_error(fmt::format("--end {} is not after the start ({})", *end_text,
                                          core::format_local({a.start, a.zone})));
        }
        a.end = end.utc;
    }
    if (!o.every.empty()) {
        agenda::RecurrenceSpec spec;
        spec.every = o.every;
        spec.interval = o.interval;
        spec.on = o.on;
        spec.until = series_until;
        spec.count = series_count(o.count);
        a.rrule = agenda::build_rrule(spec, a.start, a.zone, a.all_day);
        agenda::check_series(a); // --count over the limit, a day no month has
    } else if (!o.on.empty() || !o.count.empty() || o.interval != 1) {
        throw usage_error("--repeat-on, --interval and --count go with --every");
    }
}

void check_booking(Context& ctx, agenda::Appointment& a, bool force, const agenda::Appointment* before) {
    absence::Availability away(ctx.db(), office_zone(ctx)); // leave clashes too
    for (const auto& note : agenda::review_booking(ctx.db(), a, force, before, office_zone(ctx), &away)) {
        ctx.note(note);
    }
}

void warn_booking_days(Context& ctx, const agenda::Appointment& a, const agenda::Appointment* before) {
    for (const auto& l : agenda::booking_day_warnings(ctx.db(), a, before, ctx.config().calendar(), office_zone(ctx))) {
        ctx.warn(fmt::format("\"{}\": {}", a.title, l));
    }
}

} // namespace officectl::app
