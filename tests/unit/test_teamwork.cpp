// Tasks and the week's workload: contract hours on working days, less holidays,
// leave and appointments, against the tasks due.

#include "officectl/absence/leave_store.hpp"
#include "officectl/agenda/agenda_store.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/teamwork/development_store.hpp"
#include "officectl/teamwork/onboarding.hpp"
#include "officectl/teamwork/task_store.hpp"
#include "officectl/teamwork/vacancy.hpp"
#include "officectl/teamwork/workload.hpp"
#include "temp_store.hpp"

#include "officectl/report/handover.hpp"

#include <doctest/doctest.h>

using namespace officectl;
using testing::TempStore;

namespace {

core::Date d(int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; }

void people(TempStore& s) {
    store::Txn txn(s.db, TempStore::actor());
    team::Member an;
    an.handle = "an";
    an.name = "An";
    team::add_member(txn, an);
    team::Member bert;
    bert.handle = "bert";
    bert.name = "Bert";
    bert.work_days = core::WorkWeek::parse("mon-wed");
    bert.minutes_per_week = 19 * 60;
    team::add_member(txn, bert);
    txn.commit();
}

teamwork::Task task(const char* who, core::Date due, int minutes) {
    teamwork::Task t;
    t.title = "Taak";
    t.assignee = who;
    t.due = due;
    t.estimate_minutes = minutes;
    t.created = d(2026, 12, 1);
    return t;
}

} // namespace

TEST_CASE("tasks: filters, overdue, origin check") {
    TempStore s;
    people(s);
    store::Txn txn(s.db, TempStore::actor());
    teamwork::add_task(txn, task("an", d(2026, 12, 1), 60));
    teamwork::add_task(txn, task("bert", d(2026, 12, 9), 120));
    auto done = task("an", d(2026, 12, 3), 30);
    done.done = d(2026, 12, 2);
    teamwork::add_task(txn, done);
    CHECK_THROWS_AS(teamwork::add_task(txn, task("zoe", d(2026, 12, 9), 60)), Error);
    txn.commit();
    auto today = d(2026, 12, 2);
    teamwork::TaskFilter overdue;
    overdue.overdue = true;
    CHECK(teamwork::list_tasks(s.db, overdue, today).size() == 1);
    teamwork::TaskFilter open;
    open.open = true;
    CHECK(teamwork::list_tasks(s.db, open, today).size() == 2);
    teamwork::TaskFilter mine;
    mine.who = "an";
    CHECK(teamwork::list_tasks(s.db, mine, today).size() == 2);
    CHECK_NOTHROW(teamwork::check_origin("mail:IN-2026-0012"));
    CHECK_THROWS_AS(teamwork::check_origin("IN-2026-0012"), Error);
}

TEST_CASE("workload: holidays, part-time hours, leave and appointments come off; tasks due count") {
    TempStore s;
    people(s);
    {
        store::Txn txn(s.db, TempStore::actor());
        // Week 52 of 2026: Christmas on Friday.
        absence::Leave l;
        l.who = "an";
        l.type = "vacation";
        l.from = d(2026, 12, 21);
        l.to = d(2026, 12, 21);
        absence::add_leave(txn, l);
        agenda::Appointment a;
        a.title = "Overleg";
        a.zone = "Europe/Brussels";
        a.start = core::parse_datetime("2026-12-22 10:00", core::Clock::pinned("2026-12-01", "Europe/Brussels")).utc;
        a.end = a.start + std::chrono::minutes{90};
        a.owner = "an";
        a.who = {"an", "bert"};
        agenda::add_appointment(txn, a);
        teamwork::add_task(txn, task("bert", d(2026, 12, 23), 600));
        teamwork::add_task(txn, task("bert", d(2026, 12, 30), 600)); // next week: not counted
        txn.commit();
    }
    core::Calendar be;
    auto rows = teamwork::workload(s.db, be, 8 * 60, {d(2026, 12, 21), d(2026, 12, 27)}, d(2026, 12, 21),
                                   "Europe/Brussels");
    REQUIRE(rows.size() == 2);
    // bert: 19h over mon-wed, three working days this week; 1h30 meeting; 10h of tasks: least spare, first.
    CHECK(rows[0].who == "bert");
    CHECK(rows[0].contract == 19 * 60);
    CHECK(rows[0].meetings == 90);
    CHECK(rows[0].tasks == 600);
    CHECK(rows[0].spare() == 19 * 60 - 90 - 600);
    // an: four working days (Christmas off) of 8h, one on leave, the meeting.
    CHECK(rows[1].who == "an");
    CHECK(rows[1].contract == 4 * 8 * 60);
    CHECK(rows[1].absent == 8 * 60);
    CHECK(rows[1].meetings == 90);
    CHECK(rows[1].available() == 3 * 8 * 60 - 90);
}

