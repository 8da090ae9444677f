// Builds a store of trips and events through the library, for bench/travel.sh.
//   officectl_bench_travel STORE [--trips N] [--events N]
// Deterministic: 50 people; trips of 1 to 3 travellers from 2026 to 2028, each
// a train to the airport, a flight out to one of 6 cities across zones, a stay
// of 1 to 4 nights and a flight back; events with the reception plan (9 team
// tasks), 3 suppliers and 40 guests with answers.

#include "officectl/contact/contact_store.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/event/event_kinds.hpp"
#include "officectl/event/event_plan.hpp"
#include "officectl/office.hpp"
#include "officectl/store/txn.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/trip/trip_plan.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <cstring>
#include <random>

using namespace officectl;

namespace {

core::ZonedInstant at(core::Date day, int minutes, const std::string& zone) {
    return {core::from_local(date::local_days{day} + std::chrono::minutes(minutes), zone), zone};
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s STORE [--trips N] [--events N]\n", argv[0]);
        return 64;
    }
    int trips = 10000, events = 2000;
    for (int i = 2; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--trips") == 0) {
            trips = std::stoi(argv[i + 1]);
        } else if (std::strcmp(argv[i], "--events") == 0) {
            events = std::stoi(argv[i + 1]);
        }
    }
    std::mt19937 rng(17);
    auto pick = [&](int k) { return static_cast<int>(rng() % static_cast<unsigned>(k)); };
    const std::vector<std::pair<std::string, std::string>> cities{
        {"JFK", "America/New_York"}, {"Heathrow", "Europe/London"}, {"Lisboa", "Europe/Lisbon"},
        {"Narita", "Asia/Tokyo"},    {"Dubai", "Asia/Dubai"},        {"Helsinki", "Europe/Helsinki"}};
    try {
        auto db = store::Database::open(argv[1], all_migrations());
        store::Txn txn(db, {"bench", "officectl_bench_travel", "2026-01-01T00:00:00Z", std::nullopt, {}, {}});
        std::vector<std::string> people;
        for (int p = 0; p < 50; ++p) {
            team::Member m;
            m.handle = fmt::format("p{:02}", p);
            m.name = fmt::format("Persoon {:02}", p);
            team::add_member(txn, m);
            people.push_back(m.handle);
        }
        const std::string bru = "Europe/Brussels";
        for (int i = 0; i < trips; ++i) {
            trip::Trip t;
            t.title = fmt::format("Reis {}", i);
            int n = 1 + pick(3);
            for (int k = 0; k < n; ++k) {
                auto who = people[static_cast<size_t>(pick(50))];
                if (std::find(t.travellers.begin(), t.travellers.end(), who) == t.travellers.end()) {
                    t.travellers.push_back(who);
                }
            }
            t.id = trip::add_trip(txn, t);
            auto day = core::Date{date::sys_days{date::year{2026} / 1 / 1} + date::days{pick(3 * 365)}};
            const auto& [city, zone] = cities[static_cast<size_t>(pick(6))];
            int nights = 1 + pick(4);
            auto back = core::add_days(day, nights);
            auto leg = [&](trip::Mode mode, std::string from, std::string to, core::ZonedInstant dep, core::ZonedInstant arr) {
                trip::Leg l;
                l.mode = mode;
                l.from = std::move(from);
                l.to = std::move(to);
                l.depart = std::move(dep);
                l.arrive = std::move(arr);
                l.cost = core::Money{100 * (20 + pick(900)), "EUR"};
                trip::plan_leg(txn, t, l);
            };
            leg(trip::Mode::train, "Brussel-Zuid", "Brussels Airport", at(day, 6 * 60, bru), at(day, 6 * 60 + 20, bru));
            leg(trip::Mode::flight, "Brussels Airport", city, at(day, 9 * 60, bru),
                {core::from_local(date::local_days{day} + std::chrono::minutes(9 * 60), bru) + std::chrono::hours(2 + pick(10)),
                 zone});
            trip::Stay s;
            s.hotel = fmt::format("Hotel {}", city);
            s.check_in = day;
            s.check_out = back;
            s.cost = core::Money{100 * (100 + pick(300)) * nights, "EUR"};
            trip::plan_stay(txn, t, s);
            auto home = at(back, 15 * 60, zone);
            leg(trip::Mode::flight, city, "Brussels Airport", home, {home.utc + std::chrono::hours(2 + pick(10)), bru});
        }
        auto reception = event::load_event_kinds(config::Config(config_schema())).at("reception");
        core::Calendar calendar;
        for (int i = 0; i < events; ++i) {
            event::Event e;
            e.title = fmt::format("Event {}", i);
            e.date = core::Date{date::sys_days{date::year{2026} / 1 / 1} + date::days{pick(3 * 365)}};
            e.kind = "reception";
            e.owner = people[static_cast<size_t>(pick(50))];
            e.guests = 40;
            e.id = event::add_event(txn, e);
            event::apply_kind(txn, e, reception, calendar, core::Date{date::year{2026} / 1 / 1});
            for (const char* role : {"catering", "venue", "sound"}) {
                event::Supplier s;
                s.event_id = e.id;
                s.role = role;
                s.vendor_id = contact::resolve_party(txn, fmt::format("Leverancier {:03}", pick(100)), {}).contact.id;
                s.quote = core::Money{100 * (500 + pick(5000)), "EUR"};
                s.status = static_cast<event::SupplierStatus>(pick(4));
                event::add_supplier(txn, s);
            }
            for (int g = 0; g < 40; ++g) {
                event::Guest guest;
                guest.event_id = e.id;
                guest.name = fmt::format("Gast {}", g);
                guest.email = fmt::format("gast{}@example.be", g);
                guest.rsvp = static_cast<event::Rsvp>(pick(4));
                event::upsert_guest(txn, guest);
            }
        }
        txn.commit();
        std::printf("%d trips, %d events\n", trips, events);
    } catch (const Error& e) {
        std::fprintf(stderr, "officectl_bench_travel: %s\n", e.what());
        return 1;
    }
    return 0;
}
