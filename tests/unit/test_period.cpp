#include "officectl/core/error.hpp"
#include "officectl/core/period.hpp"

#include <doctest/doctest.h>

using namespace officectl;

TEST_CASE("periods longer than a hundred years are typos") {
    CHECK(core::parse_period("100y") == core::Period{100, 0, 0});
    CHECK(core::parse_period("1200m") == core::Period{0, 1200, 0});
    CHECK_THROWS_WITH(core::parse_period("99999m"), "period \"99999m\" is longer than 100 years: check the number");
    CHECK_THROWS_AS(core::parse_period("101y"), Error);
    CHECK_THROWS_AS(core::parse_period("99y99y"), Error);
    CHECK_THROWS_AS(core::parse_period("999999d"), Error);
}

TEST_CASE("calendar periods: m means months") {
    CHECK(core::parse_period("3d") == core::Period{0, 0, 3});
    CHECK(core::parse_period("2w") == core::Period{0, 0, 14});
    CHECK(core::parse_period("6m") == core::Period{0, 6, 0});
    CHECK(core::parse_period("1y6m") == core::Period{1, 6, 0});
    CHECK(core::format_period(core::parse_period("36m")) == "36m");
    CHECK(core::format_period(core::parse_period("14d")) == "2w");
    CHECK_THROWS_AS(core::parse_period("3"), Error);
    CHECK_THROWS_AS(core::parse_period("m3"), Error);
    CHECK_THROWS_AS(core::parse_period("3h"), Error);
    core::Date jan31{date::year{2027}, date::January, date::day{31}};
    CHECK(core::add_period(jan31, core::parse_period("1m")) == core::Date{date::year{2027}, date::February, date::day{28}});
    CHECK(core::add_period(jan31, core::parse_period("3m"), -1) == core::Date{date::year{2026}, date::October, date::day{31}});
}

TEST_CASE("clock durations: m means minutes") {
    CHECK(core::parse_duration_minutes("45m") == 45);
    CHECK(core::parse_duration_minutes("1h30") == 90);
    CHECK(core::parse_duration_minutes("1h30m") == 90);
    CHECK(core::parse_duration_minutes("2h") == 120);
    CHECK(core::parse_duration_minutes("1:30") == 90);
    CHECK(core::parse_duration_minutes("1.5h") == 90);
    CHECK(core::parse_duration_minutes("0.25h") == 15);
    CHECK(core::parse_duration_minutes("3d") == 3 * 24 * 60);
    CHECK_THROWS_AS(core::parse_duration_minutes("0m"), Error);
    CHECK_THROWS_AS(core::parse_duration_minutes("90"), Error);
    CHECK_THROWS_AS(core::parse_duration_minutes("1:75"), Error);
    CHECK_THROWS_AS(core::parse_duration_minutes("abc"), Error);
    CHECK(core::format_duration_minutes(90) == "1h30");
    CHECK(core::format_duration_minutes(65) == "1h05");
    CHECK(core::format_duration_minutes(45) == "45m");
    CHECK(core::format_duration_minutes(120) == "2h");
    CHECK(core::format_duration_minutes(1560) == "1d2h");
}
