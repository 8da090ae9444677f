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

namespace officectl::app {

std::string office_zone(Context& ctx) { return ctx.clock().zone(); }

core::ZonedInstant datetime_option(Context& ctx, const std::string& option, const std::string& text,
                                   std::optional<core::Date> day) {
    try {
        return core::parse_datetime(text, ctx.clock(), day);
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

void add_time_options(CLI::App* verb, agenda::TimeRequest& o, bool for_add) {
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