TEST_CASE("skills: levels parsed, the latest counts, gaps against the role") {
    CHECK(teamwork::parse_skill_level("Excel=3") == std::pair<std::string, int>{"excel", 3});
    CHECK_THROWS_AS(teamwork::parse_skill_level("excel=5"), Error);
    CHECK_THROWS_AS(teamwork::parse_skill_level("excel"), Error);
    TempStore s;
    people(s);
    {
        store::Txn txn(s.db, TempStore::actor());
        teamwork::set_skill(txn, {"bert", "excel", 1, d(2026, 1, 1)});
        teamwork::set_skill(txn, {"bert", "excel", 2, d(2026, 6, 1)});
        txn.commit();
    }
    auto now = teamwork::current_skills(s.db);
    REQUIRE(now.size() == 1);
    CHECK(now[0].level == 2);
}

TEST_CASE("interviews come back a cycle after the last one, or after the start") {
    auto year = core::parse_period("1y");
    CHECK(teamwork::next_review(d(2025, 12, 1), d(2020, 1, 1), year, d(2026, 12, 2)) == d(2026, 12, 1));
    CHECK(teamwork::next_review(std::nullopt, d(2026, 3, 1), year, d(2026, 12, 2)) == d(2027, 3, 1));
    CHECK(teamwork::next_review(std::nullopt, d(2019, 3, 1), year, d(2026, 12, 2)) == d(2026, 12, 2));
    CHECK_FALSE(teamwork::next_review(std::nullopt, std::nullopt, year, d(2026, 12, 2)));
}

TEST_CASE("onboarding turns the role's checklist into tasks once") {
    TempStore s;
    people(s);
    teamwork::TeamSettings settings;
    settings.onboarding = {{"*", "Badge", core::parse_period("0d"), ""},
                           {"secretary", "Register", core::parse_period("1w"), ""},
                           {"accountant", "Boekhouding", core::parse_period("1w"), ""}};
    auto bert = team::get_member(s.db, "bert");
    bert.role = "secretary";
    bert.start = d(2026, 12, 1);
    store::Txn txn(s.db, TempStore::actor());
    auto made = teamwork::onboard(txn, settings, bert, d(2026, 12, 2));
    REQUIRE(made.size() == 2);
    CHECK(made[1].due == d(2026, 12, 8));
    CHECK(made[1].origin == "onboarding:bert");
    CHECK(teamwork::onboard(txn, settings, bert, d(2026, 12, 2)).empty());
    txn.commit();
    auto progress = teamwork::onboarding_progress(s.db, d(2026, 12, 2), false);
    REQUIRE(progress.size() == 1);
    CHECK(progress[0].total == 2);
}

TEST_CASE("a vacancy is the template filled in, and says what is missing") {
    auto text = teamwork::builtin_vacancy_template(core::Language::fr);
    CHECK(text.find("{title}") != std::string::npos);
    CHECK_THROWS_WITH_AS(teamwork::render_vacancy(text, "vacancy.fr", "Secrétaire", {{"company", "X"}}),
                         doctest::Contains("hours"), Error);
}

TEST_CASE("a handover moves the person's open work due before the day, and nothing done or someone else's") {
    TempStore s;
    people(s);
    {
        store::Txn txn(s.db, TempStore::actor());
        teamwork::add_task(txn, task("an", d(2026, 12, 1), 60));  // 1: overdue
        teamwork::add_task(txn, task("an", d(2026, 12, 20), 60)); // 2: later
        auto done = task("an", d(2026, 11, 30), 60);
        done.done = d(2026, 11, 30);
        teamwork::add_task(txn, done);                            // 3: done
        teamwork::add_task(txn, task("bert", d(2026, 12, 1), 60)); // 4: bert's
        txn.commit();
    }
    store::Txn txn(s.db, TempStore::actor());
    report::HandoverRequest request{"an", "bert", d(2026, 12, 9), d(2026, 12, 2)};
    auto moved = report::hand_over(txn, request);
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].reference == "task 1");
    CHECK(moved[0].due == d(2026, 12, 1));
    request.due_before.reset();
    moved = report::hand_over(txn, request);
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].reference == "task 2");
    CHECK(teamwork::get_task(s.db, 3).assignee == "an");
    request.to = "an";
    CHECK_THROWS_AS(report::hand_over(txn, request), Error);
}
