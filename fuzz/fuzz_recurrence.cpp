// Recurrence rules (RRULE text) from outside: checked as an import checks them,
// then expanded over windows as the agenda does, through officectl's own
// expansion of the common rules and through libical for the rest. The first
// line is the rule, the second (optional) the series' start as
// YYYY-MM-DDTHH:MM in Europe/Brussels.

#include "officectl/agenda/recurrence.hpp"
#include "officectl/core/clock.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace officectl;
    std::string text(reinterpret_cast<const char*>(data), size);
    if (text.size() > 4096) {
        return -1;
    }
    auto nl = text.find('\n');
    agenda::Appointment a;
    a.id = 1;
    a.title = "fuzz";
    a.zone = "Europe/Brussels";
    a.rrule = text.substr(0, nl);
    static const core::Clock clock = core::Clock::pinned("2026-12-02", "Europe/Brussels");
    a.start = core::parse_datetime("2026-12-01 10:00", clock).utc;
    if (nl != std::string::npos) {
        try {
            a.start = core::parse_datetime(text.substr(nl + 1), clock).utc;
        } catch (const Error&) {
        }
    }
    a.end = a.start + std::chrono::hours{1};
    try {
        agenda::check_series(a);
    } catch (const Error&) {
        return 0; // refused at import: never stored
    }
    try {
        for (int year : {0, 1, 30}) {
            auto from = a.start + date::years{year};
            auto simple = agenda::expand(a, from, from + date::months{2});
            (void)agenda::describe_rrule(*a.rrule);
            (void)simple;
        }
        (void)agenda::series_end(a);
    } catch (const Error&) {
    }
    return 0;
}
