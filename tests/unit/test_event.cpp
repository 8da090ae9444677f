// Events: plan steps and offsets, the backward plan onto working days, RSVP
// counts and the headcount, guests imported idempotently, the plan as team tasks.

#include "officectl/core/error.hpp"
#include "officectl/event/event_plan.hpp"
#include "officectl/event/event_rules.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/teamwork/task_store.hpp"
#include "temp_store.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace officectl;
using testing::TempStore;

namespace {

core::Date d(int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; }

} // namespace

TEST_CASE("plan steps: an offset in days or weeks and a title") {
    auto s = event::parse_step("-30d Uitnodigingen versturen");
    CHECK(s.offset_days == -30);
    CHECK(s.title == "Uitnodigingen versturen");
    CHECK(event::parse_step("-2w  Catering bevestigen").offset_days == -14);
    CHECK(event::parse_step("0d Opbouw").offset_days == 0);
    CHECK(event::parse_offset_days("+1d") == 1);
    CHECK_THROWS_WITH_AS(event::parse_step("Uitnodigingen versturen"), doctest::Contains("offset and a title"), Error);
    CHECK_THROWS_AS(event::parse_step("-30 Uitnodigingen"), Error);
    CHECK_THROWS_AS(event::parse_offset_days("-3m"), Error);
    CHECK_THROWS_AS(event::parse_offset_days("d"), Error);
}

TEST_CASE("the backward plan lands on working days: weekends and holidays move to the day before") {
    core::Calendar be; // Belgian holidays, Monday to Friday
    auto day = d(2027, 1, 15); // a Friday
    CHECK(event::plan_due(day, -30, be) == d(2026, 12, 16)); // a Wednesday: stays
    CHECK(event::plan_due(day, -14, be) == d(2026, 12, 31)); // New Year's Day -> Thursday 31 December
    CHECK(event::plan_due(day, -21, be) == d(2026, 12, 24)); // Christmas -> Thursday 24 December
    CHECK(event::plan_due(day, -6, be) == d(2027, 1, 8));    // Saturday 9 January -> Friday 8
    CHECK(event::plan_due(day, 0, be) == day);
    // An event on a Monday with a step at T-1d: the Sunday before becomes the Friday.
    CHECK(event::plan_due(d(2027, 3, 15), -1, be) == d(2027, 3, 12));
}

TEST_CASE("RSVPs add up; the headcount is the yeses and half the maybes, rounded up") {
    std::vector<event::Guest> guests(7);
    guests[0].rsvp = guests[1].rsvp = guests[2].rsvp = event::Rsvp::yes;
    guests[3].rsvp = guests[4].rsvp = guests[5].rsvp = event::Rsvp::maybe;
    guests[6].rsvp = event::Rsvp::no;
    auto c = event::count_rsvps(guests);
    CHECK(c.yes == 3);
    CHECK(c.maybe == 3);
    CHECK(c.no == 1);
    CHECK(c.invited == 0);
    CHECK(c.total() == 7);
    CHECK(c.headcount() == 5); // 3 + ceil(3 / 2)
    CHECK(event::parse_rsvp("YES") == event::Rsvp::yes);
    CHECK_FALSE(event::parse_rsvp("perhaps"));
}

