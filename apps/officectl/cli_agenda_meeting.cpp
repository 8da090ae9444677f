// officectl agenda item add | list, agenda minutes, agenda decisions [done], agenda print

#include "agenda_shared.hpp"
#include "commands.hpp"

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/agenda_views.hpp"
#include "officectl/agenda/meeting_occurrence.hpp"
#include "officectl/agenda/meeting_store.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/core/error.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {
namespace {

// The meeting (a series' occurrence) the records are for: --on, else `pick`.
agenda::MeetingTime meeting_time(Context& ctx, const agenda::Appointment& a, const std::string& on, agenda::Pick pick) {
    auto day = on.empty() ? std::nullopt : std::optional<core::Date>(date_option(ctx, "--on", on));
    return agenda::meeting_time(ctx.db(), a, day, ctx.clock().now(), pick);
}

// " on 2026-12-14" for a series' occurrence, nothing for a one-off meeting.
std::string on_day(const agenda::MeetingTime& when) {
    return when.occurrence ? " on " + core::format_date(*when.occurrence) : "";
}

void add_item_group(CLI::App* agenda, Context& ctx) {
    auto* item = agenda->add_subcommand("item", "a meeting's agenda");
    item->require_subcommand(1);
    auto* add = item->add_subcommand("add", "add an item to a meeting's agenda");
    struct Opts {
        std::string appt, title, owner, on;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("appointment", o->appt, "the meeting's number")->required()->type_name("ID");
    add->add_option("title", o->title, "the item")->required()->type_name("TITLE");
    add->add_option("--owner", o->owner, "who brings it")->type_name(k_handle);
    add->add_option("--on", o->on, "for a series: the meeting on this day (default: the next)")->type_name("DATE");
    add->footer("Examples:\n  officectl agenda item add 12 \"Budget 2027\" --owner bert\n"
                "  officectl agenda item add 1 \"Kerstfeest\" --on 2026-12-14");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        auto a = agenda::get_appointment(ctx.db(), appointment_id_argument(o->appt));
        auto when = meeting_time(ctx, a, o->on, agenda::Pick::next);
        agenda::AgendaItem i;
        i.appointment_id = a.id;
        i.occurrence = when.occurrence;
        i.title = o->title;
        if (!o->owner.empty()) {
            i.owner = o->owner;
        }
        auto id = agenda::add_item(txn, i);
        txn.commit();
        auto items = agenda::list_items(ctx.db(), a.id, when.occurrence);
        ctx.done(fmt::format("added item {} \"{}\" to the agenda of {} \"{}\"{}", items.back().position, i.title, a.id,
                             a.title, on_day(when)),
                 std::to_string(id));
    });
    auto* list = item->add_subcommand("list", "a meeting's agenda");
    auto lo = std::make_shared<Opts>();
    list->add_option("appointment", lo->appt, "the meeting's number")->required()->type_name("ID");
    list->add_option("--on", lo->on, "for a series: the meeting on this day (default: the next)")->type_name("DATE");
    list->footer("Examples:\n  officectl agenda item list 12\n  officectl agenda item list 1 --on 2026-12-14");
    on_run(list, ctx, [&ctx, lo] {
        auto a = agenda::get_appointment(ctx.db(), appointment_id_argument(lo->appt));
        auto when = meeting_time(ctx, a, lo->on, agenda::Pick::next);
        render::Table t;
        t.column("item", render::ColumnType::integer).column("title").column("owner");
        for (const auto& i : agenda::list_items(ctx.db(), a.id, when.occurrence)) {
            t.add_row({static_cast<std::int64_t>(i.position), i.title, render::cell_or_empty(i.owner)});
        }
        ctx.print_table(t);
    });
}

// The n-th action's --owner or --due: one value for every action, or one per action in order.
std::optional<std::string> nth_of(const std::vector<std::string>& values, std::size_t n, std::size_t actions,
                                  std::string_view option) {
    if (values.empty()) {
        return std::nullopt;
    }
    if (values.size() == 1) {
        return values.front();
    }
    if (values.size() != actions) {
        throw usage_error(fmt::format("{} {} given for {} actions: give one for all of them, or one per --action, in "
                                      "the same order",
                                      values.size(), option, actions));
    }
    return values[n];
}

