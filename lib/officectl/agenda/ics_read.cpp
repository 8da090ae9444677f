// A calendar file to IcsEvents, one VEVENT at a time.

#include "officectl/agenda/ics.hpp"
#include "officectl/agenda/ical_module.hpp"

#include "officectl/agenda/ical_time.hpp"
#include "officectl/agenda/recurrence.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/limits.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/io/line_reader.hpp"

#include <date/date.h>
#include <date/tz.h>
#include <fmt/format.h>
#include <libical/ical.h>
#include <unicode/ucal.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <cstring>
#include <memory>

namespace officectl::agenda::libical {
namespace {

struct ComponentDeleter {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

// Outlook and Exchange write Windows zone names ("W. Europe Standard Time"): ICU's
// table (CLDR's windowsZones, every zone Windows has) gives the IANA name.
std::optional<std::string> windows_zone(const std::string& name) {
    if (name.empty() || name.size() > 128 ||
        !std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        return std::nullopt; // Windows names are short ASCII
    }
    std::u16string windows(name.begin(), name.end());
    UChar id[128];
    UErrorCode status = U_ZERO_ERROR;
    auto length = ucal_getTimeZoneIDForWindowsID(windows.data(), static_cast<int32_t>(windows.size()), nullptr, id,
                                                  static_cast<int32_t>(std::size(id)), &status);
    if (U_FAILURE(status) || length <= 0 || length >= static_cast<int32_t>(std::size(id))) {
        return std::nullopt;
    }
    return std::string(id, id + length); // IANA names are ASCII too
}

bool known_zone(const std::string& name) {
    if (name == "UTC") {
        return true;
    }
    try {
        core::locate_zone(name);
        return true;
    } catch (const Error&) {
        return false;
    }
}

// An IANA name for a TZID: itself, a path ending in one
// (`/mozilla.org/20050126_1/Europe/Brussels`), or a Windows name; nullopt otherwise.
std::optional<std::string> iana_zone(std::string tzid) {
    tzid = std::string(core::trim(tzid));
    if (tzid.size() >= 2 && tzid.front() == '"' && tzid.back() == '"') {
        tzid = tzid.substr(1, tzid.size() - 2);
    }
    if (tzid == "UTC") {
        return tzid;
    }
    if (auto iana = windows_zone(tzid); iana && known_zone(*iana)) {
        return iana;
    }
    for (size_t from = 0; from != std::string::npos;) {
        auto candidate = tzid.substr(from);
        if (!candidate.empty() && known_zone(candidate)) {
            return candidate;
        }
        auto slash = tzid.find('/', from);
        from = slash == std::string::npos ? slash : slash + 1;
    }
    return std::nullopt;
}


// Whether `zone` turns every local noon of `year` into the same instant as the VTIMEZONE.
bool same_clock(icaltimezone* z, const std::string& zone, int year) {
    for (auto day = date::local_days{date::year{year} / 1 / 1}; day < date::local_days{date::year{year + 1} / 1 / 1};
         day += date::days{1}) {
        auto noon = day + std::chrono::hours{12};
        date::year_month_day ymd{day};
        icaltimetype t = icaltime_null_time();
        t.year = year;
        t.month = int(unsigned(ymd.month()));
        t.day = int(unsigned(ymd.day()));
        t.hour = 12;
        if (icaltime_as_timet_with_zone(t, z) != core::from_local_lenient(noon, zone).time_since_epoch().count()) {
            return false;
        }
    }
    return true;
}

// The IANA zone that keeps the VTIMEZONE's clock: first those named like the
// TZID ("Sydney"), then the office's, then any. Remembered per TZID and year.
std::optional<std::string> zone_like(icaltimezone* z, const std::string& tzid, int year, const std::string& office) {
    static std::map<std::pair<std::string, int>, std::optional<std::string>> found;
    auto key = std::make_pair(tzid, year);
    if (auto it = found.find(key); it != found.end()) {
        return it->second;
    }
    std::vector<std::string> named, rest;
    std::vector<std::string> words;
    std::string word;
    for (char c : tzid + " ") {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word += c;
        } else {
            if (word.size() > 3) {
                words.push_back(word);
            }
            word.clear();
        }
    }
    for (const auto& zone : date::get_tzdb().zones) {
        auto name = std::string(zone.name());
        bool like = std::any_of(words.begin(), words.end(), [&](const std::string& w) { return name.find(w) != std::string::npos; });
        (like ? named : rest).push_back(name);
    }
    named.push_back(office);
    named.insert(named.end(), rest.begin(), rest.end());
    std::optional<std::string> result;
    for (const auto& name : named) {
        if (same_clock(z, name, year)) {
            result = name;
            break;
        }
    }
    found[key] = result;
    return result;
}

struct Resolved {
    core::Instant utc;
    std::string zone;
    bool is_date = false;
};

// A time property's value in UTC, with the zone it follows. nullopt: an unknown zone.
std::optional<Resolved> resolve(icalcomponent* cal, icalproperty* p, icaltimetype t, const std::string& floating_zone) {
    if (t.is_date) {
        return Resolved{core::from_local_lenient(from_ical(t), floating_zone), floating_zone, true};
    }
    if (icaltime_is_utc(t)) {
        return Resolved{core::Instant{from_ical(t).time_since_epoch()}, "UTC", false};
    }
    auto* param = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    if (!param || !icalparameter_get_tzid(param) || !*icalparameter_get_tzid(param)) {
        return Resolved{core::from_local_lenient(from_ical(t), floating_zone), floating_zone, false};
    }
    std::string tzid = icalparameter_get_tzid(param);
    if (auto zone = iana_zone(tzid)) {
        return Resolved{core::from_local_lenient(from_ical(t), *zone), *zone, false};
    }
    // A zone only the file defines (Outlook's "Canberra, Melbourne, Sydney"): the
    // IANA zone that keeps the same clock all year, so a series follows the right
    // DST rules; failing that, libical applies the file's VTIMEZONE to this time.
    if (auto* z = icalcomponent_get_timezone(cal, tzid.c_str())) {
        // Matched on a year libical covers: it expands a VTIMEZONE up to 2035 only,
        // and asked about a year past that expands it again on every call (an event
        // ending in 4044 took minutes: found by fuzz_ics). The zone found then
        // gives the time in any year by its own rules.
        if (auto zone = zone_like(z, tzid, std::clamp(t.year, 1970, 2030), floating_zone)) {
            return Resolved{core::from_local_lenient(from_ical(t), *zone), *zone, false};
        }
        auto secs = icaltime_as_timet_with_zone(t, z);
        return Resolved{core::Instant{std::chrono::seconds{secs}}, floating_zone, false};
    }
    return std::nullopt;
}

// The line of the block that holds `needle`, else the block's first line.
int line_of(const std::vector<std::string>& block, int first_line, const std::string& needle) {
    if (!needle.empty()) {
        for (size_t i = 0; i < block.size(); ++i) {
            if (block[i].find(needle) != std::string::npos) {
                return first_line + static_cast<int>(i);
            }
        }
    }
    return first_line;
}

// libical drops a property it cannot read and says so in an X-LIC-ERROR. Losing
// a LOCATION or an unknown property is fine; losing the times or the rule is not.
bool is_fatal(const std::string& message) {
    if (message.rfind("No value for", 0) == 0) {
        return false; // an empty property: nothing was lost
    }
    for (const char* key : {"DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID", "UID"}) {
        auto k = std::string(key);
        if (message.find(" " + k + " property") != std::string::npos ||
            message.find("property " + k + ":") != std::string::npos) {
            return true;
        }
    }
    return false;
}

// The first parse error libical left in the component.
std::optional<std::string> parse_error(icalcomponent* c) {
    if (auto* p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY)) {
        return std::string(icalproperty_get_xlicerror(p));
    }
    for (auto* sub = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); sub;
         sub = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT)) {
        if (auto e = parse_error(sub)) {
            return e;
        }
    }
    return std::nullopt;
}

