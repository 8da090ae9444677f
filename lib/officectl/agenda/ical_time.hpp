#pragma once
// Wall-clock times between date's local_seconds and libical's icaltimetype
// (floating: no zone), for the rule expansion and the iCalendar files alike;
// and recurrence rules as libical reads them.

#include <date/date.h>
#include <libical/ical.h>

#include <cstdlib>
#include <string>

namespace officectl::agenda::libical {

// A recurrence rule as libical reads it (freq ICAL_NO_RECURRENCE when it cannot).
// libical strdup()s an RSCALE and leaves freeing it to whoever holds the rule:
// this frees it (found leaking by fuzz_ics). Copies handed to libical (an
// iterator) borrow it and must not outlive it.
struct ParsedRule : icalrecurrencetype {
    explicit ParsedRule(const icalrecurrencetype& r) : icalrecurrencetype(r) {}
    ParsedRule(ParsedRule&& other) noexcept : icalrecurrencetype(other) { other.rscale = nullptr; }
    ParsedRule(const ParsedRule&) = delete;
    ParsedRule& operator=(const ParsedRule&) = delete;
    ParsedRule& operator=(ParsedRule&&) = delete;
    ~ParsedRule() { std::free(rscale); }
};
inline ParsedRule read_rrule(const std::string& text) {
    icalerror_clear_errno();
    ParsedRule rule(icalrecurrencetype_from_string(text.c_str()));
    icalerror_clear_errno();
    return rule;
}

// A DATE when `is_date` (the time of day dropped), a floating DATE-TIME otherwise.
icaltimetype to_ical(date::local_seconds local, bool is_date);
// The wall-clock time libical holds (midnight for a DATE), its zone ignored.
date::local_seconds from_ical(const icaltimetype& t);

} // namespace officectl::agenda::libical
