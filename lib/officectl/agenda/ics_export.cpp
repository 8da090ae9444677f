// Appointments to a VCALENDAR.

#include "officectl/agenda/ics.hpp"
#include "officectl/agenda/ical_module.hpp"

#include "officectl/agenda/ical_time.hpp"

#include "officectl/core/datetime.hpp"
#include "officectl/core/clock.hpp"

#include <date/tz.h>
#include <fmt/format.h>
#include <libical/ical.h>

#include <memory>
#include <set>

namespace officectl::agenda::libical {
namespace {

struct ComponentDeleter {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};


icaltimetype ical_utc(core::Instant t) {
    auto v = to_ical(date::local_seconds{t.time_since_epoch()}, false);
    v.zone = icaltimezone_get_utc_timezone();
    return v;
}

// A time property (DTSTART, DTEND, EXDATE, RECURRENCE-ID) in the appointment's zone.
icalproperty* time_property(icalproperty* (*make)(icaltimetype), const Appointment& a, core::Instant t) {
    if (a.all_day) {
        auto p = make(to_ical(core::to_local(t, a.zone), true));
        return p;
    }
    if (a.zone == "UTC") {
        return make(ical_utc(t));
    }
    auto p = make(to_ical(core::to_local(t, a.zone), false));
    icalproperty_add_parameter(p, icalparameter_new_tzid(a.zone.c_str()));
    return p;
}

// VTIMEZONE with one observance per transition in [from, to): explicit and exact,
// taken from the system's tz database.
icalcomponent* vtimezone(const std::string& zone, core::Instant from, core::Instant to) {
    auto* tz = core::locate_zone(zone);
    auto* vtz = icalcomponent_new_vtimezone();
    icalcomponent_add_property(vtz, icalproperty_new_tzid(zone.c_str()));
    auto info = tz->get_info(from);
    // The observance in force at `from`, then every change until `to`.
    auto prev = info.begin > date::sys_seconds::min() + date::days{1} ? tz->get_info(info.begin - std::chrono::seconds{1})
                                                                          : info;
    for (int guard = 0; guard < 1000; ++guard) {
        auto* obs = info.save != std::chrono::minutes{0} ? icalcomponent_new_xdaylight() : icalcomponent_new_xstandard();
        auto start = info.begin < from - date::years{1} ? from - date::years{1} : info.begin;
        auto local_start = date::local_seconds{(start + prev.offset).time_since_epoch()};
        icalcomponent_add_property(obs, icalproperty_new_dtstart(to_ical(local_start, false)));
        icalcomponent_add_property(obs, icalproperty_new_tzoffsetfrom(int(prev.offset.count())));
        icalcomponent_add_property(obs, icalproperty_new_tzoffsetto(int(info.offset.count())));
        icalcomponent_add_property(obs, icalproperty_new_tzname(info.abbrev.c_str()));
        icalcomponent_add_component(vtz, obs);
        if (info.end >= to || info.end == date::sys_seconds::max()) {
            break;
        }
        prev = info;
        info = tz->get_info(info.end);
    }
    return vtz;
}

icalproperty* person_property(icalproperty* (*make)(const char*), const std::string& handle,
                              const std::map<std::string, PersonAddress>& people) {
    auto it = people.find(handle);
    // Someone without an address still needs a calendar address: a reserved domain (RFC 2606).
    std::string email = it != people.end() && it->second.email && !it->second.email->empty() ? *it->second.email
                                                                                              : handle + "@officectl.invalid";
    auto* p = make(("mailto:" + email).c_str());
    if (it != people.end()) {
        icalproperty_add_parameter(p, icalparameter_new_cn(it->second.name.c_str()));
    }
    auto* x = icalparameter_new_x(handle.c_str());
    icalparameter_set_xname(x, "X-OFFICECTL-HANDLE");
    icalproperty_add_parameter(p, x);
    return p;
}

icalproperty_status ical_status(Status s) {
    switch (s) {
    case Status::tentative: return ICAL_STATUS_TENTATIVE;
    case Status::cancelled: return ICAL_STATUS_CANCELLED;
    default: return ICAL_STATUS_CONFIRMED;
    }
}

icalcomponent* vevent(const Appointment& a, const std::map<std::string, PersonAddress>& people, core::Instant now,
                      bool show_confidential) {
    auto* ev = icalcomponent_new_vevent();
    icalcomponent_add_property(ev, icalproperty_new_uid(a.uid.c_str()));
    icalcomponent_add_property(ev, icalproperty_new_dtstamp(ical_utc(now)));
    icalcomponent_add_property(ev, icalproperty_new_sequence(a.sequence));
    icalcomponent_add_property(ev, icalproperty_new_summary(a.title.c_str()));
    icalcomponent_add_property(ev, time_property(icalproperty_new_dtstart, a, a.start));
    icalcomponent_add_property(ev, time_property(icalproperty_new_dtend, a, a.end));
    if (a.recurrence_id) {
        icalcomponent_add_property(ev, time_property(icalproperty_new_recurrenceid, a, *a.recurrence_id));
    }
    if (a.rrule) {
        auto rule = read_rrule(*a.rrule); // the property copies what it needs
        icalcomponent_add_property(ev, icalproperty_new_rrule(rule));
    }
    for (auto t : a.exdates) {
        icalcomponent_add_property(ev, time_property(icalproperty_new_exdate, a, t));
    }
    icalcomponent_add_property(ev, icalproperty_new_status(ical_status(a.status)));
    if (a.confidential) {
        icalcomponent_add_property(ev, icalproperty_new_class(ICAL_CLASS_CONFIDENTIAL));
    }
    if (a.room || a.location) {
        icalcomponent_add_property(ev, icalproperty_new_location(a.room ? a.room->c_str() : a.location->c_str()));
    }
    if (a.room) {
        auto* x = icalproperty_new_x(a.room->c_str());
        icalproperty_set_x_name(x, "X-OFFICECTL-ROOM");
        icalcomponent_add_property(ev, x);
    }
    if (a.note && (!a.confidential || show_confidential)) {
        icalcomponent_add_property(ev, icalproperty_new_description(a.note->c_str()));
    }
    if (a.owner) {
        icalcomponent_add_property(ev, person_property(icalproperty_new_organizer, *a.owner, people));
    }
    for (const auto& h : a.who) {
        icalcomponent_add_property(ev, person_property(icalproperty_new_attendee, h, people));
    }
    for (const auto& e : a.external) {
        icalcomponent_add_property(ev, icalproperty_new_attendee(("mailto:" + e).c_str()));
    }
    return ev;
}

} // namespace

std::string to_ics(const std::vector<Appointment>& appts, const std::map<std::string, PersonAddress>& people,
                   core::Instant now, bool show_confidential) {
    std::unique_ptr<icalcomponent, ComponentDeleter> cal{icalcomponent_new_vcalendar()};
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//officectl//officectl//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    // The span each zone must cover: from the first start to the last end, and
    // ten years ahead for endless series.
    std::map<std::string, std::pair<core::Instant, core::Instant>> spans;
    for (const auto& a : appts) {
        if (a.zone == "UTC" || a.all_day) {
            continue;
        }
        auto last = a.end;
        if (a.rrule) {
            last = std::max(a.end, now) + date::years{10};
        }
        auto [it, fresh] = spans.try_emplace(a.zone, a.start, last);
        if (!fresh) {
            it->second.first = std::min(it->second.first, a.start);
            it->second.second = std::max(it->second.second, last);
        }
    }
    for (const auto& [zone, span] : spans) {
        icalcomponent_add_component(cal.get(), vtimezone(zone, span.first, span.second));
    }
    for (const auto& a : appts) {
        icalcomponent_add_component(cal.get(), vevent(a, people, now, show_confidential));
    }
    char* text = icalcomponent_as_ical_string_r(cal.get());
    std::string out(text);
    std::free(text);
    return out;
}

} // namespace officectl::agenda::libical
