// officectl agenda add | edit | cancel | rm, and the agenda's other verb groups.

#include "agenda_shared.hpp"
#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/agenda_views.hpp"
#include "officectl/agenda/booking.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/agenda/series_edit.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {
namespace {

struct DetailOptions {
    std::string title, who, owner, room, where, external, note, status;
    bool confidential = false, tentative = false, force = false, no_room = false;
};

void add_detail_options(CLI::App* verb, DetailOptions& o, bool for_add) {
    verb->add_option("--who", o.who, "attendees from the team: an,bert")->type_name(k_handle);
    verb->add_option("--owner", o.owner, "whose agenda it is (default: the first of --who)")->type_name(k_handle);
    verb->add_option("--room", o.room, "the room booked (see `agenda room list`)")->type_name("ROOM");
    verb->add_option("--where", o.where, "a place outside the office")->type_name("PLACE");
    verb->add_option("--external", o.external, "outside attendees' addresses: jan@client.be,...")->type_name("EMAILS");
    verb->add_option("--note", o.note, "a note")->type_name("TEXT");
    verb->add_flag("--confidential", o.confidential, "hide the note (and the title in reports)");
    verb->add_flag("--tentative", o.tentative, "not confirmed yet");
    verb->add_flag("--force", o.force, "book it even when it double-books someone or a room (as tentative) or the room seats too few");
    if (!for_add) {
        verb->add_option("--title", o.title, "a new title")->type_name("TITLE");
        add_choice_option(verb, "--status", o.status, {"confirmed", "tentative"}, "(`agenda cancel` cancels)", "STATE");
        verb->add_flag("--no-room", o.no_room, "release the room");
    }
}

void apply_details(const DetailOptions& o, agenda::Appointment& a) {
    if (!o.title.empty()) {
        a.title = o.title;
    }
    if (!o.who.empty()) {
        a.who = list_option(o.who);
    }
    if (!o.owner.empty()) {
        a.owner = o.owner;
    } else if (!a.owner && !a.who.empty()) {
        a.owner = a.who.front();
    }
    if (!o.room.empty()) {
        a.room = o.room;
    }
    if (o.no_room) {
        a.room.reset();
    }
    if (!o.where.empty()) {
        a.location = o.where;
    }
    if (!o.external.empty()) {
        a.external = list_option(o.external);
        for (const auto& e : a.external) {
            if (e.find('@') == std::string::npos) {
                throw usage_error(fmt::format("--external: \"{}\" is no e-mail address", e));
            }
        }
    }
    if (!o.note.empty()) {
        a.note = o.note;
    }
    if (o.confidential) {
        a.confidential = true;
    }
    if (o.tentative) {
        a.status = agenda::Status::tentative;
    }
    if (!o.status.empty()) {
        auto s = agenda::parse_status(o.status);
        if (!s || *s == agenda::Status::cancelled) {
            throw usage_error("--status: expected confirmed or tentative (`agenda cancel` cancels)");
        }
        a.status = *s;
    }
}



void add_add(CLI::App* agenda, Context& ctx) {
    auto* add = agenda->add_subcommand("add", "book an appointment, a meeting or a series; refuses a double booking");
    struct Opts {
        std::string title;
        agenda::TimeRequest time;
        DetailOptions details;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("title", o->title, "what it is")->required()->type_name("TITLE");
    add_time_options(add, o->time, true);
    add_detail_options(add, o->details, true);
    add->footer("Examples:\n"
                "  officectl agenda add \"Board meeting\" --at \"2026-12-01 10:00\" --for 1h30 --who an,bert \\\n"
                "      --room \"Vergaderzaal 1\" --external jan@client.be\n"
                "  officectl agenda add \"Team meeting\" --at \"mon 10:00\" --for 1h --who an,bert,chloe \\\n"
                "      --every week --repeat-on mon --end 2027-06-30\n"
                "  officectl agenda add \"Call New York\" --at \"2026-12-03 10:00 America/New_York\" --for 45m --who an\n"
                "  officectl agenda add \"Kerstvakantie\" --at 2026-12-24 --days 2 --who an");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        agenda::Appointment a;
        a.title = std::string(core::trim(o->title));
        if (a.title.empty()) {
            throw usage_error("the title is empty");
        }
        agenda::apply_time_request(o->time, a, false, ctx.clock());
        apply_details(o->details, a);
        check_booking(ctx, a, o->details.force);
        auto id = agenda::add_appointment(txn, a);
        txn.commit();
        ctx.done(fmt::format("booked {} \"{}\" {}{}", id, a.title, agenda::when_text(a, a.start, a.end, office_zone(ctx)),
                             a.status == agenda::Status::tentative ? " (tentative)" : ""),
                 std::to_string(id));
        warn_booking_days(ctx, a);
    });
}

