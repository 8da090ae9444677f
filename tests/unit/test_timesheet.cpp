// Time registration: hours as people type them, cost at a rate, and the check
// of hours logged against contract hours less holidays and leave.

#include "officectl/absence/leave_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/timesheet/hours_check.hpp"
#include "officectl/timesheet/timesheet_rules.hpp"
#include "officectl/timesheet/timesheet_store.hpp"
#include "temp_store.hpp"

#include <doctest/doctest.h>

using namespace officectl;
using testing::TempStore;

namespace {

core::Date d(int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; }

} // namespace

TEST_CASE("hours: decimals with a point or comma, clock notation, minutes; more than 0, at most 24") {
    CHECK(timesheet::parse_hours("3.5") == 210);
    CHECK(timesheet::parse_hours("3,5") == 210);
    CHECK(timesheet::parse_hours("0.25") == 15);
    CHECK(timesheet::parse_hours(".5") == 30);
    CHECK(timesheet::parse_hours("7.6") == 456);
    CHECK(timesheet::parse_hours("3:30") == 210);
    CHECK(timesheet::parse_hours("3h30") == 210);
    CHECK(timesheet::parse_hours("45m") == 45);
    CHECK(timesheet::parse_hours("24") == 1440);
    CHECK_THROWS_WITH_AS(timesheet::parse_hours("0"), doctest::Contains("more than nothing"), Error);
    CHECK_THROWS_WITH_AS(timesheet::parse_hours("25"), doctest::Contains("24 hours"), Error);
    CHECK_THROWS_AS(timesheet::parse_hours("3.555"), Error);
    CHECK_THROWS_AS(timesheet::parse_hours("1.2.3"), Error);
    CHECK_THROWS_AS(timesheet::parse_hours("veel"), Error);
    CHECK_THROWS_AS(timesheet::parse_hours(""), Error);
    CHECK(timesheet::format_hours(210) == "3.5");
    CHECK(timesheet::format_hours(480) == "8");
    CHECK(timesheet::format_hours(20) == "0.33");
}

TEST_CASE("cost: minutes at an hourly rate, rounded to the cent") {
    CHECK(timesheet::cost_cents(60, 5500) == 5500);
    CHECK(timesheet::cost_cents(210, 5500) == 19250);
    CHECK(timesheet::cost_cents(1, 5500) == 92);   // 91.67 -> 92
    CHECK(timesheet::cost_cents(20, 100) == 33);   // 33.33 -> 33
    CHECK(timesheet::cost_cents(0, 5500) == 0);
}

TEST_CASE("the check: contract hours on working days less holidays and leave, against hours logged") {
    TempStore s;
    std::int64_t project = 0;
    {
        store::Txn txn(s.db, TempStore::actor());
        team::Member an; // the company's week: 38 h over mon-fri, 7.6 h a day
        an.handle = "an";
        an.name = "An";
        team::add_member(txn, an);
        team::Member bert; // part time: 19 h over mon-wed
        bert.handle = "bert";
        bert.name = "Bert";
        bert.work_days = core::WorkWeek::parse("mon-wed");
        bert.minutes_per_week = 19 * 60;
        team::add_member(txn, bert);
        team::Member chloe; // joins on Thursday
        chloe.handle = "chloe";
        chloe.name = "Chloe";
        chloe.start = d(2027, 5, 6);
        team::add_member(txn, chloe);
        absence::Leave leave;
        leave.who = "bert";
        leave.type = "vacation";
        leave.from = leave.to = d(2027, 5, 4); // Tuesday
        absence::add_leave(txn, leave);
        absence::Leave half;
        half.who = "an";
        half.type = "vacation";
        half.from = half.to = d(2027, 5, 7); // Friday afternoon
        half.half = absence::Half::pm;
        absence::add_leave(txn, half);
        timesheet::Project p;
        p.name = "Verhuis 2027";
        project = timesheet::add_project(txn, p);
        for (auto [who, day, minutes] : {std::tuple{"an", 3, 456}, {"an", 4, 456}, {"an", 5, 456}, {"an", 6, 456},
                                         {"an", 7, 228}, {"bert", 3, 380}, {"bert", 4, 120}}) {
            timesheet::Entry e;
            e.who = who;
            e.project_id = project;
            e.date = d(2027, 5, static_cast<unsigned>(day));
            e.minutes = minutes;
            timesheet::add_entry(txn, e);
        }
        txn.commit();
    }
    // Week 18 of 2027: Monday 3 May to Sunday 9 May, with Ascension Day on Thursday 6 May.
    core::Calendar calendar;
    REQUIRE(calendar.public_holiday(d(2027, 5, 6)));
    auto week = core::iso_week_of(d(2027, 5, 3));
    auto check = timesheet::check_hours(s.db, calendar, 456, week, d(2027, 5, 17), {});
    REQUIRE(check.people.size() == 3);
    // Most missing first: Chloe (joined Thursday, a holiday: owes Friday, logged nothing), Bert (Mon and Wed)
    CHECK(check.people[0].who == "chloe");
    CHECK(check.people[0].expected == 456);
    CHECK(check.people[0].logged == 0);
    CHECK(check.people[1].who == "bert");
    CHECK(check.people[1].expected == 2 * 380); // 19 h over 3 days: 380 min a day, Tuesday away
    CHECK(check.people[1].logged == 500);
    CHECK(check.people[1].missing() == 260);
    CHECK(check.people[2].who == "an");
    CHECK(check.people[2].expected == 3 * 456 + 228); // Thursday a holiday, Friday afternoon off
    CHECK(check.people[2].logged == 4 * 456 + 228);   // more than owed (the holiday): nothing missing
    CHECK(check.people[2].missing() == 0);
    CHECK(check.people[2].over() == 456); // the holiday's hours: a finding too
    REQUIRE(check.away.size() == 2);
    CHECK(check.away[0].entry.who == "bert"); // Bert's two hours on his day off
    CHECK(check.away[0].entry.date == d(2027, 5, 4));
    CHECK(check.away[0].leave_type == "vacation");
    CHECK(check.away[1].entry.who == "an"); // An's hours on Ascension Day
    CHECK(check.away[1].entry.date == d(2027, 5, 6));
    CHECK(check.away[1].leave_type == *calendar.day_off_name(d(2027, 5, 6)));
    CHECK_FALSE(check.clean());

    // Only the people asked for; a week in progress counts through today.
    auto mid = timesheet::check_hours(s.db, calendar, 456, week, d(2027, 5, 5), {"an"});
    REQUIRE(mid.people.size() == 1);
    CHECK(mid.through == d(2027, 5, 5));
    CHECK(mid.people[0].expected == 3 * 456);
    CHECK(mid.people[0].missing() == 0);
    CHECK(mid.away.empty());
    CHECK(mid.clean());

}
