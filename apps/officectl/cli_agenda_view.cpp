// officectl agenda list | show | today | week

#include "agenda_shared.hpp"
#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/agenda_views.hpp"
#include "officectl/agenda/meeting_store.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <set>

namespace officectl::app {
namespace {

struct ListOptions {
    std::string day, week, from, to, range, who, room, status;
};

// The occurrences in the window that pass the filters, by start.
void print_occurrences(Context& ctx, const Window& w, const ListOptions& o) {
    std::optional<agenda::Status> status;
    bool all = o.status == "all";
    if (!o.status.empty() && !all) {
        status = agenda::parse_status(o.status);
        if (!status) {
            throw usage_error("--status: expected confirmed, tentative, cancelled or all");
        }
    }
    auto appts = agenda::appointments_for(ctx.db(), w.from, w.to);
    std::vector<agenda::Unexpanded> unexpanded;
    auto occs = agenda::occurrences(appts, w.from, w.to, &unexpanded);
    for (const auto& u : unexpanded) { // flagged, and the rest listed
        ctx.note(fmt::format("appointment {} \"{}\" is left out: {} (see `officectl agenda show {}`)", u.id, u.title,
                             u.why, u.id));
    }
    auto who = list_option(o.who);
    std::erase_if(occs, [&](const agenda::Occurrence& x) {
        if (status ? x.appt->status != *status : (!all && x.appt->status == agenda::Status::cancelled)) {
            return true;
        }
        if (!who.empty() && std::none_of(who.begin(), who.end(), [&](const std::string& h) {
                return agenda::involves_person(x, h);
            })) {
            return true;
        }
        return !o.room.empty() && !agenda::involves_room(x, o.room);
    });
    if (occs.empty() && !ctx.options.quiet && !ctx.format_given()) {
        ctx.note(fmt::format("nothing in the agenda from {} to {}", core::format_date(w.days.from),
                             core::format_date(w.days.to)));
        return;
    }
    ctx.print_table(agenda::occurrences_table(occs, office_zone(ctx)));
}

void add_list_filters(CLI::App* verb, ListOptions& o) {
    verb->add_option("--who", o.who, "only these people's appointments: an,bert")->type_name(k_handle);
    verb->add_option("--room", o.room, "only this room's bookings")->type_name("ROOM");
    add_choice_option(verb, "--status", o.status, agenda::statuses, "only these (default: all but cancelled)", "STATE", {"all"});
}

void add_list(CLI::App* agenda, Context& ctx) {
    auto* list = agenda->add_subcommand("list", "the appointments of a period, series expanded (default: the next 7 days)");
    auto o = std::make_shared<ListOptions>();
    list->add_option("range", o->range, "this-week, next-week, 2026-12, 2026-12-01..2026-12-15")->type_name("RANGE");
    list->add_option("--day", o->day, "one day")->type_name("DATE");
    list->add_option("--week", o->week, "an ISO week: 2026-W49")->type_name("WEEK");
    list->add_option("--since", o->from, "the first day")->type_name("DATE");
    list->add_option("--until", o->to, "the last day")->type_name("DATE");
    add_list_filters(list, *o);
    list->footer("Examples:\n  officectl agenda list --week 2026-W49 --who an\n"
                 "  officectl agenda list --room \"Vergaderzaal 1\" --since 2026-12-01 --until 2026-12-31\n"
                 "  officectl -o json agenda list next-month");
    on_run(list, ctx, [&ctx, o] {
        auto days = range_options(ctx, o->day, o->week, o->from, o->to, o->range,
                                  {ctx.today(), core::add_days(ctx.today(), 6)});
        print_occurrences(ctx, window_of(ctx, days), *o);
    });
}

void add_today(CLI::App* agenda, Context& ctx) {
    auto* today = agenda->add_subcommand("today", "today's appointments");
    auto o = std::make_shared<ListOptions>();
    add_list_filters(today, *o);
    today->footer("Examples:\n  officectl agenda today\n  officectl agenda today --who an");
    on_run(today, ctx, [&ctx, o] { print_occurrences(ctx, window_of(ctx, {ctx.today(), ctx.today()}), *o); });
}

void add_week(CLI::App* agenda, Context& ctx) {
    auto* week = agenda->add_subcommand("week", "the week day by day, one row per person");
    auto w = std::make_shared<std::string>();
    auto who = std::make_shared<std::string>();
    week->add_option("week", *w, "an ISO week, a day in it, or next-week (default: this week)")->type_name("WEEK");
    week->add_option("--who", *who, "these people (default: everyone with an appointment)")->type_name(k_handle);
    week->footer("Examples:\n  officectl agenda week\n  officectl agenda week 2026-W50 --who an,bert");
    on_run(week, ctx, [&ctx, w, who] {
        core::DateRange days;
        try {
            // A week, a day in it, or a word: this-week, next-week.
            auto day = w->empty() ? ctx.today() : core::parse_range(*w, ctx.today()).from;
            days = core::iso_week_of(day);
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("week: {}", e.what()));
        }
        auto window = window_of(ctx, days);
        auto appts = agenda::appointments_for(ctx.db(), window.from, window.to);
        auto occs = agenda::occurrences(appts, window.from, window.to);
        auto people = list_option(*who);
        if (people.empty()) {
            std::set<std::string> seen;
            for (const auto& oc : occs) {
                if (oc.appt->status != agenda::Status::cancelled) {
                    for (const auto& h : oc.appt->people()) {
                        seen.insert(h);
                    }
                }
            }
            people.assign(seen.begin(), seen.end());
        }
        // The weekend only when something happens on it.
        bool weekend = std::any_of(occs.begin(), occs.end(), [&](const agenda::Occurrence& oc) {
            auto d = date::weekday{date::floor<date::days>(core::to_local(oc.start, office_zone(ctx)))};
            return d == date::Saturday || d == date::Sunday;
        });
        if (!weekend) {
            days.to = core::add_days(days.from, 4);
        }
        if (people.empty() && !ctx.format_given()) {
            ctx.note(fmt::format("no appointments in {}", core::iso_week_name(days.from)));
            return;
        }
        ctx.print_table(agenda::week_grid(occs, people, days, office_zone(ctx)));
        // The office's days off that week, one line each after the grid (not in it:
        // the grid's rows are people).
        auto calendar = ctx.config().calendar();
        for (auto d = days.from; d <= days.to; d = core::add_days(d, 1)) {
            if (auto name = calendar.day_off_name(d)) {
                ctx.note(fmt::format("{} {}: {}, a day off", core::to_lower(date::format("%a", date::sys_days{d})),
                                     core::format_date(d), *name));
            }
        }
    });
}

void add_show(CLI::App* agenda, Context& ctx) {
    auto* show = agenda->add_subcommand("show", "one appointment: details, next occurrences, agenda, decisions");
    auto id = std::make_shared<std::string>();
    show->add_option("id", *id, "the appointment's number")->required()->type_name("ID");
    show->footer("Examples:\n  officectl agenda show 12\n  officectl -o json agenda show 12");
    on_run(show, ctx, [&ctx, id] {
        auto& db = ctx.db();
        auto a = agenda::get_appointment(db, appointment_id_argument(*id));
        std::vector<agenda::Occurrence> next;
        std::vector<agenda::Appointment> family;
        if (a.is_series()) {
            family = agenda::series_with_changes(db, a.id);
            auto from = std::max(ctx.clock().now(), a.start);
            next = agenda::occurrences(family, from, from + date::years{2});
            if (next.size() > 5) {
                next.resize(5);
            }
        }
        agenda::MinuteFilter f;
        f.appointment_id = a.id;
        ctx.print_report(agenda::appointment_report(a, next, agenda::list_items(db, a.id), agenda::list_minutes(db, f),
                                                    office_zone(ctx), ctx.today()));
    });
}

} // namespace

void add_agenda_view_commands(CLI::App* agenda, Context& ctx) {
    add_list(agenda, ctx);
    add_show(agenda, ctx);
    add_today(agenda, ctx);
    add_week(agenda, ctx);
}

} // namespace officectl::app
