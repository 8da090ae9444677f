#include "officectl/core/error.hpp"
#include "officectl/core/money.hpp"

#include <doctest/doctest.h>

using namespace officectl;
using core::Money;

namespace {
std::int64_t cents(const char* text) { return core::parse_money(text).cents; }
} // namespace

TEST_CASE("amounts in Belgian and international notation") {
    CHECK(cents("1234.56") == 123456);
    CHECK(cents("1.234,56") == 123456);
    CHECK(cents("1 234,56") == 123456);
    CHECK(cents("1\xc2\xa0" "234,56") == 123456); // no-break space
    CHECK(cents("1,234.56") == 123456);
    CHECK(cents("5.000,00") == 500000);
    CHECK(cents("1,5") == 150);       // otherwise a decimal
    CHECK(cents("12") == 1200);
    CHECK(cents("-5,5") == -550);
    CHECK(cents("1.234.567") == 123456700);
    CHECK(core::parse_money("€ 12") == Money{1200, "EUR"});
    CHECK(core::parse_money("12 EUR") == Money{1200, "EUR"});
    CHECK(core::parse_money("12,50 usd") == Money{1250, "USD"});
    CHECK(core::parse_money("£3", "EUR") == Money{300, "GBP"});
    CHECK(core::parse_money("7", "USD") == Money{700, "USD"});
}

TEST_CASE("one separator before three digits is ambiguous: refused, unless the decimal mark is known") {
    // It read `0.001` as 1 (booking € 1,00) and a CSV's `12.345` as 12345.
    auto why = [](const char* text, core::DecimalMark mark = core::DecimalMark::unknown) {
        try {
            core::parse_money(text, "EUR", mark);
        } catch (const Error& e) {
            CHECK(e.code() == ExitCode::data);
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    CHECK(why("12.345").rfind("invalid amount \"12.345\": is '.' a thousands separator or the decimal mark?", 0) == 0);
    CHECK(why("5,000").find("is ',' a thousands separator") != std::string::npos);
    CHECK(why("0.001") == "invalid amount \"0.001\": at most two decimals"); // never thousands
    CHECK(why("0.001", core::DecimalMark::comma) == "invalid amount \"0.001\": misplaced thousands separator");
    CHECK(core::parse_money("12.345", "EUR", core::DecimalMark::comma).cents == 1234500);
    CHECK(why("12.345", core::DecimalMark::point) == "invalid amount \"12.345\": at most two decimals");
    CHECK(core::parse_money("12,345", "EUR", core::DecimalMark::point).cents == 1234500);
    CHECK(core::parse_money("1.234,5", "EUR", core::DecimalMark::comma).cents == 123450);
    CHECK(why("1.234,56", core::DecimalMark::point) == "invalid amount \"1.234,56\": at most two decimals");
    // Unambiguous amounts need no mark.
    CHECK(cents("5.000,00") == 500000);
    CHECK(cents("1.234.567") == 123456700);
    CHECK(cents("0,50") == 50);
    CHECK(core::parse_decimal_mark("comma") == core::DecimalMark::comma);
    CHECK_FALSE(core::parse_decimal_mark("dot-ish"));
}

TEST_CASE("malformed amounts are data errors") {
    for (const char* bad : {"", "abc", "1.2.3,4", "12,345,67", "1,2345", "12.345,678", "12 EURO", "1..2", "--1"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(core::parse_money(bad), Error);
    }
}

TEST_CASE("formatting per language, and plain decimals") {
    Money m{123456, "EUR"};
    CHECK(core::format_money(m, core::Language::nl) == "€ 1.234,56");
    CHECK(core::format_money(m, core::Language::fr) == "1.234,56 €");
    CHECK(core::format_money(m, core::Language::en) == "€1,234.56");
    CHECK(core::format_money(Money{-5, "EUR"}, core::Language::nl) == "€ -0,05");
    CHECK(core::format_money(Money{100000000, "USD"}, core::Language::en) == "USD 1,000,000.00");
    CHECK(core::money_decimal(m) == "1234.56");
    CHECK(core::money_decimal(Money{-5, "EUR"}) == "-0.05");
    CHECK(core::money_decimal(m, ',') == "1234,56");
}
