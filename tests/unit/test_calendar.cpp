#include "officectl/core/calendar.hpp"
#include "officectl/core/error.hpp"

#include <doctest/doctest.h>

using namespace officectl;

namespace {
core::Date d(int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; }
} // namespace

TEST_CASE("work weeks parse and print canonically") {
    CHECK(core::WorkWeek::parse("mon-fri").to_string() == "mon-fri");
    CHECK(core::WorkWeek::parse("mon,tue,wed").to_string() == "mon-wed");
    CHECK(core::WorkWeek::parse("mon-wed,fri").to_string() == "mon-wed,fri");
    CHECK(core::WorkWeek::parse("mon,tue").to_string() == "mon,tue");
    CHECK(core::WorkWeek::parse("MON-FRI").count() == 5);
    CHECK_THROWS_AS(core::WorkWeek::parse("fri-mon"), Error);
    CHECK_THROWS_AS(core::WorkWeek::parse("monday"), Error);
}

TEST_CASE("a leave over Christmas and New Year counts 8 working days") {
    core::Calendar cal;
    CHECK(cal.working_days_between(d(2026, 12, 21), d(2027, 1, 1)) == 8);
    CHECK(cal.day_off_name(d(2026, 12, 25)) == std::optional<std::string>("Kerstmis"));
    CHECK_FALSE(cal.is_working_day(d(2027, 1, 1)));
}

TEST_CASE("a mon-wed part-timer works 3 days in a full week") {
    core::Calendar cal;
    auto part_time = core::WorkWeek::parse("mon-wed");
    CHECK(cal.working_days_between(d(2026, 12, 7), d(2026, 12, 13), &part_time) == 3);
    CHECK_FALSE(cal.is_working_day(d(2026, 12, 10), &part_time));
}

TEST_CASE("Easter Monday, closing days and replacement days are not working days") {
    core::Calendar cal(core::WorkWeek{}, {{d(2026, 12, 24), "Kerstavond"}}, {{d(2026, 11, 13), "Vervangingsdag"}});
    CHECK_FALSE(cal.is_working_day(d(2026, 4, 6)));
    CHECK_FALSE(cal.is_working_day(d(2026, 12, 24)));
    CHECK(cal.day_off_name(d(2026, 12, 24)) == std::optional<std::string>("Kerstavond"));
    CHECK_FALSE(cal.is_working_day(d(2026, 11, 13)));
    CHECK(cal.is_working_day(d(2026, 12, 23)));
    // Easter week 2026: Mon 6 April is a holiday, so Tue-Fri count 4.
    CHECK(cal.working_days_between(d(2026, 4, 6), d(2026, 4, 12)) == 4);
}

TEST_CASE("working-day arithmetic") {
    core::Calendar cal(core::WorkWeek{}, {{d(2026, 12, 24), "Kerstavond"}});
    CHECK(cal.add_working_days(d(2026, 12, 23), 1) == d(2026, 12, 28)); // skips 24 (closed), 25 (holiday), weekend
    CHECK(cal.add_working_days(d(2026, 12, 28), -1) == d(2026, 12, 23));
    CHECK(cal.previous_working_day(d(2026, 12, 28)) == d(2026, 12, 23));
    CHECK(cal.working_day_on_or_before(d(2026, 12, 23)) == d(2026, 12, 23));
    // 2027-09-30 is a Thursday: itself. 2027-10-03 is a Sunday: Friday 1 October.
    CHECK(cal.working_day_on_or_before(d(2027, 9, 30)) == d(2027, 9, 30));
    CHECK(cal.working_day_on_or_before(d(2027, 10, 3)) == d(2027, 10, 1));
    CHECK(cal.working_days_between(d(2026, 12, 5), d(2026, 12, 1)) == 0);
}
