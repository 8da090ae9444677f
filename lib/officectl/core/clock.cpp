#include "officectl/core/clock.hpp"

#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"

#include <date/tz.h>
#include <fmt/format.h>

namespace officectl::core {

const date::time_zone* locate_zone(std::string_view name) {
    try {
        return date::locate_zone(name);
    } catch (const std::exception&) {
        throw data_error(fmt::format("unknown time zone \"{}\" (expected an IANA name such as Europe/Brussels)", name));
    }
}

Clock::Clock(std::string zone) : m_zone(std::move(zone)) {}

Clock Clock::pinned(std::string_view as_of, std::string zone) {
    Clock system_clock(zone);
    return pinned(as_of, std::move(zone), system_clock);
}

Clock Clock::pinned(std::string_view as_of, std::string zone, const Clock& base) {
    Clock c(std::move(zone));
    bool has_time = as_of.find(':') != std::string_view::npos;
    if (has_time) {
        c.m_pinned = parse_datetime(as_of, base).utc;
    } else {
        auto day = parse_date(as_of, base.today());
        c.m_pinned = from_local(date::local_days{day}, c.m_zone);
    }
    return c;
}

const date::time_zone* Clock::time_zone() const {
    if (m_tz == nullptr) {
        try {
            m_tz = locate_zone(m_zone);
        } catch (const Error& e) {
            throw config_error(fmt::format("time.zone: {}", e.what()));
        }
    }
    return m_tz;
}

Instant Clock::now() const {
    if (m_pinned) {
        return *m_pinned;
    }
    return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

Date Clock::today() const {
    auto local = time_zone()->to_local(now());
    return Date{date::floor<date::days>(local)};
}

} // namespace officectl::core
