// officectl trip add | list | show | edit | rm, the legs and stays
// (cli_trip_legs.cpp) and check | itinerary | export (cli_trip_plan.cpp).

#include "agenda_shared.hpp"
#include "commands.hpp"
#include "trip_shared.hpp"

#include "officectl/budget/budget_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/trip/trip_plan.hpp"
#include "officectl/trip/trip_store.hpp"
#include "officectl/trip/trip_views.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {

trip::Trip trip_argument(Context& ctx, const std::string& text) {
    return trip::get_trip(ctx.db(), id_argument(text, "trip", "trip list"));
}

namespace {

struct TripOpts {
    std::string title, purpose, line, note;
    std::vector<std::string> travellers;
};

void add_trip_options(CLI::App* cmd, TripOpts& o) {
    cmd->add_option("--who", o.travellers, "who travels (repeat for several)")->type_name(k_handle);
    cmd->add_option("--purpose", o.purpose, "why: \"contract renewal with the client\"")->type_name("TEXT");
    cmd->add_option("--line", o.line, "the budget line its costs go to (\"\" for none)")->type_name("LINE");
    cmd->add_option("--note", o.note, "a note")->type_name("TEXT");
}

void apply_trip_options(Context& ctx, CLI::App* cmd, const TripOpts& o, trip::Trip& t) {
    if (cmd->count("--who")) {
        t.travellers.clear();
        for (const auto& h : o.travellers) {
            auto handle = team::get_member(ctx.db(), h).handle;
            if (std::find(t.travellers.begin(), t.travellers.end(), handle) == t.travellers.end()) {
                t.travellers.push_back(handle);
            }
        }
    }
    if (cmd->count("--purpose")) {
        t.purpose = o.purpose.empty() ? std::nullopt : std::optional(o.purpose);
    }
    if (cmd->count("--line")) {
        t.line_id = o.line.empty() ? std::nullopt : std::optional(budget::find_line(ctx.db(), o.line).id);
    }
    if (cmd->count("--note")) {
        t.note = o.note.empty() ? std::nullopt : std::optional(o.note);
    }
}

void add_add(CLI::App* group, Context& ctx) {
    auto* add = group->add_subcommand("add", "a trip for one or more travellers");
    auto o = std::make_shared<TripOpts>();
    add->add_option("title", o->title, "what it is: \"Klantbezoek Parijs\"")->required()->type_name("TITLE");
    add_trip_options(add, *o);
    add->footer("Examples:\n  officectl trip add \"Klantbezoek Parijs\" --who an --purpose \"contractverlenging\" "
                "--line 6500\n  officectl trip add \"Beurs New York\" --who emma --who an");
    on_write(add, ctx, [&ctx, o, add](store::Txn& txn) {
        trip::Trip t;
        t.title = std::string(core::trim(o->title));
        if (t.title.empty()) {
            throw usage_error("the title is empty");
        }
        if (o->travellers.empty()) {
            throw usage_error("who travels? --who HANDLE");
        }
        apply_trip_options(ctx, add, *o, t);
        auto id = trip::add_trip(txn, t);
        txn.commit();
        ctx.done(fmt::format("trip {} \"{}\" for {}: add its legs with `officectl trip leg add {} ...`", id, t.title,
                             core::join(t.travellers, ", "), id),
                 std::to_string(id));
    });
}

void add_list(CLI::App* group, Context& ctx) {
    auto* list = group->add_subcommand("list", "the trips, by first departure");
    auto who = std::make_shared<std::string>();
    list->add_option("--who", *who, "one traveller's")->type_name(k_handle);
    list->footer("Examples:\n  officectl trip list\n  officectl trip list --who an -o csv");
    on_run(list, ctx, [&ctx, who] {
        auto trips = trip::list_trips(ctx.db());
        if (!who->empty()) {
            auto handle = team::get_member(ctx.db(), *who).handle;
            std::erase_if(trips, [&](const trip::Trip& t) {
                return std::find(t.travellers.begin(), t.travellers.end(), handle) == t.travellers.end();
            });
        }
        ctx.print_table(trip::trips_table(ctx.db(), trips));
    });
}

void add_show(CLI::App* group, Context& ctx) {
    auto* show = group->add_subcommand("show", "one trip: travellers, legs, stays, costs");
    auto id = std::make_shared<std::string>();
    show->add_option("trip", *id, "the trip's number")->required()->type_name("TRIP");
    show->footer("Examples:\n  officectl trip show 1");
    on_run(show, ctx, [&ctx, id] { ctx.print_report(trip::trip_report(ctx.db(), trip_argument(ctx, *id))); });
}

void add_edit(CLI::App* group, Context& ctx) {
    auto* edit = group->add_subcommand("edit", "change a trip's title, travellers, purpose, line or note");
    auto o = std::make_shared<TripOpts>();
    auto id = std::make_shared<std::string>();
    edit->add_option("trip", *id, "the trip's number")->required()->type_name("TRIP");
    edit->add_option("--title", o->title, "a new title")->type_name("TITLE");
    add_trip_options(edit, *o);
    edit->footer("Examples:\n  officectl trip edit 1 --who an --who bert");
    on_write(edit, ctx, [&ctx, o, id, edit](store::Txn& txn) {
        auto t = trip_argument(ctx, *id);
        if (edit->count("--title")) {
            t.title = std::string(core::trim(o->title));
            if (t.title.empty()) {
                throw usage_error("--title: the title is empty");
            }
        }
        apply_trip_options(ctx, edit, *o, t);
        trip::update_trip(txn, t);
        trip::replan_trip(txn, t); // the legs' agenda entries follow the title and travellers
        txn.commit();
        ctx.done(fmt::format("trip {} \"{}\" updated", t.id, t.title), std::to_string(t.id));
    });
}

void add_rm(CLI::App* group, Context& ctx) {
    auto* rm = group->add_subcommand("rm", "remove a trip: its legs leave the agenda, its open commitments are cancelled");
    auto id = std::make_shared<std::string>();
    rm->add_option("trip", *id, "the trip's number")->required()->type_name("TRIP");
    rm->footer("Examples:\n  officectl trip rm 3");
    on_write(rm, ctx, [&ctx, id](store::Txn& txn) {
        auto t = trip_argument(ctx, *id);
        trip::remove_planned_trip(txn, t);
        txn.commit();
        ctx.done(fmt::format("removed trip {} \"{}\"", t.id, t.title), std::to_string(t.id));
    });
}

} // namespace

void add_trip_commands(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("trip", "business travel: legs across time zones, stays, the check, the itinerary");
    group->require_subcommand(1);
    add_add(group, ctx);
    add_list(group, ctx);
    add_show(group, ctx);
    add_edit(group, ctx);
    add_rm(group, ctx);
    add_trip_leg_commands(group, ctx);
    add_trip_plan_commands(group, ctx);
}

} // namespace officectl::app