std::string x_handle(icalproperty* p) {
    for (auto* prm = icalproperty_get_first_parameter(p, ICAL_X_PARAMETER); prm;
         prm = icalproperty_get_next_parameter(p, ICAL_X_PARAMETER)) {
        if (icalparameter_get_xname(prm) && std::strcmp(icalparameter_get_xname(prm), "X-OFFICECTL-HANDLE") == 0) {
            return icalparameter_get_xvalue(prm) ? icalparameter_get_xvalue(prm) : "";
        }
    }
    return {};
}

std::string mail_address(const char* value) {
    std::string v = value ? value : "";
    if (core::starts_with_ci(v, "mailto:")) {
        v = v.substr(7);
    }
    return core::to_lower(core::trim(v));
}

// Whether a line of the event names the zone in a TZID parameter.
bool names_zone(const std::vector<std::string>& block, const std::string& tzid) {
    for (const auto& l : block) {
        auto colon = l.find(':');
        auto params = std::string_view(l).substr(0, colon);
        if (params.find(tzid) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

// Why a VTIMEZONE's RRULE line cannot be handed to libical, or empty. libical
// expands a zone's rules from their DTSTART to the year asked, every occurrence
// kept: FREQ=SECONDLY from 1601 ran out of memory. A time zone changes its
// clock a few times a year: a rule more frequent than monthly, or one that
// multiplies by several hours, minutes or seconds (Lotus Notes writes one of
// each: BYHOUR=2;BYMINUTE=0), is no time zone's.
std::string upper(std::string s) {
    for (auto& c : s) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return s;
}

std::string unsafe_zone_rule(const std::string& line) {
    auto value = core::to_lower(line.substr(line.find(':') == std::string::npos ? line.size() : line.find(':') + 1));
    std::string freq;
    for (const auto& part : core::split(value, ';')) {
        if (part.rfind("freq=", 0) == 0) {
            freq = part.substr(5);
        } else if ((part.rfind("byhour=", 0) == 0 || part.rfind("byminute=", 0) == 0 || part.rfind("bysecond=", 0) == 0) &&
                   part.find(',') != std::string::npos) {
            return fmt::format("RRULE with several {}: a time zone changes its clock a few times a year",
                               upper(part.substr(0, part.find('='))));
        }
    }
    if (freq != "yearly" && freq != "monthly") {
        return fmt::format("RRULE:FREQ={} repeats more often than monthly: a time zone changes its clock a few times a year",
                           freq.empty() ? "(none)" : upper(freq));
    }
    return {};
}

class Reader {
public:
    Reader(const std::string& name, const std::string& floating_zone, const std::function<void(IcsEvent&&)>& on_event,
           const std::function<void(int, const std::string&)>& on_skip)
        : m_name(name), m_zone(floating_zone), m_on_event(on_event), m_on_skip(on_skip) {}

    void timezone_block(const std::vector<std::string>& block, int first_line) {
        std::string tzid, text, unsafe;
        for (const auto& l : block) {
            if (core::starts_with_ci(l, "TZID:")) {
                tzid = std::string(core::trim(std::string_view(l).substr(5)));
            }
            if (core::starts_with_ci(l, "RRULE") && unsafe.empty()) {
                unsafe = unsafe_zone_rule(l);
            }
            text += l;
            text += "\r\n";
        }
        if (!unsafe.empty()) {
            m_unsafe_zones[tzid] = fmt::format("line {}: time zone \"{}\": {}", first_line, tzid, unsafe);
        }
        m_timezones[tzid] = std::move(text);
    }

    void event_block(const std::vector<std::string>& block, int first_line) {
        // Only the zones this event names and the tz database does not know go
        // along (libical parses every one it is given, for every event).
        std::string text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:officectl\r\n";
        for (const auto& [tzid, vtimezone] : m_timezones) {
            if (!iana_zone(tzid) && names_zone(block, tzid)) {
                if (auto it = m_unsafe_zones.find(tzid); it != m_unsafe_zones.end()) {
                    m_on_skip(first_line, it->second); // libical would expand it for ever
                    return;
                }
                text += vtimezone;
            }
        }
        for (const auto& l : block) {
            text += l;
            text += "\r\n";
        }
        text += "END:VCALENDAR\r\n";
        ComponentPtr cal{icalparser_parse_string(text.c_str())};
        icalcomponent* ev = cal ? icalcomponent_get_first_component(cal.get(), ICAL_VEVENT_COMPONENT) : nullptr;
        if (!ev) {
            throw data_error(fmt::format("{}:{}: this VEVENT cannot be read", m_name, first_line));
        }
        if (auto e = parse_error(ev); e && is_fatal(*e)) {
            // libical quotes the offending text after the last ": ".
            auto colon = e->rfind(": ");
            auto needle = colon == std::string::npos ? std::string() : e->substr(colon + 2);
            auto message = *e;
            if (auto drop = message.find(". Removing entire property"); drop != std::string::npos) {
                message.replace(drop, std::string(". Removing entire property").size(), ""); // we refuse, not drop
            }
            throw data_error(fmt::format("{}:{}: {}", m_name, line_of(block, first_line, needle), message));
        }
        convert(cal.get(), ev, first_line, line_of(block, first_line, "RRULE"));
    }

private:
    void convert(icalcomponent* cal, icalcomponent* ev, int line, int rrule_line) {
        IcsEvent out;
        out.line = line;
        auto& a = out.appt;
        auto* dtstart = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
        if (!dtstart) {
            m_on_skip(line, "VEVENT without DTSTART");
            return;
        }
        auto start = resolve(cal, dtstart, icalproperty_get_dtstart(dtstart), m_zone);
        if (!start) {
            m_on_skip(line, fmt::format("unknown time zone \"{}\"",
                                        icalparameter_get_tzid(icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER))));
            return;
        }
        a.start = start->utc;
        a.zone = start->zone;
        a.all_day = start->is_date;
        if (auto* dtend = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY)) {
            auto end = resolve(cal, dtend, icalproperty_get_dtend(dtend), m_zone);
            if (!end) {
                m_on_skip(line, "unknown time zone in DTEND");
                return;
            }
            a.end = end->utc;
        } else if (auto* dur = icalcomponent_get_first_property(ev, ICAL_DURATION_PROPERTY)) {
            a.end = a.start + std::chrono::seconds{icaldurationtype_as_int(icalproperty_get_duration(dur))};
        } else {
            a.end = a.all_day ? a.start + date::days{1} : a.start; // RFC 5545 3.6.1
        }
        if (a.end < a.start) {
            m_on_skip(line, "ends before it starts");
            return;
        }
        auto* uid = icalcomponent_get_first_property(ev, ICAL_UID_PROPERTY);
        if (uid && icalproperty_get_uid(uid) && *icalproperty_get_uid(uid)) {
            a.uid = icalproperty_get_uid(uid);
        } else {
            // No UID: one made from what identifies the event, so that importing twice adds nothing.
            auto* s = icalcomponent_get_first_property(ev, ICAL_SUMMARY_PROPERTY);
            a.uid = fmt::format("{}-{}@import.officectl", core::format_utc(a.start),
                                std::hash<std::string>{}(s && icalproperty_get_summary(s) ? icalproperty_get_summary(s) : ""));
        }
        auto* summary = icalcomponent_get_first_property(ev, ICAL_SUMMARY_PROPERTY);
        a.title = summary && icalproperty_get_summary(summary) && *icalproperty_get_summary(summary)
                      ? std::string(core::trim(icalproperty_get_summary(summary)))
                      : "(no title)";
        if (a.title.empty()) {
            a.title = "(no title)";
        }
        if (auto* p = icalcomponent_get_first_property(ev, ICAL_DESCRIPTION_PROPERTY); p && icalproperty_get_description(p)) {
            a.note = icalproperty_get_description(p);
            if (a.note->empty()) {
                a.note.reset();
            }
        }
        if (auto* p = icalcomponent_get_first_property(ev, ICAL_LOCATION_PROPERTY); p && icalproperty_get_location(p)) {
            a.location = icalproperty_get_location(p);
            if (a.location->empty()) {
                a.location.reset();
            }
        }
        if (auto* p = icalcomponent_get_first_property(ev, ICAL_SEQUENCE_PROPERTY)) {
            a.sequence = icalproperty_get_sequence(p);
        }
        if (auto* p = icalcomponent_get_first_property(ev, ICAL_STATUS_PROPERTY)) {
            auto s = icalproperty_get_status(p);
            a.status = s == ICAL_STATUS_CANCELLED ? Status::cancelled
                       : s == ICAL_STATUS_TENTATIVE ? Status::tentative
                                                    : Status::confirmed;
        }
        if (auto* p = icalcomponent_get_first_property(ev, ICAL_CLASS_PROPERTY)) {
            auto c = icalproperty_get_class(p);
            a.confidential = c == ICAL_CLASS_CONFIDENTIAL || c == ICAL_CLASS_PRIVATE;
        }
        if (auto* p = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY)) {
            auto rule = icalproperty_get_rrule(p);
            char* text = icalrecurrencetype_as_string_r(&rule);
            if (text) {
                a.rrule = text;
                std::free(text);
            }
            try {
                libical::check_series(a); // a rule that could not be listed is not taken in
            } catch (const Error& e) {
                m_on_skip(line, fmt::format("line {}: {}", rrule_line, e.what()));
                return;
            }
        }
        for (auto* p = icalcomponent_get_first_property(ev, ICAL_EXDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_EXDATE_PROPERTY)) {
            if (auto t = resolve(cal, p, icalproperty_get_exdate(p), m_zone)) {
                // A DATE exdate of a timed series cancels that day's occurrence.
                if (t->is_date && !a.all_day) {
                    auto local = core::to_local(a.start, a.zone);
                    auto tod = local - date::floor<date::days>(local);
                    t->utc = core::from_local_lenient(core::to_local(t->utc, m_zone) + tod, a.zone);
                }
                a.exdates.push_back(t->utc);
            }
        }
        if (auto* p = icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY)) {
            auto t = resolve(cal, p, icalproperty_get_recurrenceid(p), m_zone);
            if (!t) {
                m_on_skip(line, "unknown time zone in RECURRENCE-ID");
                return;
            }
            out.recurrence_id = t->utc;
        }
        if (auto* p = icalcomponent_get_first_property(ev, ICAL_ORGANIZER_PROPERTY)) {
            out.organizer = mail_address(icalproperty_get_organizer(p));
            if (auto h = x_handle(p); !h.empty()) {
                out.organizer_handle = h;
            }
        }
        for (auto* p = icalcomponent_get_first_property(ev, ICAL_ATTENDEE_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_ATTENDEE_PROPERTY)) {
            auto h = x_handle(p);
            if (!h.empty()) {
                out.attendee_handles.emplace_back(h, mail_address(icalproperty_get_attendee(p)));
            } else {
                out.attendees.push_back(mail_address(icalproperty_get_attendee(p)));
            }
        }
        for (auto* p = icalcomponent_get_first_property(ev, ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_X_PROPERTY)) {
            if (icalproperty_get_x_name(p) && std::strcmp(icalproperty_get_x_name(p), "X-OFFICECTL-ROOM") == 0 &&
                icalproperty_get_x(p)) {
                out.room = icalproperty_get_x(p);
            }
        }
        m_on_event(std::move(out));
    }

    const std::string& m_name;
    const std::string& m_zone;
    const std::function<void(IcsEvent&&)>& m_on_event;
    const std::function<void(int, const std::string&)>& m_on_skip;
    std::map<std::string, std::string> m_timezones; // every VTIMEZONE seen so far, as text, by TZID
    std::map<std::string, std::string> m_unsafe_zones; // why a VTIMEZONE is not handed to libical, by TZID
};

} // namespace

