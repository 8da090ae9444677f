#pragma once
// The one clock. "Now" and "today" come from here and nowhere else: pinned by
// `--as-of` / OFFICECTL_TODAY, the system clock otherwise, seen in one time zone.

#include "officectl/core/dates.hpp"

#include <chrono>
#include <optional>
#include <string>

namespace date {
class time_zone;
}

namespace officectl::core {

using Instant = std::chrono::sys_seconds;

class Clock {
public:
    // The system clock seen in `zone` (an IANA name, checked when first needed).
    explicit Clock(std::string zone);
    // Pinned: `as_of` is a date in any accepted spelling (its midnight in `zone`)
    // or a date-time (`2026-12-01 14:30`). Throws a data Error on bad input.
    // Words such as `tomorrow` or `+3d` count from `base` (itself pinned by
    // OFFICECTL_TODAY when `--as-of` is given too), from the system clock otherwise.
    static Clock pinned(std::string_view as_of, std::string zone);
    static Clock pinned(std::string_view as_of, std::string zone, const Clock& base);

    Instant now() const;
    Date today() const;
    const std::string& zone() const { return m_zone; }
    bool is_pinned() const { return m_pinned.has_value(); }
    // The zone itself; throws a config Error when the name is unknown.
    const date::time_zone* time_zone() const;

private:
    std::string m_zone;
    std::optional<Instant> m_pinned;
    mutable const date::time_zone* m_tz = nullptr;
};

// Throws a data Error naming the zone when it is not in the system's tz database.
const date::time_zone* locate_zone(std::string_view name);

} // namespace officectl::core
