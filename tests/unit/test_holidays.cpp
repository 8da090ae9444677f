#include "officectl/core/holidays.hpp"

#include <doctest/doctest.h>

using namespace officectl;

namespace {
core::Date d(int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; }
} // namespace

TEST_CASE("Easter Sunday, checked by hand against published tables") {
    CHECK(core::easter_sunday(2000) == d(2000, 4, 23));
    CHECK(core::easter_sunday(2019) == d(2019, 4, 21));
    CHECK(core::easter_sunday(2024) == d(2024, 3, 31));
    CHECK(core::easter_sunday(2025) == d(2025, 4, 20));
    CHECK(core::easter_sunday(2026) == d(2026, 4, 5));
    CHECK(core::easter_sunday(2027) == d(2027, 3, 28));
    CHECK(core::easter_sunday(2038) == d(2038, 4, 25)); // the latest possible
    CHECK(core::easter_sunday(2285) == d(2285, 3, 22)); // the earliest possible
    CHECK(core::easter_sunday(2100) == d(2100, 3, 28));
}

TEST_CASE("Belgian holidays of 2026 and 2027, by hand") {
    auto h26 = core::belgian_holidays(2026);
    REQUIRE(h26.size() == 10);
    CHECK(h26[0].date == d(2026, 1, 1));
    CHECK(h26[1].date == d(2026, 4, 6));  // Easter Monday
    CHECK(h26[2].date == d(2026, 5, 1));
    CHECK(h26[3].date == d(2026, 5, 14)); // Ascension
    CHECK(h26[4].date == d(2026, 5, 25)); // Whit Monday
    CHECK(h26[5].date == d(2026, 7, 21));
    CHECK(h26[6].date == d(2026, 8, 15));
    CHECK(h26[7].date == d(2026, 11, 1));
    CHECK(h26[8].date == d(2026, 11, 11));
    CHECK(h26[9].date == d(2026, 12, 25));
    auto h27 = core::belgian_holidays(2027);
    CHECK(h27[1].date == d(2027, 3, 29));
    CHECK(h27[3].date == d(2027, 5, 6));
    CHECK(h27[4].date == d(2027, 5, 17));
    CHECK(h27[1].name(core::Language::nl) == "Paasmaandag");
    CHECK(h27[1].name(core::Language::fr) == "Lundi de Pâques");
    CHECK(h27[1].name(core::Language::en) == "Easter Monday");
}

TEST_CASE("Ascension on Labour Day: 1 May 2008 is one holiday listed twice, in order") {
    auto hs = core::belgian_holidays(2008);
    CHECK(hs[2].date == d(2008, 5, 1));
    CHECK(hs[3].date == d(2008, 5, 1));
}

TEST_CASE("every year 2000-2100: ten holidays in order on the right weekdays") {
    for (int y = 2000; y <= 2100; ++y) {
        CAPTURE(y);
        auto hs = core::belgian_holidays(y);
        REQUIRE(hs.size() == 10);
        for (size_t i = 1; i < hs.size(); ++i) {
            CHECK(hs[i - 1].date <= hs[i].date);
        }
        auto easter = core::easter_sunday(y);
        CHECK(date::weekday{date::sys_days{easter}} == date::Sunday);
        CHECK(d(y, 3, 22) <= easter);
        CHECK(easter <= d(y, 4, 25));
        for (const auto& h : hs) {
            if (h.key == "easter_monday" || h.key == "whit_monday") {
                CHECK(date::weekday{date::sys_days{h.date}} == date::Monday);
            }
            if (h.key == "ascension") {
                CHECK(date::weekday{date::sys_days{h.date}} == date::Thursday);
            }
        }
    }
}
