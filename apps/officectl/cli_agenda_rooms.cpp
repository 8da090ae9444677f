// officectl agenda room add | list | rm, agenda rooms, agenda conflicts, agenda free

#include "agenda_shared.hpp"
#include "commands.hpp"

#include "officectl/absence/planning.hpp"
#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/agenda_views.hpp"
#include "officectl/agenda/conflicts.hpp"
#include "officectl/agenda/free_slots.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/config/work_hours.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/period.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {
namespace {

std::vector<agenda::Interval> busy_of(const std::vector<agenda::Occurrence>& occs,
                                      const std::function<bool(const agenda::Occurrence&)>& involves) {
    std::vector<agenda::Interval> out;
    for (const auto& o : occs) {
        if (o.appt->status != agenda::Status::cancelled && involves(o)) {
            out.push_back({o.start, o.end});
        }
    }
    return out;
}

void add_room_group(CLI::App* agenda, Context& ctx) {
    auto* room = agenda->add_subcommand("room", "the meeting rooms and their equipment");
    room->require_subcommand(1);

    auto* add = room->add_subcommand("add", "add a room");
    struct AddOpts {
        std::string name, equipment;
        int capacity = -1; // not given
    };
    auto a = std::make_shared<AddOpts>();
    add->add_option("name", a->name, "the room's name")->required()->type_name("NAME");
    add->add_option("--capacity", a->capacity, "how many people it seats")->type_name("N");
    add->add_option("--equipment", a->equipment, "beamer,video,whiteboard")->type_name("LIST");
    add->footer("Examples:\n  officectl agenda room add \"Vergaderzaal 1\" --capacity 12 --equipment beamer,video");
    on_write(add, ctx, [&ctx, a](store::Txn& txn) {
        agenda::Room r;
        r.name = std::string(core::trim(a->name));
        if (a->capacity != -1) {
            r.capacity = a->capacity; // the store refuses less than 1
        }
        for (const auto& e : list_option(a->equipment)) {
            r.equipment.push_back(core::to_lower(e));
        }
        agenda::add_room(txn, r);
        txn.commit();
        ctx.done(fmt::format("added room \"{}\"{}", r.name, r.capacity ? fmt::format(" ({} seats)", *r.capacity) : ""),
                 r.name);
    });

    auto* list = room->add_subcommand("list", "every room");
    list->footer("Examples:\n  officectl agenda room list");
    on_run(list, ctx, [&ctx] { ctx.print_table(agenda::rooms_table(agenda::list_rooms(ctx.db()))); });

    auto* rm = room->add_subcommand("rm", "remove a room no appointment books");
    auto name = std::make_shared<std::string>();
    rm->add_option("name", *name, "the room's name")->required()->type_name("ROOM");
    rm->footer("Examples:\n  officectl agenda room rm \"Vergaderzaal 3\"");
    on_write(rm, ctx, [&ctx, name](store::Txn& txn) {
        auto r = agenda::find_room(ctx.db(), *name);
        if (!r) {
            throw not_found(fmt::format("no room \"{}\" (see `officectl agenda room list`)", *name));
        }
        agenda::remove_room(txn, *r);
        txn.commit();
        ctx.done(fmt::format("removed room \"{}\"", r->name), r->name);
    });
}

void add_rooms(CLI::App* agenda, Context& ctx) {
    auto* rooms = agenda->add_subcommand("rooms", "the rooms free at a time (that seat enough, with the equipment)");
    struct Opts {
        std::string at, length = "1h", equipment;
        int capacity = 0;
    };
    auto o = std::make_shared<Opts>();
    rooms->add_option("--at", o->at, "when: \"2026-12-01 10:00\"")->required()->type_name("DATETIME");
    rooms->add_option("--for", o->length, "how long (default 1h)")->type_name("DURATION");
    rooms->add_option("--capacity", o->capacity, "seats at least N")->type_name("N");
    rooms->add_option("--equipment", o->equipment, "has all of: beamer,video")->type_name("LIST");
    rooms->footer("Examples:\n  officectl agenda rooms --at \"2026-12-01 10:00\" --for 2h --capacity 8 --equipment beamer");
    on_run(rooms, ctx, [&ctx, o] {
        auto start = datetime_option(ctx, "--at", o->at).utc;
        int minutes = 0;
        try {
            minutes = core::parse_duration_minutes(o->length);
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("--for: {}", e.what()));
        }
        auto end = start + std::chrono::minutes{minutes};
        auto appts = agenda::appointments_for(ctx.db(), start, end); // occurrences point into it
        auto occs = agenda::occurrences(appts, start, end);
        std::vector<agenda::Room> free;
        for (const auto& r : agenda::list_rooms(ctx.db())) {
            auto busy = busy_of(occs, [&](const agenda::Occurrence& x) { return agenda::involves_room(x, r.name); });
            if (busy.empty() && agenda::room_fits(r, o->capacity, list_option(o->equipment))) {
                free.push_back(r);
            }
        }
        if (free.empty() && !ctx.format_given()) {
            ctx.note("no room fits and is free then");
            return;
        }
        ctx.print_table(agenda::rooms_table(free));
    });
}