TEST_CASE("store: a kind's plan becomes team tasks; guests are known by e-mail and keep their answer") {
    TempStore s;
    store::Txn txn(s.db, TempStore::actor());
    team::Member bert;
    bert.handle = "bert";
    bert.name = "Bert";
    team::add_member(txn, bert);
    event::Event e;
    e.title = "Nieuwjaarsreceptie";
    e.date = d(2027, 1, 15);
    e.owner = "bert";
    e.id = event::add_event(txn, e);
    event::Kind kind{"reception", {event::parse_step("-14d Catering bevestigen")}, {event::parse_step("-60d Vergunning")}};
    CHECK(event::apply_kind(txn, e, kind, core::Calendar{}, d(2026, 11, 30)) == 2);
    auto plan = event::plan_of(txn.db(), e.id);
    REQUIRE(plan.size() == 2);
    CHECK(plan[0].task.title == "Formaliteit: Vergunning");
    CHECK(plan[0].task.due == d(2026, 11, 16));
    CHECK(plan[0].link.kind == event::StepKind::formality);
    CHECK(plan[1].task.due == d(2026, 12, 31));
    CHECK(plan[1].task.origin == "event:" + std::to_string(e.id));
    CHECK(teamwork::get_task(txn.db(), plan[1].task.id).assignee == "bert");
    event::Event no_owner = e;
    no_owner.owner.reset();
    CHECK_THROWS_WITH_AS(event::apply_kind(txn, no_owner, kind, core::Calendar{}, d(2026, 11, 30)),
                         doctest::Contains("--owner"), Error);

    auto import = [&](const std::string& text) {
        std::istringstream in(text);
        io::CsvReader csv(in, "gasten.csv");
        return event::import_guests(txn, csv, e.id);
    };
    auto first = import("name,email,organisation,language\nMarie Dubois,Marie.Dubois@ricoh.be,Ricoh,fr\nJan,jan@client.be,,\n");
    CHECK(first.added == 2);
    auto marie = event::find_guest(txn.db(), e.id, "marie.dubois@ricoh.be");
    REQUIRE(marie);
    CHECK(marie->lang == core::Language::fr);
    event::set_rsvp(txn, *marie, event::Rsvp::yes);
    auto again = import("name,email,organisation,language\nMarie Dubois,marie.dubois@ricoh.be,Ricoh Belgium,fr\n");
    CHECK(again.updated == 1);
    CHECK(event::find_guest(txn.db(), e.id, "marie.dubois@ricoh.be")->rsvp == event::Rsvp::yes);
    CHECK_THROWS_WITH_AS(import("name,email\nPiet,piet-at-example\n"), doctest::Contains("gasten.csv:2:"), Error);
    CHECK_THROWS_WITH_AS(import("name,email,language\nPiet,piet@example.be,de\n"), doctest::Contains("expected nl, fr or en"),
                         Error);
    CHECK_THROWS_WITH_AS(import("naam,mail\nPiet,piet@example.be\n"), doctest::Contains("name and email are required"), Error);
}

TEST_CASE("an event's contents in words; a new day moves the plan, a new owner takes it; rm takes it all along") {
    CHECK(event::describe_contents({}).empty());
    CHECK(event::describe_contents({12, 3, 2, 0, 40}) == "12 plan tasks (3 done), 2 suppliers and 40 guests");
    CHECK(event::describe_contents({1, 0, 0, 0, 1}) == "1 plan task and 1 guest");

    TempStore s;
    store::Txn txn(s.db, TempStore::actor());
    for (const char* handle : {"an", "bert"}) {
        team::Member m;
        m.handle = handle;
        m.name = handle;
        team::add_member(txn, m);
    }
    event::Event e;
    e.title = "Nieuwjaarsreceptie";
    e.date = d(2027, 1, 15);
    e.owner = "bert";
    e.id = event::add_event(txn, e);
    event::Kind kind{"reception", {event::parse_step("-14d Catering bevestigen"), event::parse_step("-7d Aantal gasten")}, {}};
    event::apply_kind(txn, e, kind, core::Calendar{}, d(2026, 11, 30));
    auto own = event::add_event_task(txn, e, "Parking", "bert", d(2027, 1, 11), std::nullopt, event::StepKind::task,
                                     d(2026, 11, 30));
    auto plan = event::plan_of(txn.db(), e.id);
    REQUIRE(plan.size() == 3);
    auto done = plan[0].task; // -14d: New Year's Day, so 2026-12-31
    done.done = d(2026, 12, 1);
    teamwork::update_task(txn, done);

    auto later = e;
    later.date = d(2027, 1, 22);
    later.owner = "an";
    event::update_event(txn, later);
    CHECK(event::replan_event(txn, e, later, core::Calendar{}) == 2); // the open -7d step and the own-date task
    CHECK(teamwork::get_task(txn.db(), done.id).due == d(2026, 12, 31)); // done: stays
    auto moved = event::plan_of(txn.db(), e.id);
    for (const auto& row : moved) {
        if (row.task.id == own) {
            CHECK(row.task.due == d(2027, 1, 11)); // a date of its own: stays
            CHECK(row.task.assignee == "an");
        } else if (row.task.is_open()) {
            CHECK(row.task.due == d(2027, 1, 15)); // -7d from the new day
            CHECK(row.task.assignee == "an");
        }
    }

    auto contents = event::contents_of(txn.db(), later);
    CHECK(contents.tasks == 3);
    CHECK(contents.done_tasks == 1);
    event::remove_planned_event(txn, later);
    CHECK_THROWS_AS(event::get_event(txn.db(), e.id), Error);
    CHECK_THROWS_AS(teamwork::get_task(txn.db(), own), Error);
}
