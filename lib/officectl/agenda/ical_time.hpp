#pragma once
// Wall-clock times between date's local_seconds and libical's icaltimetype
// (floating: no zone), for the rule expansion and the iCalendar files alike.

#include <date/date.h>
#include <libical/ical.h>

namespace officectl::agenda {

// A DATE when `is_date` (the time of day dropped), a floating DATE-TIME otherwise.
icaltimetype to_ical(date::local_seconds local, bool is_date);
// The wall-clock time libical holds (midnight for a DATE), its zone ignored.
date::local_seconds from_ical(const icaltimetype& t);

} // namespace officectl::agenda
