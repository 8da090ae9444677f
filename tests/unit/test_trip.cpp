// Travel: legs compared in UTC across zones and DST, connections per mode,
// a stay for every night not spent travelling, the travellers' appointments,
// leave and IDs; and the store: a leg in the agenda, its cost committed.

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/budget/budget_rules.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/trip/trip_plan.hpp"
#include "officectl/trip/trip_rules.hpp"
#include "temp_store.hpp"

#include <doctest/doctest.h>

using namespace officectl;
using testing::TempStore;

namespace {

core::Date d(int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; }

core::ZonedInstant at(int y, unsigned m, unsigned day, int h, int min, const std::string& zone) {
    return {core::from_local(date::local_days{d(y, m, day)} + std::chrono::hours(h) + std::chrono::minutes(min), zone), zone};
}

trip::Leg leg(trip::Mode mode, std::string from, std::string to, core::ZonedInstant dep, core::ZonedInstant arr) {
    trip::Leg l;
    l.mode = mode;
    l.from = std::move(from);
    l.to = std::move(to);
    l.depart = std::move(dep);
    l.arrive = std::move(arr);
    return l;
}

trip::Stay stay(std::string hotel, core::Date in, core::Date out) {
    trip::Stay s;
    s.hotel = std::move(hotel);
    s.check_in = in;
    s.check_out = out;
    return s;
}

bool has(const std::vector<std::string>& findings, const std::string& part) {
    return std::any_of(findings.begin(), findings.end(), [&](const std::string& f) { return f.find(part) != std::string::npos; });
}

} // namespace

TEST_CASE("a leg arrives after it departs, compared in UTC, not on the clocks") {
    // 10:25 in Brussels to 12:55 in New York: 8h30 in the air, though the clocks say 2h30.
    auto ok = leg(trip::Mode::flight, "BRU", "JFK", at(2026, 12, 7, 10, 25, "Europe/Brussels"),
                  at(2026, 12, 7, 12, 55, "America/New_York"));
    CHECK_NOTHROW(trip::check_leg(ok));
    // 10:25 in New York to 12:55 in Brussels the same day: arrives before it departs.
    auto bad = leg(trip::Mode::flight, "JFK", "BRU", at(2026, 12, 7, 10, 25, "America/New_York"),
                   at(2026, 12, 7, 12, 55, "Europe/Brussels"));
    CHECK_THROWS_WITH_AS(trip::check_leg(bad), doctest::Contains("before it departs"), Error);
    CHECK_THROWS_AS(trip::check_stay(stay("Hotel", d(2026, 12, 7), d(2026, 12, 7))), Error);
    CHECK(trip::parse_mode("Flight") == trip::Mode::flight);
    CHECK_FALSE(trip::parse_mode("boat"));
}

TEST_CASE("connections: where the previous leg arrived, after the mode's minimum, across a DST change") {
    trip::TripSettings settings;
    // The night Europe starts summer time (29 March 2026, 02:00 -> 03:00): a train arriving
    // 01:30 (CET) and a flight at 03:50 (CEST) look 2h20 apart on the clocks, but are 1h20 apart.
    auto train = leg(trip::Mode::train, "Brussel-Zuid", "Brussels Airport", at(2026, 3, 29, 1, 0, "Europe/Brussels"),
                     at(2026, 3, 29, 1, 30, "Europe/Brussels"));
    auto flight = leg(trip::Mode::flight, "Brussels Airport", "Lisboa", at(2026, 3, 29, 3, 50, "Europe/Brussels"),
                      at(2026, 3, 29, 5, 40, "Europe/Lisbon"));
    CHECK(std::chrono::duration_cast<std::chrono::minutes>(flight.depart.utc - train.arrive.utc).count() == 80);
    auto findings = trip::find_problems({train, flight}, {}, {}, settings);
    CHECK(has(findings, "1h20 to change at Brussels Airport for the flight Brussels Airport -> Lisboa: a flight needs at least 2h"));
    settings.min_connection_minutes[trip::Mode::flight] = 60;
    CHECK(trip::find_problems({train, flight}, {}, {}, settings).empty());
    // A leg leaving from elsewhere: a leg is missing (names compared without case or extra spaces).
    auto taxi = leg(trip::Mode::taxi, "Lisboa  airport", "Hotel", at(2026, 3, 29, 6, 0, "Europe/Lisbon"),
                    at(2026, 3, 29, 6, 30, "Europe/Lisbon"));
    CHECK(has(trip::find_problems({train, flight, taxi}, {}, {}, settings), "leaves from Lisboa  airport, but the flight"));
    taxi.from = "LISBOA";
    CHECK(trip::find_problems({train, flight, taxi}, {}, {}, settings).empty());
    // Overlapping legs, given in any order.
    auto early = leg(trip::Mode::flight, "Brussels Airport", "Lisboa", at(2026, 3, 29, 1, 20, "Europe/Brussels"),
                     at(2026, 3, 29, 3, 30, "Europe/Lisbon"));
    CHECK(has(trip::find_problems({early, train}, {}, {}, settings), "departs (2026-03-29 01:20 Europe/Brussels) before"));
}

