#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"

#include <doctest/doctest.h>

using namespace officectl;

namespace {
const core::Clock k_clock = core::Clock::pinned("2026-12-02", "Europe/Brussels");
std::string utc(const char* text) { return core::format_utc(core::parse_datetime(text, k_clock).utc); }
} // namespace

TEST_CASE("a pinned clock gives today and now") {
    CHECK(core::format_date(k_clock.today()) == "2026-12-02");
    CHECK(core::format_utc(k_clock.now()) == "2026-12-01T23:00:00Z"); // midnight in Brussels
    auto afternoon = core::Clock::pinned("2026-12-02 14:30", "Europe/Brussels");
    CHECK(core::format_utc(afternoon.now()) == "2026-12-02T13:30:00Z");
    CHECK(afternoon.is_pinned());
    CHECK_THROWS_AS(core::Clock::pinned("2026-02-30", "Europe/Brussels"), Error);
}

TEST_CASE("a clock pinned with a word counts from the clock it is pinned over, not the machine's date") {
    auto tomorrow = core::Clock::pinned("tomorrow", "Europe/Brussels", k_clock);
    CHECK(core::format_date(tomorrow.today()) == "2026-12-03");
    auto later = core::Clock::pinned("+1w 10:00", "Europe/Brussels", k_clock);
    CHECK(core::format_utc(later.now()) == "2026-12-09T09:00:00Z");
    CHECK(core::format_date(core::Clock::pinned("fri", "Europe/Brussels", k_clock).today()) == "2026-12-04");
}

TEST_CASE("date-times in the clock's zone, a named zone, or with an offset") {
    CHECK(utc("2026-12-01 10:00") == "2026-12-01T09:00:00Z");
    CHECK(utc("2026-12-01T10:00:00") == "2026-12-01T09:00:00Z");
    CHECK(utc("2026-07-01 10:00") == "2026-07-01T08:00:00Z"); // summer time
    CHECK(utc("2026-12-01 10:00 America/New_York") == "2026-12-01T15:00:00Z");
    CHECK(utc("2026-12-01T10:00Z") == "2026-12-01T10:00:00Z");
    CHECK(utc("2026-12-01T10:00+02:00") == "2026-12-01T08:00:00Z");
    CHECK(utc("tomorrow 09:30") == "2026-12-03T08:30:00Z");
    CHECK(utc("fri 14:00") == "2026-12-04T13:00:00Z");
    CHECK(utc("14:00") == "2026-12-02T13:00:00Z");
    CHECK(core::parse_datetime("2026-12-01 10:00 America/New_York", k_clock).zone == "America/New_York");
}

TEST_CASE("DST: a skipped wall time is refused, a repeated one takes the first") {
    CHECK_THROWS_AS(utc("2027-03-28 02:30"), Error);
    CHECK(utc("2026-10-25 02:30") == "2026-10-25T00:30:00Z");
}

TEST_CASE("bad date-times") {
    CHECK_THROWS_AS(utc("2026-12-01 25:00"), Error);
    CHECK_THROWS_AS(utc("2026-12-01 10:00 Mars/Olympus"), Error);
    CHECK_THROWS_AS(utc("2026-12-01"), Error);
    CHECK_THROWS_AS(utc("2026-12-01 10:00 Europe/Paris extra"), Error);
}

TEST_CASE("local formatting and UTC round trip") {
    auto zi = core::parse_datetime("2026-12-03 09:35 Europe/Paris", k_clock);
    CHECK(core::format_local(zi) == "2026-12-03 09:35");
    CHECK(core::parse_utc("2026-12-03T08:35:00Z") == zi.utc);
    CHECK_FALSE(core::parse_utc("2026-12-03 08:35"));
}