namespace {

// Physical lines to logical ones: a line that starts with a space or a tab
// continues the one before (RFC 5545 3.1, "folding"). A logical line longer than
// limits::k_line_bytes is refused (an endless folded line on stdin reached 2.9 GB).
class UnfoldingReader {
public:
    UnfoldingReader(std::istream& in, const std::string& name) : m_lines(in, name), m_name(name) {}
    // The next non-empty logical line and the number of its first physical line.
    bool next(std::string& line, int& number) {
        if (!m_have_pending && !read_physical()) {
            return false;
        }
        line = std::move(m_pending);
        number = m_pending_number;
        m_have_pending = false;
        while (read_physical()) {
            if (!m_pending.empty() && (m_pending[0] == ' ' || m_pending[0] == '\t')) {
                if (line.size() + m_pending.size() > core::limits::k_line_bytes) {
                    throw data_error(fmt::format("{}:{}: a line longer than {} MiB (the limit), folded", m_name, number,
                                                 core::limits::k_line_bytes >> 20));
                }
                line.append(m_pending, 1, std::string::npos);
                m_have_pending = false;
                continue;
            }
            break;
        }
        return true;
    }

private:
    bool read_physical() {
        std::string raw;
        while (m_lines.next(raw)) {
            if (!raw.empty() && raw.back() == '\r') {
                raw.pop_back();
            }
            if (m_lines.number() == 1 && raw.rfind("\xEF\xBB\xBF", 0) == 0) {
                raw.erase(0, 3);
            }
            if (raw.empty()) {
                continue;
            }
            m_pending = std::move(raw);
            m_pending_number = m_lines.number();
            m_have_pending = true;
            return true;
        }
        return false;
    }

