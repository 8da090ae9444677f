// iCalendar from outside, as `agenda import` reads it: lines unfolded within
// the limits, components split, each VEVENT parsed by libical with the zones it
// names, its rule checked and then expanded over a year, as the agenda lists it.

#include "officectl/agenda/ics.hpp"
#include "officectl/agenda/recurrence.hpp"
#include "officectl/core/error.hpp"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace officectl;
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    try {
        agenda::read_ics(
            in, "fuzz.ics", "Europe/Brussels",
            [](agenda::IcsEvent&& ev) {
                // What the import takes in passed check_series: it must expand.
                auto from = ev.appt.start;
                (void)agenda::expand(ev.appt, from, from + date::years{1});
                (void)agenda::series_end(ev.appt);
                if (ev.appt.rrule) {
                    (void)agenda::describe_rrule(*ev.appt.rrule);
                }
            },
            [](int, const std::string&) {});
    } catch (const Error&) {
    }
    return 0;
}