TEST_CASE("nights: each needs a stay, except one spent travelling") {
    trip::TripSettings settings;
    settings.min_connection_minutes.clear();
    auto out = leg(trip::Mode::flight, "BRU", "JFK", at(2026, 12, 7, 10, 25, "Europe/Brussels"),
                   at(2026, 12, 7, 12, 55, "America/New_York"));
    auto back = leg(trip::Mode::flight, "JFK", "BRU", at(2026, 12, 10, 18, 10, "America/New_York"),
                    at(2026, 12, 11, 7, 40, "Europe/Brussels"));
    auto days = trip::trip_days({back, out});
    REQUIRE(days);
    CHECK(days->from == d(2026, 12, 7));
    CHECK(days->to == d(2026, 12, 11));
    // Nights of the 7th, 8th and 9th need a hotel; the 10th is spent on the plane.
    auto missing = trip::find_problems({out, back}, {stay("Pod", d(2026, 12, 7), d(2026, 12, 9))}, {}, settings);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0] == "no stay for the night of 2026-12-09 to 2026-12-10");
    CHECK(trip::find_problems({out, back}, {stay("Pod", d(2026, 12, 7), d(2026, 12, 10))}, {}, settings).empty());
    // Overlapping stays, and a stay outside the trip.
    auto two = trip::find_problems({out, back},
                                   {stay("Pod", d(2026, 12, 7), d(2026, 12, 10)), stay("Hilton", d(2026, 12, 9), d(2026, 12, 12))},
                                   {}, settings);
    CHECK(has(two, "the stays at Pod and Hilton overlap"));
    CHECK(has(two, "the stay at Hilton (2026-12-09 to 2026-12-12) falls outside the trip"));
}

TEST_CASE("the travellers: appointments during a leg or in an office room, leave, an ID valid through the trip") {
    trip::TripSettings settings;
    auto out = leg(trip::Mode::train, "Brussel-Zuid", "Paris-Nord", at(2026, 12, 3, 8, 13, "Europe/Brussels"),
                   at(2026, 12, 3, 9, 35, "Europe/Paris"));
    auto back = leg(trip::Mode::train, "Paris-Nord", "Brussel-Zuid", at(2026, 12, 3, 18, 13, "Europe/Paris"),
                    at(2026, 12, 3, 19, 35, "Europe/Brussels"));
    trip::TravellerFacts an;
    an.who = "an";
    an.appointments.push_back({"Teamoverleg", at(2026, 12, 3, 9, 0, "Europe/Brussels"),
                               at(2026, 12, 3, 10, 0, "Europe/Brussels").utc, std::nullopt});
    an.appointments.push_back({"Klantgesprek", at(2026, 12, 3, 11, 0, "Europe/Paris"),
                               at(2026, 12, 3, 12, 0, "Europe/Paris").utc, std::nullopt}); // what she goes for
    an.appointments.push_back({"Sollicitatie", at(2026, 12, 3, 14, 0, "Europe/Brussels"),
                               at(2026, 12, 3, 15, 0, "Europe/Brussels").utc, std::string("Vergaderzaal")});
    an.leave.push_back({"vacation", d(2026, 12, 3), d(2026, 12, 3)});
    an.ids.push_back({"passport", "DOS-0001 Peeters, An", d(2026, 12, 2)});
    auto f = trip::find_problems({out, back}, {}, {an}, settings);
    CHECK(has(f, "an has \"Teamoverleg\" at 2026-12-03 09:00 Europe/Brussels during the train Brussel-Zuid -> Paris-Nord"));
    CHECK_FALSE(has(f, "Klantgesprek"));
    CHECK(has(f, "\"Sollicitatie\" at 2026-12-03 14:00 Europe/Brussels in room Vergaderzaal at the office"));
    CHECK(has(f, "an is on leave (vacation)"));
    CHECK(has(f, "an's passport (DOS-0001 Peeters, An) expires on 2026-12-02, before the trip ends on 2026-12-03"));
    trip::TravellerFacts bert;
    bert.who = "bert";
    bert.ids.push_back({"identiteitskaart", "DOS-0002 Claes, Bert", d(2030, 1, 1)});
    CHECK(trip::find_problems({out, back}, {}, {bert}, settings).empty());
    bert.ids = {{"passport", "DOS-0002 Claes, Bert", std::nullopt}};
    CHECK(has(trip::find_problems({out, back}, {}, {bert}, settings), "has no expiry date on file"));
    bert.ids.clear();
    CHECK(has(trip::find_problems({out, back}, {}, {bert}, settings), "bert has no ID or passport on file"));
}