void add_edit(CLI::App* agenda, Context& ctx) {
    auto* edit = agenda->add_subcommand("edit", "change an appointment, a whole series, or one occurrence (--on)");
    struct Opts {
        std::string id, on;
        agenda::TimeRequest time;
        DetailOptions details;
    };
    auto o = std::make_shared<Opts>();
    edit->add_option("id", o->id, "the appointment's number")->required()->type_name("ID");
    edit->add_option("--on", o->on, "only the occurrence of the series on this date")->type_name("DATE");
    add_time_options(edit, o->time, false);
    add_detail_options(edit, o->details, false);
    edit->footer("Examples:\n"
                 "  officectl agenda edit 12 --at \"2026-12-01 14:00\"          # move it, same length\n"
                 "  officectl agenda edit 7 --on 2026-12-14 --room \"Vergaderzaal 2\"  # one occurrence\n"
                 "  officectl agenda edit 7 --who an,bert,chloe                  # the whole series");
    on_write(edit, ctx, [&ctx, o](store::Txn& txn) {
        auto id = appointment_id_argument(o->id);
        std::optional<core::Date> on;
        if (!o->on.empty()) {
            if (!agenda::get_appointment(ctx.db(), id).is_series()) {
                throw usage_error(fmt::format("--on: appointment {} is no series; edit it without --on", id));
            }
            on = date_option(ctx, "--on", o->on);
        }
        auto target = agenda::edit_target(ctx.db(), id, on);
        agenda::refuse_made_elsewhere(target.original, "edit");
        auto& a = target.appt;
        const auto& original = target.original;
        agenda::apply_time_request(o->time, a, true, ctx.clock());
        apply_details(o->details, a);
        check_booking(ctx, a, o->details.force, &original);
        auto shown = agenda::save_edit(txn, target);
        txn.commit();
        ctx.done(fmt::format("changed {} \"{}\" {}{}", a.parent_id ? *a.parent_id : shown, a.title,
                             agenda::when_text(a, a.start, a.end, office_zone(ctx)),
                             a.parent_id ? " (this occurrence only)" : ""),
                 std::to_string(shown));
        warn_booking_days(ctx, a, &original);
    });
}

void add_cancel(CLI::App* agenda, Context& ctx) {
    auto* cancel = agenda->add_subcommand("cancel", "cancel an appointment, a series, or one occurrence (--on)");
    auto id_text = std::make_shared<std::string>();
    auto on = std::make_shared<std::string>();
    cancel->add_option("id", *id_text, "the appointment's number")->required()->type_name("ID");
    cancel->add_option("--on", *on, "only the occurrence of the series on this date")->type_name("DATE");
    cancel->footer("Examples:\n  officectl agenda cancel 12\n  officectl agenda cancel 7 --on 2026-12-28");
    on_write(cancel, ctx, [&ctx, id_text, on](store::Txn& txn) {
        auto id = appointment_id_argument(*id_text);
        auto a = agenda::get_appointment(ctx.db(), id);
        agenda::refuse_made_elsewhere(a, "cancel");
        if (!on->empty()) {
            if (!a.is_series()) {
                throw usage_error(fmt::format("--on: appointment {} is no series; cancel it without --on", id));
            }
            auto day = date_option(ctx, "--on", *on);
            agenda::cancel_occurrence(txn, id, day);
            txn.commit();
            ctx.done(fmt::format("cancelled {} \"{}\" on {}; the series goes on", id, a.title, core::format_date(day)),
                     std::to_string(id));
            return;
        }
        if (a.status == agenda::Status::cancelled) {
            throw data_error(fmt::format("appointment {} is cancelled already", id));
        }
        a.status = agenda::Status::cancelled;
        a.sequence += 1;
        agenda::update_appointment(txn, a);
        txn.commit();
        ctx.done(fmt::format("cancelled {} \"{}\"{}", id, a.title, a.is_series() ? " (the whole series)" : ""),
                 std::to_string(id));
    });
}

void add_rm(CLI::App* agenda, Context& ctx) {
    auto* rm = agenda->add_subcommand("rm", "delete an appointment (a series with all its occurrences), its agenda and minutes");
    auto id_text = std::make_shared<std::string>();
    rm->add_option("id", *id_text, "the appointment's number")->required()->type_name("ID");
    rm->footer("Examples:\n  officectl agenda rm 12\n"
               "Cancel instead (`agenda cancel`) to keep the trace of a meeting that did not take place.");
    on_write(rm, ctx, [&ctx, id_text](store::Txn& txn) {
        auto id = appointment_id_argument(*id_text);
        auto a = agenda::get_appointment(ctx.db(), id);
        agenda::refuse_made_elsewhere(a, "delete");
        agenda::remove_appointment(txn, a);
        txn.commit();
        ctx.done(fmt::format("deleted {} \"{}\"", id, a.title), std::to_string(id));
    });
}

} // namespace

std::int64_t appointment_id_argument(const std::string& text) { return id_argument(text, "appointment", "agenda list"); }

void add_agenda_commands(CLI::App& app, Context& ctx) {
    auto* agenda = app.add_subcommand("agenda", "appointments, meetings, rooms, free slots, decisions, iCalendar");
    agenda->require_subcommand(1);
    add_add(agenda, ctx);
    add_agenda_view_commands(agenda, ctx);
    add_edit(agenda, ctx);
    add_cancel(agenda, ctx);
    add_rm(agenda, ctx);
    add_agenda_room_commands(agenda, ctx);
    add_agenda_meeting_commands(agenda, ctx);
    add_agenda_ics_commands(agenda, ctx);
}

} // namespace officectl::app