    io::LineReader m_lines;
    const std::string& m_name;
    std::string m_pending;
    int m_pending_number = 0;
    bool m_have_pending = false;
};

std::string component_name(std::string_view rest) {
    auto what = std::string(core::trim(rest));
    for (auto& c : what) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return what;
}

} // namespace

void read_ics(std::istream& in, const std::string& name, const std::string& floating_zone,
              const std::function<void(IcsEvent&&)>& on_event,
              const std::function<void(int line, const std::string& why)>& on_skip) {
    Reader reader(name, floating_zone, on_event, on_skip);
    UnfoldingReader lines(in, name);
    std::vector<std::string> stack; // open components, outermost first
    std::vector<std::string> block; // the logical lines of the component being read
    // Events are handled in batches, so memory stays flat; zones come before
    // the events in nearly every file.
    std::vector<std::pair<std::vector<std::string>, int>> pending;
    int block_line = 0;
    std::size_t block_bytes = 0; // of the component being read
    int calendar_line = 0;
    bool bare = false; // a file of VEVENTs without the VCALENDAR around them
    std::string line;
    int n = 0;
    while (lines.next(line, n)) {
        auto lower = core::to_lower(line.substr(0, 6));
        if (lower.rfind("begin:", 0) == 0) {
            auto what = component_name(std::string_view(line).substr(6));
            if (stack.empty() && what != "VCALENDAR") {
                if (what != "VEVENT" && what != "VTIMEZONE") {
                    throw data_error(fmt::format("{}:{}: not an iCalendar file (expected BEGIN:VCALENDAR)", name, n));
                }
                stack.push_back("VCALENDAR"); // a bare event: read it as if in a calendar
                bare = true;
            }
            if (stack.empty()) {
                calendar_line = n;
            }
            stack.push_back(what);
            if (stack.size() == 2) {
                block.clear();
                block_line = n;
            }
        } else if (lower.rfind("end:", 0) == 0) {
            auto what = component_name(std::string_view(line).substr(4));
            if (stack.empty() || stack.back() != what) {
                throw data_error(fmt::format("{}:{}: END:{} does not close {}", name, n, what,
                                             stack.empty() ? "anything" : "BEGIN:" + stack.back()));
            }
            stack.pop_back();
            if (stack.size() == 1) {
                block.push_back(line);
                if (what == "VEVENT") {
                    pending.emplace_back(std::move(block), block_line);
                } else if (what == "VTIMEZONE") {
                    reader.timezone_block(block, block_line);
                } else {
                    on_skip(block_line, fmt::format("{} is no appointment", what));
                }
                block.clear();
                if (bare) {
                    stack.clear();
                }
                if (pending.size() >= 64) {
                    for (auto& [b, l] : pending) {
                        reader.event_block(b, l);
                    }
                    pending.clear();
                }
                continue;
            }
        } else if (stack.empty()) {
            throw data_error(fmt::format("{}:{}: text outside BEGIN:VCALENDAR ... END:VCALENDAR", name, n));
        }
        if (stack.size() >= 2) {
            block_bytes = block.empty() ? 0 : block_bytes;
            block_bytes += line.size();
            if (block_bytes > core::limits::k_record_bytes) {
                throw data_error(fmt::format("{}:{}: BEGIN:{} holds more than {} MiB (the limit)", name, block_line,
                                             stack.size() >= 2 ? stack[1] : stack.back(), core::limits::k_record_bytes >> 20));
            }
            block.push_back(line);
        }
    }
    if (!stack.empty()) {
        throw data_error(fmt::format("{}: the file ends inside BEGIN:{} begun on line {}", name, stack.back(),
                                     stack.size() == 1 ? calendar_line : block_line));
    }
    if (calendar_line == 0 && !bare) {
        throw data_error(fmt::format("{}: no BEGIN:VCALENDAR in it: not an iCalendar file", name));
    }
    for (auto& [b, l] : pending) {
        reader.event_block(b, l);
    }
}

} // namespace officectl::agenda::libical
