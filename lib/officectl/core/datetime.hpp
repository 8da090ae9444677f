#pragma once
// Instants with their zone: stored as UTC plus the IANA zone they were given in,
// shown in local time of that zone.

#include "officectl/core/clock.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace officectl::core {

struct ZonedInstant {
    Instant utc;
    std::string zone; // IANA name, or "UTC"
    friend bool operator==(const ZonedInstant&, const ZonedInstant&) = default;
};

// Accepts `2026-12-01 10:00`, `2026-12-01T10:00:00`, with `Z`, `+02:00` or a zone
// name after a space (`10:00 America/New_York`); a date word may stand for the
// date (`tomorrow 09:30`, `fri 14:00`), and a bare `HH:MM` means today. Without a
// zone the clock's zone applies. A wall time skipped by a DST change is an error;
// one that occurs twice takes the earlier. With `bare_time_day`, a bare time is
// on that day instead (an end time on the start's day).
ZonedInstant parse_datetime(std::string_view text, const Clock& clock,
                            std::optional<Date> bare_time_day = std::nullopt);

// The local date and time of an instant in a zone.
date::local_seconds to_local(Instant utc, const std::string& zone);
Instant from_local(date::local_seconds local, const std::string& zone);
// As from_local, but a wall time the clocks skip is read with the offset in force
// before the gap (RFC 5545 3.3.5): 02:30 on the spring-forward day becomes 03:30.
// For occurrences a rule generates, which must not fail.
Instant from_local_lenient(date::local_seconds local, const std::string& zone);
// The calendar day of an instant in a zone.
Date local_date(Instant utc, const std::string& zone);
// `2026-12-01 10:00` in the instant's own zone.
std::string format_local(const ZonedInstant& zi);
// `2026-12-01T10:00:00+01:00`: RFC 3339 with the offset of the instant's own zone (JSON).
std::string format_iso_offset(const ZonedInstant& zi);
// `2026-12-01T09:00:00Z`: for the store and JSON.
std::string format_utc(Instant utc);
// Reads back format_utc's output; nullopt when malformed.
std::optional<Instant> parse_utc(std::string_view text);

} // namespace officectl::core