TEST_CASE("store: a leg takes the agenda and its cost is committed; removing the trip undoes both") {
    TempStore s;
    store::Txn txn(s.db, TempStore::actor());
    team::Member an;
    an.handle = "an";
    an.name = "An";
    team::add_member(txn, an);
    auto b = budget::add_budget(txn, {0, "Facilitair 2026", 2026, std::nullopt});
    budget::Line line;
    line.budget_id = b;
    line.name = "Reizen";
    line.by_month = budget::spread_evenly(1000000);
    auto line_id = budget::add_line(txn, line);
    trip::Trip t;
    t.title = "Klantbezoek Parijs";
    t.travellers = {"an"};
    t.line_id = line_id;
    t.id = trip::add_trip(txn, t);
    auto l = leg(trip::Mode::train, "Brussel-Zuid", "Paris-Nord", at(2026, 12, 3, 8, 13, "Europe/Brussels"),
                 at(2026, 12, 3, 9, 35, "Europe/Paris"));
    l.cost = core::Money{12900, "EUR"};
    auto leg_id = trip::plan_leg(txn, t, l);
    auto stored = trip::get_leg(txn.db(), leg_id);
    REQUIRE(stored.appointment_id);
    auto appt = agenda::get_appointment(txn.db(), *stored.appointment_id);
    CHECK(appt.title == "Klantbezoek Parijs: train Brussel-Zuid -> Paris-Nord");
    CHECK(appt.owner == "an");
    CHECK(appt.end - appt.start == std::chrono::minutes(82));
    REQUIRE(stored.commitment_id);
    CHECK(budget::get_commitment(txn.db(), *stored.commitment_id).amount.cents == 12900);
    trip::remove_planned_trip(txn, t);
    CHECK_THROWS_AS(agenda::get_appointment(txn.db(), *stored.appointment_id), Error);
    CHECK(budget::get_commitment(txn.db(), *stored.commitment_id).status == budget::CommitmentStatus::cancelled);
    CHECK_THROWS_AS(trip::get_trip(txn.db(), t.id), Error);
}

TEST_CASE("store: a corrected leg keeps its agenda entry, moved; a new cost replaces the open commitment") {
    TempStore s;
    store::Txn txn(s.db, TempStore::actor());
    team::Member an;
    an.handle = "an";
    an.name = "An";
    team::add_member(txn, an);
    auto b = budget::add_budget(txn, {0, "Facilitair 2026", 2026, std::nullopt});
    budget::Line line;
    line.budget_id = b;
    line.name = "Reizen";
    line.by_month = budget::spread_evenly(1000000);
    auto line_id = budget::add_line(txn, line);
    trip::Trip t;
    t.title = "Klantbezoek Parijs";
    t.travellers = {"an"};
    t.line_id = line_id;
    t.id = trip::add_trip(txn, t);
    auto l = leg(trip::Mode::train, "Brussel-Zuid", "Paris-Nord", at(2026, 12, 3, 8, 13, "Europe/Brussels"),
                 at(2026, 12, 3, 9, 35, "Europe/Paris"));
    l.cost = core::Money{12900, "EUR"};
    auto was = trip::get_leg(txn.db(), trip::plan_leg(txn, t, l));
    auto appt_before = agenda::get_appointment(txn.db(), *was.appointment_id);

    auto later = was;
    later.depart = at(2026, 12, 3, 10, 13, "Europe/Brussels");
    later.arrive = at(2026, 12, 3, 11, 35, "Europe/Paris");
    later.to = "Paris Gare du Nord";
    trip::replan_leg(txn, t, was, later);
    auto now = trip::get_leg(txn.db(), was.id);
    CHECK(now.appointment_id == was.appointment_id); // the same entry
    CHECK(now.commitment_id == was.commitment_id);   // the same cost: the same commitment
    auto appt = agenda::get_appointment(txn.db(), *now.appointment_id);
    CHECK(appt.title == "Klantbezoek Parijs: train Brussel-Zuid -> Paris Gare du Nord");
    CHECK(appt.start == later.depart.utc);
    CHECK(appt.end - appt.start == std::chrono::minutes(82));
    CHECK(appt.uid == appt_before.uid);
    CHECK(appt.sequence == appt_before.sequence + 1);

    auto dearer = now;
    dearer.cost = core::Money{14900, "EUR"};
    trip::replan_leg(txn, t, now, dearer);
    auto after = trip::get_leg(txn.db(), was.id);
    REQUIRE(after.commitment_id);
    CHECK(after.commitment_id != now.commitment_id);
    CHECK(budget::get_commitment(txn.db(), *now.commitment_id).status == budget::CommitmentStatus::cancelled);
    CHECK(budget::get_commitment(txn.db(), *after.commitment_id).amount.cents == 14900);

    budget::set_commitment_status(txn, *after.commitment_id, budget::CommitmentStatus::invoiced);
    auto again = after;
    again.cost = core::Money{15900, "EUR"};
    CHECK_THROWS_AS(trip::replan_leg(txn, t, after, again), Error);
}
