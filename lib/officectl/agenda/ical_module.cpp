// Recurrence rules and iCalendar files, through the iCalendar module (ical_module.hpp).
#include "officectl/agenda/ical_module.hpp"

#include "officectl/core/module.hpp"

namespace officectl::agenda {
namespace {

const IcalModule& ical() { return core::module_table(officectl_ical_module, "officectl-ical.so", "officectl_ical_module"); }

} // namespace

std::string build_rrule(const RecurrenceSpec& spec, core::Instant start, const std::string& zone, bool all_day) {
    return ical().build_rrule(spec, start, zone, all_day);
}

void check_rrule(const std::string& rrule) { ical().check_rrule(rrule); }

void check_series(const Appointment& series) { ical().check_series(series); }

std::string describe_rrule(const std::string& rrule, const std::string& zone) {
    return ical().describe_rrule(rrule, zone);
}

std::vector<core::Instant> expand(const Appointment& series, core::Instant from, core::Instant to, std::size_t limit) {
    return ical().expand(series, from, to, limit);
}

std::vector<core::Instant> expand_with_libical(const Appointment& series, core::Instant from, core::Instant to,
                                               std::size_t limit) {
    return ical().expand_with_libical(series, from, to, limit);
}

std::optional<core::Instant> series_end(const Appointment& series) { return ical().series_end(series); }

std::string to_ics(const std::vector<Appointment>& appts, const std::map<std::string, PersonAddress>& people,
                   core::Instant now, bool show_confidential) {
    return ical().to_ics(appts, people, now, show_confidential);
}

void read_ics(std::istream& in, const std::string& name, const std::string& floating_zone,
              const std::function<void(IcsEvent&&)>& on_event,
              const std::function<void(int line, const std::string& why)>& on_skip) {
    ical().read_ics(in, name, floating_zone, on_event, on_skip);
}

} // namespace officectl::agenda
