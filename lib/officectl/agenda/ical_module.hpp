#pragma once
// The iCalendar module (officectl-ical.so): recurrence rules and .ics files
// through libical, which brings ICU (three large shared objects). They are
// loaded by the commands that use a rule or a calendar file, not by every start
// (core/module.hpp). recurrence.hpp and ics.hpp are the interface the rest of
// officectl calls; this is the table behind it.
#include "officectl/agenda/ics.hpp"
#include "officectl/agenda/recurrence.hpp"

namespace officectl::agenda {

struct IcalModule {
    decltype(&agenda::build_rrule) build_rrule;
    decltype(&agenda::check_rrule) check_rrule;
    decltype(&agenda::check_series) check_series;
    decltype(&agenda::describe_rrule) describe_rrule;
    decltype(&agenda::expand) expand;
    decltype(&agenda::expand_with_libical) expand_with_libical;
    decltype(&agenda::series_end) series_end;
    decltype(&agenda::to_ics) to_ics;
    decltype(&agenda::read_ics) read_ics;
};

// The module's own implementations (recurrence.cpp, ics_export.cpp, ics_read.cpp),
// as recurrence.hpp and ics.hpp describe them.
namespace libical {
std::string build_rrule(const RecurrenceSpec& spec, core::Instant start, const std::string& zone, bool all_day);
void check_rrule(const std::string& rrule);
void check_series(const Appointment& series);
std::string describe_rrule(const std::string& rrule, const std::string& zone);
std::vector<core::Instant> expand(const Appointment& series, core::Instant from, core::Instant to, std::size_t limit);
std::vector<core::Instant> expand_with_libical(const Appointment& series, core::Instant from, core::Instant to,
                                               std::size_t limit);
std::optional<core::Instant> series_end(const Appointment& series);
std::string to_ics(const std::vector<Appointment>& appts, const std::map<std::string, PersonAddress>& people,
                   core::Instant now, bool show_confidential);
void read_ics(std::istream& in, const std::string& name, const std::string& floating_zone,
              const std::function<void(IcsEvent&&)>& on_event,
              const std::function<void(int line, const std::string& why)>& on_skip);
} // namespace libical

} // namespace officectl::agenda

// The module's entry (ical_module_entry.cpp); weak, so that it is null where the
// module is not linked in.
extern "C" const officectl::agenda::IcalModule* officectl_ical_module() __attribute__((weak));
