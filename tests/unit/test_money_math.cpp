#include "officectl/core/error.hpp"
#include "officectl/core/money_math.hpp"

#include <doctest/doctest.h>

#include <cstdint>

using namespace officectl;
using core::Money;

TEST_CASE("money: amounts in two currencies are never added") {
    CHECK(core::add(Money{1250, "EUR"}, Money{-250, "EUR"}) == Money{1000, "EUR"});
    CHECK_THROWS_AS(core::add(Money{1250, "EUR"}, Money{100, "USD"}), Error);
    CHECK_THROWS_AS(core::add(Money{INT64_MAX, "EUR"}, Money{1, "EUR"}), Error);

    core::Totals t;
    CHECK(t.empty());
    t.add(Money{1000, "EUR"});
    t.add(Money{550, "USD"});
    t.add(Money{200, "EUR"});
    CHECK(t.mixed());
    REQUIRE(t.per_currency().size() == 2);
    CHECK(t.per_currency()[0] == Money{1200, "EUR"});
    CHECK(t.per_currency()[1] == Money{550, "USD"});
    CHECK(t.in("USD") == Money{550, "USD"});
    CHECK(t.in("GBP") == Money{0, "GBP"});
    CHECK(t.text() == "12.00 EUR + 5.50 USD");
    core::Totals one;
    one.add(Money{99, "EUR"});
    CHECK_FALSE(one.mixed());
}

TEST_CASE("money: scaling is exact integer arithmetic, rounded half away from zero once") {
    // 0,25 a year for 6 months is 0,125: 0,13 (floating point made it 0,12).
    CHECK(core::scale_cents(25, 6, 12) == 13);
    CHECK(core::scale_cents(7, 6, 12) == 4);
    CHECK(core::scale_cents(-25, 6, 12) == -13);
    CHECK(core::scale_cents(100, 1, 3) == 33);
    CHECK(core::scale_cents(200, 1, 3) == 67);
    // Far beyond what a double holds exactly (2^53 cents).
    CHECK(core::scale_cents(9007199254740993, 1, 1) == 9007199254740993);
    CHECK(core::scale_cents(9007199254740993, 12, 12) == 9007199254740993);
    CHECK_THROWS_AS(core::scale_cents(INT64_MAX, 2, 1), Error);
}

TEST_CASE("money: a rate the user gives converts exactly") {
    CHECK(core::parse_rate("0.9235") == core::Rate{9235, 10000});
    CHECK(core::parse_rate("0,92") == core::Rate{92, 100});
    CHECK(core::parse_rate("25") == core::Rate{25, 1});
    CHECK(core::format_rate(core::parse_rate("1.1650")) == "1.165");
    CHECK(core::format_rate(core::parse_rate("2")) == "2");
    for (const char* bad : {"", "0", "-1", "1.2.3", "abc", "0.123456789", "1e3"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(core::parse_rate(bad), Error);
    }
    // 120,00 USD at 0.92: 110,40 EUR; 250,00 GBP at 1.1650: 291,25 EUR; 0,05 at 0.5: 0,03 (half away).
    CHECK(core::convert(Money{12000, "USD"}, core::parse_rate("0.92"), "EUR") == Money{11040, "EUR"});
    CHECK(core::convert(Money{25000, "GBP"}, core::parse_rate("1.1650"), "EUR") == Money{29125, "EUR"});
    CHECK(core::convert(Money{5, "USD"}, core::parse_rate("0.5"), "EUR") == Money{3, "EUR"});
}
