// officectl absence add | list | show | edit | rm | approve | reject | entitle

#include "absence_shared.hpp"
#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/absence/illness_overlap.hpp"
#include "officectl/absence/leave_rules.hpp"
#include "officectl/absence/leave_views.hpp"
#include "officectl/absence/planning.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <functional>
#include <memory>

namespace officectl::app {

absence::Settings absence_settings(Context& ctx) { return absence::load_settings(ctx.config()); }

std::int64_t leave_id_argument(const std::string& text) {
    return id_argument(text, "leave", "absence list");
}

namespace {

struct LeaveOptions {
    std::string type, from, to, half, note;
    bool requested = false, force = false, full_day = false, open = false;
};

void add_leave_options(CLI::App* verb, LeaveOptions& o, bool for_add) {
    auto* type = verb->add_option("--type", o.type, "vacation, sick, training, unpaid, parental, time-credit, other")
                     ->type_name("LEAVE_TYPE");
    auto* from = verb->add_option("--since", o.from, "the first day")->type_name("DATE");
    if (for_add) {
        type->required();
        from->required();
    }
    verb->add_option("--until", o.to, "the last day (default: --since); closes sick leave that had no end yet")
        ->type_name("DATE");
    verb->add_flag("--no-end", o.open, "sick leave without an end yet (until further notice); close it with --until");
    add_choice_option(verb, "--half", o.half, absence::halves, "half a day (one day)", "HALF");
    verb->add_option("--note", o.note, "a note (of sick leave: confidential)")->type_name("TEXT");
    verb->add_flag("--force", o.force, "even when it breaks a staffing rule");
    if (for_add) {
        verb->add_flag("--requested", o.requested, "asked for, not approved yet");
    }
}

void apply_leave_options(Context& ctx, const absence::Settings& settings, const LeaveOptions& o, absence::Leave& l) {
    if (!o.type.empty()) {
        l.type = settings.type(o.type).name;
    }
    if (o.open && !o.to.empty()) {
        throw usage_error("--no-end is sick leave without an end: give --no-end or --until, not both");
    }
    if (!o.from.empty()) {
        l.from = date_option(ctx, "--since", o.from);
        if (o.to.empty() && !l.open) {
            l.to = l.from;
        }
    }
    if (!o.to.empty()) {
        l.to = date_option(ctx, "--until", o.to);
        l.open = false;
    }
    if (o.open) {
        l.open = true;
        l.to = absence::k_no_end_yet;
    }
    if (!o.half.empty()) {
        l.half = absence::halves.parse(o.half).value(); // the option admits only its words
    }
    if (l.half && settings.type(l.type).unit == "day") {
        throw data_error(fmt::format("--half: {} is taken in whole days (absence.type unit)", l.type));
    }
    if (!o.note.empty()) {
        l.note = o.note;
    }
    absence::check_leave(l);
    auto member = team::get_member(ctx.db(), l.who);
    absence::check_employment(l, member.start, member.end);
    if (!l.open) {
        absence::check_counts(l, absence::count_for(ctx.db(), ctx.config().calendar(), l));
    }
}

// What the library decided of the staffing rules: refused (exit 65, now), or
// what to say once the leave is recorded (a warning for sickness, a note for
// forced leave): said after the commit, so that a later refusal (an overlap)
// never follows a "recorded".
std::function<void()> check_staffing(Context& ctx, const absence::Settings& settings, const absence::Leave& l,
                                     bool force) {
    auto review = absence::review_staffing(ctx.db(), settings, ctx.config().calendar(), l, force);
    if (review.breaches.empty()) {
        return [] {};
    }
    std::vector<std::string> lines;
    for (const auto& b : review.breaches) {
        lines.push_back(fmt::format("  {} {}: {} {} present, at least {} needed (away: {})", core::format_date(b.day),
                                    date::format("%a", date::sys_days{b.day}), b.present, b.role, b.min,
                                    core::join(b.away, ", ")));
    }
    if (review.refused) {
        throw data_error(fmt::format("the leave of {} breaks a staffing rule:\n{}\n(--force records it all the same)",
                                     l.who, core::join(lines, "\n")));
    }
    auto text = core::join(lines, "\n");
    if (absence::is_illness(l)) {
        return [&ctx, text] {
            ctx.warn(fmt::format("recorded (illness is never refused), but it breaks a staffing rule:\n{}", text));
        };
    }
    return [&ctx, text] { ctx.note(fmt::format("recorded although it breaks a staffing rule:\n{}", text)); };
}

// Vacation days that sickness took back: said, with what they count.
void say_returned(Context& ctx, const std::vector<absence::ReturnedDays>& returned) {
    for (const auto& r : returned) {
        auto days = r.leave;
        days.from = r.from;
        days.to = r.to;
        auto count = absence::count_for(ctx.db(), ctx.config().calendar(), days);
        ctx.note(fmt::format("{} leave {} ({}): {} back into {}'s balance ({}), sick instead", r.leave.type, r.leave.id,
                             absence::span_text(r.leave), absence::span_text(days), r.leave.who,
                             absence::format_days(count.days)));
    }
}

void add_add(CLI::App* absence, Context& ctx) {
    auto* add = absence->add_subcommand("add", "record leave: vacation, sickness, training...; counted on working days");
    auto who = std::make_shared<std::string>();
    auto o = std::make_shared<LeaveOptions>();
    add->add_option("who", *who, "the person's handle")->required()->type_name(k_handle);
    add_leave_options(add, *o, true);
    add->footer("Examples:\n"
                "  officectl absence add an --type vacation --since 2026-12-21 --until 2027-01-01\n"
                "  officectl absence add bert --type sick --since today\n"
                "  officectl absence add bert --type sick --since mon --no-end     # no end yet\n"
                "  officectl absence add chloe --type vacation --since fri --half pm --requested");
    on_write(add, ctx, [&ctx, who, o](store::Txn& txn) {
        auto settings = absence_settings(ctx);
        absence::Leave l;
        l.who = team::get_member(ctx.db(), *who).handle;
        l.status = o->requested ? absence::LeaveStatus::requested : absence::LeaveStatus::approved;
        apply_leave_options(ctx, settings, *o, l);
        auto say_staffing = check_staffing(ctx, settings, l, o->force);
        auto returned = absence::return_days_to_illness(txn, settings, l);
        auto id = absence::add_leave(txn, l);
        txn.commit();
        say_staffing();
        say_returned(ctx, returned);
        auto count = absence::count_for(ctx.db(), ctx.config().calendar(), l, std::nullopt, l.known_to(ctx.today()));
        ctx.done(fmt::format("{} leave {}: {} {} {}, {}{}", o->requested ? "requested" : "recorded", id, l.who, l.type,
                             absence::span_text(l), absence::format_days(count.days), l.open ? " so far" : ""),
                 std::to_string(id));
    });
}

void add_list(CLI::App* absence, Context& ctx) {
    auto* list = absence->add_subcommand("list", "leave, by start date (default: from today on)");
    struct Opts {
        std::string who, from, to, status, type;
        bool all = false;
    };
    auto o = std::make_shared<Opts>();
    list->add_option("--who", o->who, "one person")->type_name(k_handle);
    list->add_option("--since", o->from, "leave that ends on or after this day (default today)")->type_name("DATE");
    list->add_option("--until", o->to, "leave that starts on or before this day")->type_name("DATE");
    add_choice_option(list, "--status", o->status, absence::leave_statuses, "only this status", "LEAVE_STATUS");
    list->add_option("--type", o->type, "one type")->type_name("LEAVE_TYPE");
    list->add_flag("--all", o->all, "past leave too, and rejected requests");
    list->footer("Examples:\n  officectl absence list --who an\n  officectl absence list --status requested\n"
                 "  officectl -o csv absence list --all --since 2026-01-01");
    on_run(list, ctx, [&ctx, o] {
        absence::LeaveFilter f;
        if (!o->who.empty()) {
            f.who = o->who;
        }
        if (!o->from.empty()) {
            f.from = date_option(ctx, "--since", o->from);
        } else if (!o->all) {
            f.from = ctx.today();
        }
        if (!o->to.empty()) {
            f.to = date_option(ctx, "--until", o->to);
        }
        if (!o->status.empty()) {
            f.status = absence::parse_status(o->status);
        }
        if (!o->type.empty()) {
            f.type = absence_settings(ctx).type(o->type).name;
        }
        f.include_rejected = o->all;
        ctx.print_table(
            absence::leaves_table(ctx.db(), ctx.config().calendar(), absence::list_leaves(ctx.db(), f), ctx.today()));
    });
}

void add_show(CLI::App* absence, Context& ctx) {
    auto* show = absence->add_subcommand("show", "one leave, with how each day counts");
    auto id = std::make_shared<std::string>();
    show->add_option("id", *id, "the leave's number")->required()->type_name("ID");
    show->footer("Examples:\n  officectl absence show 3\n  officectl -o json absence show 3");
    on_run(show, ctx, [&ctx, id] {
        auto l = absence::get_leave(ctx.db(), leave_id_argument(*id));
        auto count = absence::count_for(ctx.db(), ctx.config().calendar(), l, std::nullopt, l.known_to(ctx.today()));
        ctx.print_report(absence::leave_report(l, count));
    });
}

void add_edit(CLI::App* absence, Context& ctx) {
    auto* edit = absence->add_subcommand("edit", "change a leave's type, days or note");
    auto id = std::make_shared<std::string>();
    auto o = std::make_shared<LeaveOptions>();
    edit->add_option("id", *id, "the leave's number")->required()->type_name("ID");
    add_leave_options(edit, *o, false);
    edit->add_flag("--full-day", o->full_day, "no longer a half day");
    edit->footer("Examples:\n  officectl absence edit 3 --until 2027-01-08\n  officectl absence edit 4 --type training\n"
                 "  officectl absence edit 7 --until 2026-12-11   # back at work: open sick leave gets its end");
    on_write(edit, ctx, [&ctx, id, o](store::Txn& txn) {
        auto settings = absence_settings(ctx);
        auto l = absence::get_leave(ctx.db(), leave_id_argument(*id));
        if (o->full_day) {
            l.half.reset();
        }
        apply_leave_options(ctx, settings, *o, l);
        auto say_staffing = check_staffing(ctx, settings, l, o->force);
        auto returned = absence::return_days_to_illness(txn, settings, l);
        absence::update_leave(txn, l);
        txn.commit();
        say_staffing();
        say_returned(ctx, returned);
        ctx.done(fmt::format("changed leave {}: {} {} {}", l.id, l.who, l.type, absence::span_text(l)),
                 std::to_string(l.id));
    });
}

void add_rm(CLI::App* absence, Context& ctx) {
    auto* rm = absence->add_subcommand("rm", "delete a leave recorded by mistake");
    auto id = std::make_shared<std::string>();
    rm->add_option("id", *id, "the leave's number")->required()->type_name("ID");
    rm->footer("Examples:\n  officectl absence rm 3");
    on_write(rm, ctx, [&ctx, id](store::Txn& txn) {
        auto l = absence::get_leave(ctx.db(), leave_id_argument(*id));
        absence::remove_leave(txn, l);
        txn.commit();
        ctx.done(fmt::format("deleted leave {}: {} {} {}", l.id, l.who, l.type, absence::span_text(l)),
                 std::to_string(l.id));
    });
}

void add_decide(CLI::App* absence, Context& ctx) {
    auto* approve = absence->add_subcommand("approve", "approve a leave request");
    auto id = std::make_shared<std::string>();
    auto force = std::make_shared<bool>(false);
    approve->add_option("id", *id, "the leave's number")->required()->type_name("ID");
    approve->add_flag("--force", *force, "even when it breaks a staffing rule");
    approve->footer("Examples:\n  officectl absence approve 5");
    on_write(approve, ctx, [&ctx, id, force](store::Txn& txn) {
        auto l = absence::get_leave(ctx.db(), leave_id_argument(*id));
        if (l.status != absence::LeaveStatus::requested) {
            throw data_error(fmt::format("leave {} is {}, not requested", l.id, absence::status_name(l.status)));
        }
        l.status = absence::LeaveStatus::approved;
        auto say_staffing = check_staffing(ctx, absence_settings(ctx), l, *force);
        absence::update_leave(txn, l);
        txn.commit();
        say_staffing();
        ctx.done(fmt::format("approved leave {}: {} {} {}", l.id, l.who, l.type, absence::span_text(l)),
                 std::to_string(l.id));
    });
    auto* reject = absence->add_subcommand("reject", "refuse a leave request, saying why");
    auto rid = std::make_shared<std::string>();
    auto why = std::make_shared<std::string>();
    reject->add_option("id", *rid, "the leave's number")->required()->type_name("ID");
    reject->add_option("--why", *why, "the reason, for the person")->required()->type_name("TEXT");
    reject->footer("Examples:\n  officectl absence reject 5 --why \"Jaarafsluiting: iedereen aanwezig\"");
    on_write(reject, ctx, [&ctx, rid, why](store::Txn& txn) {
        auto l = absence::get_leave(ctx.db(), leave_id_argument(*rid));
        if (l.status != absence::LeaveStatus::requested) {
            throw data_error(fmt::format("leave {} is {}, not requested", l.id, absence::status_name(l.status)));
        }
        l.status = absence::LeaveStatus::rejected;
        l.why_rejected = *why;
        absence::update_leave(txn, l);
        txn.commit();
        ctx.done(fmt::format("rejected leave {}: {} {} {}", l.id, l.who, l.type, absence::span_text(l)),
                 std::to_string(l.id));
    });
}

void add_entitle(CLI::App* absence, Context& ctx) {
    auto* entitle = absence->add_subcommand("entitle", "a person's own yearly vacation days (instead of absence.entitlement)");
    auto who = std::make_shared<std::string>();
    auto days = std::make_shared<double>(0);
    auto year = std::make_shared<int>(0);
    entitle->add_option("who", *who, "the person's handle")->required()->type_name(k_handle);
    entitle->add_option("--days", *days, "days for the year")->required()->type_name("N");
    entitle->add_option("--year", *year, "the year (default this year)")->type_name("YEAR");
    entitle->footer("Examples:\n  officectl absence entitle an --days 24\n  officectl absence entitle bert --days 12 --year 2027");
    on_write(entitle, ctx, [&ctx, who, days, year](store::Txn& txn) {
        int y = *year != 0 ? *year : int(ctx.today().year());
        auto handle = team::get_member(ctx.db(), *who).handle;
        absence::set_entitlement(txn, handle, y, *days);
        txn.commit();
        ctx.done(fmt::format("{} is entitled to {} in {}", handle, absence::format_days(*days), y), handle);
    });
}

} // namespace

void add_absence_commands(CLI::App& app, Context& ctx) {
    auto* absence = app.add_subcommand("absence", "presence and leave: counted on working days, balances, calendar");
    absence->require_subcommand(1);
    add_add(absence, ctx);
    add_list(absence, ctx);
    add_show(absence, ctx);
    add_edit(absence, ctx);
    add_rm(absence, ctx);
    add_decide(absence, ctx);
    add_entitle(absence, ctx);
    add_absence_view_commands(absence, ctx);
}

} // namespace officectl::app
