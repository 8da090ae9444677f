#include "officectl/core/dates.hpp"
#include "officectl/core/error.hpp"

#include <doctest/doctest.h>

using namespace officectl;
using core::Date;

namespace {
Date d(int y, unsigned m, unsigned day) { return Date{date::year{y}, date::month{m}, date::day{day}}; }
const Date k_wed = d(2026, 12, 2); // a Wednesday
} // namespace

TEST_CASE("ISO dates are strict and must name a real day") {
    CHECK(core::parse_iso_date("2026-12-02") == k_wed);
    CHECK(core::parse_iso_date("2028-02-29") == d(2028, 2, 29));
    CHECK_FALSE(core::parse_iso_date("2026-02-29"));
    CHECK_FALSE(core::parse_iso_date("2026-02-30"));
    CHECK_FALSE(core::parse_iso_date("2026-13-01"));
    CHECK_FALSE(core::parse_iso_date("2026-1-01"));
    CHECK_FALSE(core::parse_iso_date("02/12/2026"));
}

TEST_CASE("dates from exports: ISO or day first, never month first") {
    CHECK(core::parse_export_date("2027-02-03") == d(2027, 2, 3));
    CHECK(core::parse_export_date("03/02/2027") == d(2027, 2, 3));
    CHECK(core::parse_export_date("3/2/2027") == d(2027, 2, 3));
    CHECK(core::parse_export_date(" 03-02-2027 ") == d(2027, 2, 3));
    CHECK(core::parse_export_date("03.02.2027") == d(2027, 2, 3));
    CHECK(core::parse_export_date("31/12/2027") == d(2027, 12, 31));
    CHECK_FALSE(core::parse_export_date("12/31/2027")); // month first: no 31st month
    CHECK_FALSE(core::parse_export_date("30/02/2027"));
    CHECK_FALSE(core::parse_export_date("03/02-2027")); // mixed separators
    CHECK_FALSE(core::parse_export_date("03/02/27"));   // a two-digit year is ambiguous
    CHECK_FALSE(core::parse_export_date("gisteren"));
}

TEST_CASE("date words are relative to the given today") {
    CHECK(core::parse_date("today", k_wed) == k_wed);
    CHECK(core::parse_date("Tomorrow", k_wed) == d(2026, 12, 3));
    CHECK(core::parse_date("yesterday", k_wed) == d(2026, 12, 1));
    CHECK(core::parse_date("fri", k_wed) == d(2026, 12, 4));
    CHECK(core::parse_date("friday", k_wed) == d(2026, 12, 4));
    CHECK(core::parse_date("wed", k_wed) == d(2026, 12, 9)); // the next one, today excluded
    CHECK(core::parse_date("mon", k_wed) == d(2026, 12, 7));
    CHECK(core::parse_date("+3d", k_wed) == d(2026, 12, 5));
    CHECK(core::parse_date("-2w", k_wed) == d(2026, 11, 18));
    CHECK(core::parse_date("+1m", d(2027, 1, 31)) == d(2027, 2, 28));
    CHECK(core::parse_date("+1m", d(2028, 1, 31)) == d(2028, 2, 29));
    CHECK(core::parse_date("+1y", d(2028, 2, 29)) == d(2029, 2, 28));
    CHECK(core::parse_date("2026-W49", k_wed) == d(2026, 11, 30));
    CHECK(core::parse_date("2026-W01", k_wed) == d(2025, 12, 29));
    CHECK(core::parse_date("2026-12", k_wed) == d(2026, 12, 1));
}

TEST_CASE("bad dates are data errors that quote the input") {
    auto fails = [](const char* text) {
        try {
            core::parse_date(text, k_wed);
        } catch (const Error& e) {
            CHECK(e.code() == ExitCode::data);
            CHECK(std::string(e.what()).find(text) != std::string::npos);
            return true;
        }
        return false;
    };
    CHECK(fails("2026-02-30"));
    CHECK(fails("someday"));
    CHECK(fails("+3x"));
    CHECK(fails("2026-W54"));
    CHECK(fails("2026-13"));
    CHECK(fails(""));
}

TEST_CASE("ranges") {
    CHECK(core::parse_range("this-week", k_wed) == core::DateRange{d(2026, 11, 30), d(2026, 12, 6)});
    CHECK(core::parse_range("next-week", k_wed) == core::DateRange{d(2026, 12, 7), d(2026, 12, 13)});
    CHECK(core::parse_range("this-month", k_wed) == core::DateRange{d(2026, 12, 1), d(2026, 12, 31)});
    CHECK(core::parse_range("next-month", k_wed) == core::DateRange{d(2027, 1, 1), d(2027, 1, 31)});
    CHECK(core::parse_range("next-month", d(2027, 1, 31)) == core::DateRange{d(2027, 2, 1), d(2027, 2, 28)});
    CHECK(core::parse_range("2026-W53", k_wed) == core::DateRange{d(2026, 12, 28), d(2027, 1, 3)});
    CHECK(core::parse_range("2024-02", k_wed) == core::DateRange{d(2024, 2, 1), d(2024, 2, 29)});
    CHECK(core::parse_range("2027", k_wed) == core::DateRange{d(2027, 1, 1), d(2027, 12, 31)});
    CHECK(core::parse_range("today..+3d", k_wed) == core::DateRange{k_wed, d(2026, 12, 5)});
    CHECK(core::parse_range("2026-12-24", k_wed) == core::DateRange{d(2026, 12, 24), d(2026, 12, 24)});
    CHECK_THROWS_AS(core::parse_range("+3d..today", k_wed), Error);
}

TEST_CASE("ISO week names and month arithmetic") {
    CHECK(core::iso_week_name(d(2026, 12, 2)) == "2026-W49");
    CHECK(core::iso_week_name(d(2027, 1, 1)) == "2026-W53");
    CHECK(core::iso_week_name(d(2024, 12, 30)) == "2025-W01");
    CHECK(core::add_months(d(2026, 1, 31), 1) == d(2026, 2, 28));
    CHECK(core::add_months(d(2026, 3, 31), -1) == d(2026, 2, 28));
    CHECK(core::add_months(d(2026, 10, 31), 2) == d(2026, 12, 31));
    CHECK(core::days_between(d(2026, 12, 1), d(2027, 1, 1)) == 31);
    CHECK(core::format_date(d(2026, 1, 5)) == "2026-01-05");
}