void add_minutes(CLI::App* agenda, Context& ctx) {
    auto* minutes = agenda->add_subcommand("minutes", "record a meeting's decisions and actions; without them, show them");
    struct Opts {
        std::string appt, on;
        std::vector<std::string> decisions, actions, owners, dues;
    };
    auto o = std::make_shared<Opts>();
    minutes->add_option("appointment", o->appt, "the meeting's number")->required()->type_name("ID");
    minutes->add_option("--on", o->on,
                        "for a series: the meeting on this day (recording: default the last that began; "
                        "showing: default every meeting's)")
        ->type_name("DATE");
    minutes->add_option("--decision", o->decisions, "a decision (repeat for more)")->type_name("TEXT");
    minutes->add_option("--action", o->actions, "an action someone must carry out (repeat for more)")->type_name("TEXT");
    minutes->add_option("--owner", o->owners, "who carries out the action: one for all, or one per --action")
        ->type_name(k_handle);
    minutes->add_option("--due", o->dues, "when the action is due (2027-01-15, +2w): one for all, or one per --action")
        ->type_name("DATE");
    minutes->footer("Examples:\n"
                    "  officectl agenda minutes 12 --decision \"Budget 2027 approved\" --decision \"New printer bought\"\n"
                    "  officectl agenda minutes 12 --action \"Ask three quotes for the printer\" --owner bert --due +2w\n"
                    "  officectl agenda minutes 12 --action \"Book the venue\" --owner an --action \"Send invitations\" "
                    "--owner bert --due +1w\n"
                    "  officectl agenda minutes 1 --on 2026-12-07 --decision \"Kerstfeest op 18/12\"\n"
                    "  officectl agenda minutes 12");
    on_run(minutes, ctx, [&ctx, o] {
        if (o->actions.empty() && (!o->owners.empty() || !o->dues.empty())) {
            throw usage_error("--owner and --due belong to an --action");
        }
        if (o->decisions.empty() && o->actions.empty()) {
            auto a = agenda::get_appointment(ctx.db(), appointment_id_argument(o->appt));
            agenda::MinuteFilter f;
            f.appointment_id = a.id;
            if (!o->on.empty()) {
                f.occurrence = meeting_time(ctx, a, o->on, agenda::Pick::last_begun).occurrence;
            }
            ctx.print_table(agenda::minutes_table(agenda::list_minutes(ctx.db(), f), ctx.today()));
            return;
        }
        auto actions = o->actions.size();
        // Checked before anything is written: a wrong count refuses the whole call.
        std::vector<agenda::Minute> action_minutes;
        for (std::size_t i = 0; i < actions; ++i) {
            agenda::Minute m;
            m.kind = agenda::MinuteKind::action;
            m.text = o->actions[i];
            m.recorded = ctx.today();
            m.owner = nth_of(o->owners, i, actions, "--owner");
            if (auto due = nth_of(o->dues, i, actions, "--due")) {
                m.due = date_option(ctx, "--due", *due);
            }
            action_minutes.push_back(std::move(m));
        }
        ctx.write([&](store::Txn& txn) {
            auto a = agenda::get_appointment(ctx.db(), appointment_id_argument(o->appt));
            auto when = meeting_time(ctx, a, o->on, agenda::Pick::last_begun);
            std::vector<std::string> ids;
            for (const auto& text : o->decisions) {
                agenda::Minute m;
                m.appointment_id = a.id;
                m.occurrence = when.occurrence;
                m.kind = agenda::MinuteKind::decision;
                m.text = text;
                m.recorded = ctx.today();
                ids.push_back(std::to_string(agenda::add_minute(txn, m)));
            }
            for (auto& m : action_minutes) {
                m.appointment_id = a.id;
                m.occurrence = when.occurrence;
                ids.push_back(std::to_string(agenda::add_minute(txn, m)));
            }
            txn.commit();
            ctx.done(fmt::format("recorded {} decision{} and {} action{} for {} \"{}\"{}", o->decisions.size(),
                                 o->decisions.size() == 1 ? "" : "s", actions, actions == 1 ? "" : "s", a.id, a.title,
                                 on_day(when)),
                     fmt::format("{}", fmt::join(ids, "\n")));
        });
    });
}

