// officectl trip check | itinerary | export

#include "agenda_shared.hpp"
#include "commands.hpp"
#include "trip_shared.hpp"

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/ics.hpp"
#include "officectl/core/error.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/trip/trip_plan.hpp"
#include "officectl/trip/trip_settings.hpp"
#include "officectl/trip/trip_views.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {
namespace {

void add_check(CLI::App* group, Context& ctx) {
    auto* check = group->add_subcommand("check", "connections, nights, overlaps, IDs: one line per finding");
    auto id = std::make_shared<std::string>();
    check->add_option("trip", *id, "the trip's number (default: every trip not over yet)")->type_name("TRIP");
    check->footer("Exit status 65 when there is a finding.\n"
                  "Examples:\n  officectl trip check 1\n  officectl trip check   # every trip ahead, for cron");
    on_run(check, ctx, [&ctx, id] {
        auto settings = trip::load_trip_settings(ctx.config());
        std::vector<trip::Trip> trips;
        if (!id->empty()) {
            trips.push_back(trip_argument(ctx, *id));
        } else {
            auto legs = trip::all_legs(ctx.db());
            for (auto& t : trip::list_trips(ctx.db())) {
                auto days = trip::trip_days(legs[t.id]);
                if (!days || days->to >= ctx.today()) {
                    trips.push_back(std::move(t));
                }
            }
        }
        size_t total = 0;
        auto findings = trip::check_trips(ctx.db(), trips, settings);
        for (size_t i = 0; i < trips.size(); ++i) {
            total += findings[i].size();
            ctx.print_report(trip::check_report(trips[i], findings[i]));
        }
        if (total > 0) {
            throw Error(ExitCode::data, fmt::format("{} finding{}", total, total == 1 ? "" : "s"));
        }
    });
}

void add_itinerary(CLI::App* group, Context& ctx) {
    auto* it = group->add_subcommand("itinerary", "day by day, each time in its own zone: a document to print (-o md)");
    auto id = std::make_shared<std::string>();
    it->add_option("trip", *id, "the trip's number")->required()->type_name("TRIP");
    it->footer("Examples:\n  officectl trip itinerary 1 -o md > parijs.md");
    on_run(it, ctx, [&ctx, id] { ctx.print_report(trip::itinerary(ctx.db(), trip_argument(ctx, *id))); });
}

void add_export(CLI::App* group, Context& ctx) {
    auto* exp = group->add_subcommand("export", "the legs and stays as iCalendar, for the travellers' phones");
    auto id = std::make_shared<std::string>();
    auto ics = std::make_shared<bool>(false);
    exp->add_option("trip", *id, "the trip's number")->required()->type_name("TRIP");
    exp->add_flag("--ics", *ics, "iCalendar (RFC 5545): the only format for now")->required();
    exp->footer("Examples:\n  officectl trip export 1 --ics > parijs.ics");
    on_run(exp, ctx, [&ctx, id, ics] { // ics: kept alive for CLI11, which writes it while parsing
        auto t = trip_argument(ctx, *id);
        std::vector<agenda::Appointment> events;
        for (const auto& l : trip::list_legs(ctx.db(), t.id)) {
            if (l.appointment_id) {
                events.push_back(agenda::get_appointment(ctx.db(), *l.appointment_id));
            }
        }
        for (const auto& s : trip::list_stays(ctx.db(), t.id)) { // all-day events, not kept in the agenda
            agenda::Appointment a;
            a.uid = fmt::format("trip-{}-stay-{}@officectl", t.id, s.id);
            a.title = fmt::format("{}: {}", t.title, s.hotel);
            a.all_day = true;
            a.zone = office_zone(ctx);
            a.start = core::from_local(date::local_days{s.check_in}, a.zone);
            a.end = core::from_local(date::local_days{s.check_out}, a.zone);
            a.location = s.address;
            a.note = s.ref ? std::optional("ref " + *s.ref) : std::nullopt;
            events.push_back(std::move(a));
        }
        std::map<std::string, agenda::PersonAddress> people;
        team::MemberFilter all;
        all.all = true;
        for (const auto& m : team::list_members(ctx.db(), all, ctx.today())) {
            people[m.handle] = {m.name, m.email};
        }
        ctx.print(agenda::to_ics(events, people, ctx.clock().now(), ctx.options.show_confidential));
    });
}

} // namespace

void add_trip_plan_commands(CLI::App* group, Context& ctx) {
    add_check(group, ctx);
    add_itinerary(group, ctx);
    add_export(group, ctx);
}

} // namespace officectl::app
