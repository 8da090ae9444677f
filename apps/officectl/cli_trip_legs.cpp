// officectl trip leg add | edit | rm, trip stay add | rm

#include "cli_choices.hpp"
#include "commands.hpp"
#include "trip_shared.hpp"

#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/trip/trip_plan.hpp"
#include "officectl/trip/trip_rules.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {
namespace {

core::ZonedInstant datetime_option(Context& ctx, const std::string& option, const std::string& text) {
    try {
        return core::parse_datetime(text, ctx.clock());
    } catch (const Error& e) {
        throw Error(e.code(), fmt::format("{}: {}", option, e.what()));
    }
}

// A leg on a weekend, a holiday or a traveller's day off is booked, with a word (stderr, also with -q).
void warn_leg_days(Context& ctx, const trip::Trip& t, const trip::Leg& l, const trip::Leg* was) {
    for (const auto& line : trip::leg_day_warnings(ctx.db(), t, l, was, ctx.config().calendar())) {
        ctx.warn(fmt::format("leg {} -> {}: {}", l.from, l.to, line));
    }
}

void add_leg_commands(CLI::App* group, Context& ctx) {
    auto* leg = group->add_subcommand("leg", "the journey: trains, flights, cars, taxis, buses");
    leg->require_subcommand(1);
    auto* add = leg->add_subcommand("add", "a leg, each end in its own time zone; it takes the travellers' agenda");
    struct Opts {
        std::string trip, mode, from, to, depart, arrive, carrier, ref, cost;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("trip", o->trip, "the trip's number")->required()->type_name("TRIP");
    add_choice_option(add, "--mode", o->mode, trip::modes, "how", "MODE")->required();
    add->add_option("--from", o->from, "where it leaves: \"Brussel-Zuid\"")->required()->type_name("PLACE");
    add->add_option("--to", o->to, "where it arrives: \"Paris-Nord\"")->required()->type_name("PLACE");
    add->add_option("--depart", o->depart, "\"2026-12-03 08:13 Europe/Brussels\"")->required()->type_name("DATETIME");
    add->add_option("--arrive", o->arrive, "\"2026-12-03 09:35 Europe/Paris\"")->required()->type_name("DATETIME");
    add->add_option("--carrier", o->carrier, "\"Eurostar 9315\", \"Brussels Airlines SN501\"")->type_name("TEXT");
    add->add_option("--ref", o->ref, "the booking reference (PNR)")->type_name("REF");
    add->add_option("--cost", o->cost, "excl. VAT; committed on the trip's budget line")->type_name("AMOUNT");
    add->footer("Examples:\n  officectl trip leg add 1 --mode train --from Brussel-Zuid --to Paris-Nord "
                "--depart \"2026-12-03 08:13 Europe/Brussels\" --arrive \"2026-12-03 09:35 Europe/Paris\" "
                "--carrier \"Eurostar 9315\" --ref K7XQ2P --cost 129\n"
                "A time without a zone is in the office's zone (time.zone).");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        auto t = trip_argument(ctx, o->trip);
        trip::Leg l;
        l.mode = trip::modes.parse(o->mode).value(); // the option admits only its words
        l.from = std::string(core::trim(o->from));
        l.to = std::string(core::trim(o->to));
        l.depart = datetime_option(ctx, "--depart", o->depart);
        l.arrive = datetime_option(ctx, "--arrive", o->arrive);
        l.carrier = text_option(o->carrier);
        l.ref = text_option(o->ref);
        if (!o->cost.empty()) {
            l.cost = money_option(ctx, "--cost", o->cost);
        }
        trip::check_leg(l);
        auto id = trip::plan_leg(txn, t, l);
        txn.commit();
        warn_leg_days(ctx, t, l, nullptr);
        auto minutes = std::chrono::duration_cast<std::chrono::minutes>(l.arrive.utc - l.depart.utc).count();
        ctx.done(fmt::format("leg {}: {} {} -> {}, {} {} to {} {} ({})", id, trip::mode_name(l.mode), l.from, l.to,
                             core::format_local(l.depart), l.depart.zone, core::format_local(l.arrive), l.arrive.zone,
                             core::format_duration_minutes(static_cast<int>(minutes))),
                 std::to_string(id));
    });
    auto* edit = leg->add_subcommand("edit", "correct a leg; its agenda entry moves with it, a new cost is committed anew");
    auto e = std::make_shared<Opts>();
    auto leg_id = std::make_shared<std::string>();
    edit->add_option("leg", *leg_id, "the leg's number (see `trip show`)")->required()->type_name("ID");
    add_choice_option(edit, "--mode", e->mode, trip::modes, "how", "MODE");
    edit->add_option("--from", e->from, "where it leaves")->type_name("PLACE");
    edit->add_option("--to", e->to, "where it arrives")->type_name("PLACE");
    edit->add_option("--depart", e->depart, "\"2026-12-03 08:13 Europe/Brussels\"")->type_name("DATETIME");
    edit->add_option("--arrive", e->arrive, "\"2026-12-03 09:35 Europe/Paris\"")->type_name("DATETIME");
    edit->add_option("--carrier", e->carrier, "\"Eurostar 9315\"")->type_name("TEXT");
    edit->add_option("--ref", e->ref, "the booking reference (PNR)")->type_name("REF");
    edit->add_option("--cost", e->cost, "excl. VAT; the open commitment is cancelled and this one committed")
        ->type_name("AMOUNT");
    edit->footer("The leg's agenda entry is the same entry, moved and retitled. A cost invoiced already is\n"
                 "corrected on the budget, not here.\n"
                 "Examples:\n  officectl trip leg edit 4 --depart \"2026-12-03 10:13 Europe/Brussels\" "
                 "--arrive \"2026-12-03 11:35 Europe/Paris\" --carrier \"Eurostar 9323\"\n"
                 "  officectl trip leg edit 4 --cost 149");
    on_write(edit, ctx, [&ctx, e, leg_id, edit](store::Txn& txn) {
        static const char* const fields[] = {"--mode", "--from", "--to", "--depart", "--arrive", "--carrier", "--ref", "--cost"};
        bool any = false;
        for (const auto* f : fields) {
            any = any || edit->count(f) > 0;
        }
        if (!any) {
            throw usage_error("give what to correct: --mode, --from, --to, --depart, --arrive, --carrier, --ref or --cost");
        }
        auto was = trip::get_leg(txn.db(), id_argument(*leg_id, "leg", "trip show TRIP"));
        auto t = trip::get_trip(txn.db(), was.trip_id);
        auto l = was;
        if (edit->count("--mode") > 0) {
            l.mode = trip::modes.parse(e->mode).value();
        }
        if (edit->count("--from") > 0) {
            l.from = std::string(core::trim(e->from));
        }
        if (edit->count("--to") > 0) {
            l.to = std::string(core::trim(e->to));
        }
        if (edit->count("--depart") > 0) {
            l.depart = datetime_option(ctx, "--depart", e->depart);
        }
        if (edit->count("--arrive") > 0) {
            l.arrive = datetime_option(ctx, "--arrive", e->arrive);
        }
        if (edit->count("--carrier") > 0) {
            l.carrier = text_option(e->carrier);
        }
        if (edit->count("--ref") > 0) {
            l.ref = text_option(e->ref);
        }
        if (edit->count("--cost") > 0) {
            l.cost = e->cost.empty() ? std::nullopt : std::optional(money_option(ctx, "--cost", e->cost));
        }
        trip::check_leg(l);
        trip::replan_leg(txn, t, was, l);
        txn.commit();
        warn_leg_days(ctx, t, l, &was);
        auto minutes = std::chrono::duration_cast<std::chrono::minutes>(l.arrive.utc - l.depart.utc).count();
        ctx.done(fmt::format("leg {}: {} {} -> {}, {} {} to {} {} ({})", l.id, trip::mode_name(l.mode), l.from, l.to,
                             core::format_local(l.depart), l.depart.zone, core::format_local(l.arrive), l.arrive.zone,
                             core::format_duration_minutes(static_cast<int>(minutes))),
                 std::to_string(l.id));
    });
    auto* rm = leg->add_subcommand("rm", "remove a leg (and its agenda entry; its open commitment is cancelled)");
    auto id = std::make_shared<std::string>();
    rm->add_option("leg", *id, "the leg's number (see `trip show`)")->required()->type_name("ID");
    rm->footer("Examples:\n  officectl trip leg rm 4");
    on_write(rm, ctx, [&ctx, id](store::Txn& txn) {
        auto l = trip::get_leg(ctx.db(), id_argument(*id, "leg", "trip show TRIP"));
        trip::unplan_leg(txn, l);
        txn.commit();
        ctx.done(fmt::format("removed leg {}: {} -> {}", l.id, l.from, l.to), std::to_string(l.id));
    });
}

