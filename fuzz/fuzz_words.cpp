// The parsers of what people type and exports write: dates and date words
// (`today`, `fri`, `+3d`, `2026-W49`, `3/2/2027`), ranges, periods, durations,
// date-times, amounts (with each decimal mark), exchange rates and what they
// convert (the largest amount included, so an overflow shows). A parser may refuse the text
// with officectl's Error; anything else (a crash, another exception, a hang)
// is a finding.

#include "officectl/core/clock.hpp"
#include "officectl/core/dates.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/money.hpp"
#include "officectl/core/money_math.hpp"
#include "officectl/core/period.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

template <typename F> void refused_or_parsed(F parse) {
    try {
        parse();
    } catch (const officectl::Error&) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace officectl;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    static const core::Date today{date::year{2026}, date::December, date::day{2}};
    static const core::Clock clock = core::Clock::pinned("2026-12-02", "Europe/Brussels");
    (void)core::parse_iso_date(text);
    (void)core::parse_export_date(text);
    (void)core::parse_utc(text);
    refused_or_parsed([&] { (void)core::parse_date(text, today); });
    refused_or_parsed([&] { (void)core::parse_range(text, today); });
    refused_or_parsed([&] { (void)core::parse_period(text); });
    refused_or_parsed([&] { (void)core::parse_duration_minutes(text); });
    refused_or_parsed([&] { (void)core::parse_datetime(text, clock); });
    for (auto mark : {core::DecimalMark::unknown, core::DecimalMark::comma, core::DecimalMark::point}) {
        refused_or_parsed([&] {
            auto m = core::parse_money(text, "EUR", mark);
            (void)core::format_money(m, core::Language::nl);
            (void)core::money_decimal(m);
        });
    }
    refused_or_parsed([&] {
        auto rate = core::parse_rate(text);
        (void)core::format_rate(rate);
        static const core::Money some = core::parse_money("1234,56", "EUR", core::DecimalMark::comma);
        static const core::Money most{INT64_MAX, "EUR"};
        static const core::Money least{INT64_MIN + 1, "EUR"};
        for (const auto* m : {&some, &most, &least}) {
            refused_or_parsed([&] { (void)core::convert(*m, rate, "USD"); });
        }
    });
    return 0;
}