void add_conflicts(CLI::App* agenda, Context& ctx) {
    auto* conflicts = agenda->add_subcommand("conflicts", "every double booking of a person or a room (default: the next 4 weeks)");
    auto range = std::make_shared<std::string>();
    conflicts->add_option("range", *range, "this-week, 2026-12, 2026-12-01..2027-01-31")->type_name("RANGE");
    conflicts->footer("Examples:\n  officectl agenda conflicts\n  officectl agenda conflicts 2027-01");
    on_run(conflicts, ctx, [&ctx, range] {
        auto days = range_options(ctx, "", "", "", "", *range, {ctx.today(), core::add_days(ctx.today(), 27)});
        auto w = window_of(ctx, days);
        auto appts = agenda::appointments_for(ctx.db(), w.from, w.to);
        auto found = agenda::find_conflicts(agenda::occurrences(appts, w.from, w.to));
        if (found.empty() && !ctx.format_given()) {
            ctx.note(fmt::format("no double bookings from {} to {}", core::format_date(days.from),
                                 core::format_date(days.to)));
            return;
        }
        ctx.print_table(agenda::conflicts_table(found, office_zone(ctx)));
    });
}

void add_free(CLI::App* agenda, Context& ctx) {
    auto* free = agenda->add_subcommand("free", "the earliest slots when all of them are free (working days and hours)");
    struct Opts {
        std::string who, length, within, from, to, hours, equipment;
        int capacity = 0, limit = 5;
    };
    auto o = std::make_shared<Opts>();
    free->add_option("--who", o->who, "the people who must all be there: an,bert")->required()->type_name(k_handle);
    free->add_option("--for", o->length, "how long")->required()->type_name("DURATION");
    free->add_option("--in", o->within, "a range: next-week, 2026-12 (default: the next 2 weeks)")->type_name("RANGE");
    free->add_option("--since", o->from, "the first day")->type_name("DATE");
    free->add_option("--until", o->to, "the last day")->type_name("DATE");
    free->add_option("--office-hours", o->hours, "the working day (default: work.hours, 09:00-17:00)")->type_name("HH:MM-HH:MM");
    free->add_option("--room-capacity", o->capacity, "also find a free room seating N")->type_name("N");
    free->add_option("--equipment", o->equipment, "the room must have: beamer,video")->type_name("LIST");
    free->add_option("--limit", o->limit, "how many slots (default 5)")->type_name("N");
    free->footer("Examples:\n  officectl agenda free --who an,bert --for 1h --in next-week\n"
                 "  officectl agenda free --who an,bert,chloe --for 2h --since 2026-12-21 --until 2026-12-31 "
                 "--office-hours 10:00-16:00 --room-capacity 6");
    on_run(free, ctx, [&ctx, o] {
        auto& db = ctx.db();
        auto days = range_options(ctx, "", "", o->from, o->to, o->within, {ctx.today(), core::add_days(ctx.today(), 13)});
        auto w = window_of(ctx, days);
        agenda::FreeSlotQuery q;
        try {
            q.minutes = core::parse_duration_minutes(o->length);
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("--for: {}", e.what()));
        }
        config::WorkHours hours;
        auto hours_text = !o->hours.empty() ? o->hours : ctx.config().get_string("work.hours").value_or("09:00-17:00");
        try {
            hours = config::parse_work_hours(hours_text);
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("--hours: {}", e.what()));
        }
        q.day_start = hours.start;
        q.day_end = hours.end;
        q.days = days;
        q.not_before = ctx.clock().now();
        q.zone = office_zone(ctx);
        q.limit = o->limit;
        auto calendar = ctx.config().calendar();
        auto appts = agenda::appointments_for(db, w.from, w.to); // occurrences point into it
        auto occs = agenda::occurrences(appts, w.from, w.to);
        for (const auto& h : list_option(o->who)) {
            auto m = team::get_member(db, h);
            agenda::Attendance p;
            p.handle = m.handle;
            p.week = m.work_days.value_or(calendar.week());
            p.busy = busy_of(occs, [&](const agenda::Occurrence& x) { return agenda::involves_person(x, m.handle); });
            q.people.push_back(std::move(p));
        }
        if (o->capacity > 0 || !o->equipment.empty()) {
            q.capacity = o->capacity;
            q.equipment = list_option(o->equipment);
            for (const auto& r : agenda::list_rooms(db)) {
                q.rooms.push_back(
                    {r, busy_of(occs, [&](const agenda::Occurrence& x) { return agenda::involves_room(x, r.name); })});
            }
            if (q.rooms.empty()) {
                throw not_found("--room-capacity: there are no rooms (add one with `officectl agenda room add`)");
            }
        }
        absence::Availability away(db, office_zone(ctx)); // leave makes people unavailable
        auto slots = agenda::find_free_slots(q, calendar, &away);
        if (slots.empty() && !ctx.format_given()) {
            ctx.note(fmt::format("no common free slot of {} from {} to {}", core::format_duration_minutes(q.minutes),
                                 core::format_date(days.from), core::format_date(days.to)));
            return;
        }
        ctx.print_table(agenda::slots_table(slots, office_zone(ctx)));
    });
}

} // namespace

void add_agenda_room_commands(CLI::App* agenda, Context& ctx) {
    add_room_group(agenda, ctx);
    add_rooms(agenda, ctx);
    add_conflicts(agenda, ctx);
    add_free(agenda, ctx);
}

} // namespace officectl::app