void add_decisions(CLI::App* agenda, Context& ctx) {
    auto* decisions = agenda->add_subcommand("decisions", "what meetings decided and must be done: open, done, overdue");
    struct Opts {
        std::string who, meeting;
        bool open = false;
    };
    auto o = std::make_shared<Opts>();
    decisions->add_flag("--open", o->open, "only what is not done yet");
    decisions->add_option("--who", o->who, "only what this person owns")->type_name(k_handle);
    decisions->add_option("--meeting", o->meeting, "only this meeting's")->type_name("ID");
    decisions->footer("Examples:\n  officectl agenda decisions --open\n  officectl agenda decisions --who bert\n"
                      "  officectl agenda decisions done 4");
    auto* done = decisions->add_subcommand("done", "mark a decision or action carried out");
    auto id = std::make_shared<std::int64_t>(0);
    auto on = std::make_shared<std::string>();
    done->add_option("id", *id, "its number (see `agenda decisions`)")->required()->type_name("N");
    done->add_option("--on", *on, "the day it was done (default today)")->type_name("DATE");
    done->footer("Examples:\n  officectl agenda decisions done 4");
    on_write(done, ctx, [&ctx, id, on](store::Txn& txn) {
        auto m = agenda::get_minute(ctx.db(), *id);
        if (m.done) {
            throw data_error(fmt::format("{} was done on {} already", m.id, core::format_date(*m.done)));
        }
        auto day = on->empty() ? ctx.today() : date_option(ctx, "--on", *on);
        agenda::set_minute_done(txn, m.id, day);
        txn.commit();
        ctx.done(fmt::format("done {} \"{}\" on {}", m.id, m.text, core::format_date(day)), std::to_string(m.id));
    });
    auto list = [&ctx, o] {
        agenda::MinuteFilter f;
        f.open_only = o->open;
        if (!o->who.empty()) {
            f.owner = o->who;
        }
        if (!o->meeting.empty()) {
            f.appointment_id = appointment_id_argument(o->meeting);
        }
        ctx.print_table(agenda::minutes_table(agenda::list_minutes(ctx.db(), f), ctx.today()));
    };
    // `decisions done` is a verb of its own: the listing runs only without it.
    decisions->callback([&ctx, list, done] {
        if (!done->parsed()) {
            ctx.action = list;
        }
    });
}

void add_print(CLI::App* agenda, Context& ctx) {
    auto* print = agenda->add_subcommand("print", "the invitation with its agenda, or the minutes once recorded");
    struct Opts {
        std::string appt, on;
        bool invitation = false;
    };
    auto o = std::make_shared<Opts>();
    print->add_option("appointment", o->appt, "the meeting's number")->required()->type_name("ID");
    print->add_option("--on", o->on, "for a series: the occurrence on this date (default: the next)")->type_name("DATE");
    print->add_flag("--invitation", o->invitation, "the invitation even when minutes exist");
    print->footer("Examples:\n  officectl agenda print 12 -o md > invitation.md\n  officectl -o md agenda print 12");
    on_run(print, ctx, [&ctx, o] {
        auto& db = ctx.db();
        auto a = agenda::get_appointment(db, appointment_id_argument(o->appt));
        auto when = meeting_time(ctx, a, o->on, agenda::Pick::next);
        agenda::MinuteFilter f;
        f.appointment_id = a.id;
        f.occurrence = when.occurrence;
        auto minutes = agenda::list_minutes(db, f);
        ctx.print_report(agenda::meeting_document(a, when.start, agenda::list_items(db, a.id, when.occurrence), minutes,
                                                  office_zone(ctx),
                                                  !minutes.empty() && !o->invitation));
    });
}

} // namespace

void add_agenda_meeting_commands(CLI::App* agenda, Context& ctx) {
    add_item_group(agenda, ctx);
    add_minutes(agenda, ctx);
    add_decisions(agenda, ctx);
    add_print(agenda, ctx);
}

} // namespace officectl::app