void add_stay_commands(CLI::App* group, Context& ctx) {
    auto* stay = group->add_subcommand("stay", "hotels: the nights of a trip");
    stay->require_subcommand(1);
    auto* add = stay->add_subcommand("add", "a stay from the night of --check-in to the morning of --check-out");
    struct Opts {
        std::string trip, hotel, in, out, address, ref, cost;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("trip", o->trip, "the trip's number")->required()->type_name("TRIP");
    add->add_option("--hotel", o->hotel, "the hotel")->required()->type_name("NAME");
    add->add_option("--check-in", o->in, "the first night")->required()->type_name("DATE");
    add->add_option("--check-out", o->out, "the day of leaving")->required()->type_name("DATE");
    add->add_option("--address", o->address, "its address")->type_name("ADDRESS");
    add->add_option("--ref", o->ref, "the booking reference")->type_name("REF");
    add->add_option("--cost", o->cost, "excl. VAT; committed on the trip's budget line")->type_name("AMOUNT");
    add->footer("Examples:\n  officectl trip stay add 1 --hotel \"Hotel Lutetia\" --check-in 2026-12-03 --check-out 2026-12-05 "
                "--address \"45 Bd Raspail, Paris\" --ref 88231 --cost 540");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        auto t = trip_argument(ctx, o->trip);
        trip::Stay s;
        s.hotel = std::string(core::trim(o->hotel));
        s.check_in = date_option(ctx, "--check-in", o->in);
        s.check_out = date_option(ctx, "--check-out", o->out);
        s.address = text_option(o->address);
        s.ref = text_option(o->ref);
        if (!o->cost.empty()) {
            s.cost = money_option(ctx, "--cost", o->cost);
        }
        trip::check_stay(s);
        auto id = trip::plan_stay(txn, t, s);
        txn.commit();
        auto nights = (date::sys_days{s.check_out} - date::sys_days{s.check_in}).count();
        ctx.done(fmt::format("stay {}: {}, {} night{} from {}", id, s.hotel, nights, nights == 1 ? "" : "s",
                             core::format_date(s.check_in)),
                 std::to_string(id));
    });
    auto* rm = stay->add_subcommand("rm", "remove a stay (its open commitment is cancelled)");
    auto id = std::make_shared<std::string>();
    rm->add_option("stay", *id, "the stay's number (see `trip show`)")->required()->type_name("ID");
    rm->footer("Examples:\n  officectl trip stay rm 2");
    on_write(rm, ctx, [&ctx, id](store::Txn& txn) {
        auto s = trip::get_stay(ctx.db(), id_argument(*id, "stay", "trip show TRIP"));
        trip::unplan_stay(txn, s);
        txn.commit();
        ctx.done(fmt::format("removed stay {}: {}", s.id, s.hotel), std::to_string(s.id));
    });
}

} // namespace

void add_trip_leg_commands(CLI::App* group, Context& ctx) {
    add_leg_commands(group, ctx);
    add_stay_commands(group, ctx);
}

} // namespace officectl::app
