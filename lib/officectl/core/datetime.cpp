#include "officectl/core/datetime.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <charconv>

namespace officectl::core {
namespace {

Error bad_time(std::string_view text, std::string_view why) {
    return data_error(fmt::format("invalid date-time \"{}\": {}", text, why));
}

int two_digits(std::string_view s, size_t at) {
    int v = 0;
    std::from_chars(s.data() + at, s.data() + at + 2, v);
    return v;
}

bool digits_at(std::string_view s, size_t at, size_t n) {
    if (at + n > s.size()) {
        return false;
    }
    for (size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    return true;
}

// `HH:MM` or `HH:MM:SS` at the start of s; the rest (an offset) goes to `rest`.
std::chrono::seconds parse_clock_time(std::string_view s, std::string_view original, std::string_view& rest) {
    size_t len = 0;
    if (digits_at(s, 0, 2) && s.size() >= 5 && s[2] == ':' && digits_at(s, 3, 2)) {
        len = 5;
    } else if (digits_at(s, 0, 1) && s.size() >= 4 && s[1] == ':' && digits_at(s, 2, 2)) {
        len = 4;
    } else {
        throw bad_time(original, "expected a time as HH:MM");
    }
    int h = len == 5 ? two_digits(s, 0) : s[0] - '0';
    int m = two_digits(s, len - 2);
    int sec = 0;
    if (s.size() >= len + 3 && s[len] == ':' && digits_at(s, len + 1, 2)) {
        sec = two_digits(s, len + 1);
        len += 3;
    }
    if (h > 23 || m > 59 || sec > 59) {
        throw bad_time(original, "no such time of day");
    }
    rest = s.substr(len);
    return std::chrono::hours{h} + std::chrono::minutes{m} + std::chrono::seconds{sec};
}

// `Z`, `+02:00`, `-0500`; returns the offset east of UTC.
std::optional<std::chrono::minutes> parse_offset(std::string_view s, std::string_view original) {
    if (s.empty()) {
        return std::nullopt;
    }
    if (s == "Z" || s == "z") {
        return std::chrono::minutes{0};
    }
    if ((s[0] == '+' || s[0] == '-') && digits_at(s, 1, 2)) {
        int h = two_digits(s, 1);
        int m = 0;
        if (s.size() == 6 && s[3] == ':' && digits_at(s, 4, 2)) {
            m = two_digits(s, 4);
        } else if (s.size() == 5 && digits_at(s, 3, 2)) {
            m = two_digits(s, 3);
        } else if (s.size() != 3) {
            throw bad_time(original, "malformed UTC offset");
        }
        if (h > 14 || m > 59) {
            throw bad_time(original, "malformed UTC offset");
        }
        auto off = std::chrono::minutes{h * 60 + m};
        return s[0] == '-' ? -off : off;
    }
    throw bad_time(original, fmt::format("unexpected \"{}\"", s));
}

} // namespace

date::local_seconds to_local(Instant utc, const std::string& zone) {
    if (zone == "UTC") {
        return date::local_seconds{utc.time_since_epoch()};
    }
    return locate_zone(zone)->to_local(utc);
}

Instant from_local(date::local_seconds local, const std::string& zone) {
    if (zone == "UTC") {
        return Instant{local.time_since_epoch()};
    }
    auto info = locate_zone(zone)->get_info(local);
    switch (info.result) {
    case date::local_info::unique: return Instant{local.time_since_epoch() - info.first.offset};
    case date::local_info::ambiguous: return Instant{local.time_since_epoch() - info.first.offset};
    default:
        throw data_error(fmt::format("{} does not exist in {} (the clocks skip it)",
                                     date::format("%F %H:%M", local), zone));
    }
}

Instant from_local_lenient(date::local_seconds local, const std::string& zone) {
    if (zone == "UTC") {
        return Instant{local.time_since_epoch()};
    }
    auto info = locate_zone(zone)->get_info(local);
    return Instant{local.time_since_epoch() - info.first.offset};
}

ZonedInstant parse_datetime(std::string_view text, const Clock& clock, std::optional<Date> bare_time_day) {
    auto s = trim(text);
    if (s.empty()) {
        throw bad_time(text, "empty");
    }
    std::string_view date_part, time_part, zone_part;
    std::string date_word, time_word, zone_word; // own the split words below
    if (s.size() > 10 && (s[10] == 'T' || s[10] == 't') && digits_at(s, 0, 4)) { // ISO 2026-12-01T10:00
        date_part = s.substr(0, 10);
        time_part = s.substr(11);
        if (auto sp = time_part.find(' '); sp != std::string_view::npos) {
            zone_part = trim(time_part.substr(sp + 1));
            time_part = time_part.substr(0, sp);
        }
    } else {
        auto words = split(s, ' ');
        std::vector<std::string> parts;
        for (auto& w : words) {
            if (!w.empty()) {
                parts.push_back(w);
            }
        }
        // A bare time means today; otherwise the date comes first.
        size_t i = 0;
        if (!parts.empty() && parts[0].find(':') == std::string::npos) {
            date_word = parts[i++];
        }
        if (i >= parts.size()) {
            throw bad_time(text, "expected a time as HH:MM after the date");
        }
        time_word = parts[i++];
        zone_word = i < parts.size() ? parts[i++] : "";
        if (i < parts.size()) {
            throw bad_time(text, fmt::format("unexpected \"{}\"", parts[i]));
        }
        date_part = date_word;
        time_part = time_word;
        zone_part = zone_word;
    }
    Date day = date_part.empty() ? bare_time_day.value_or(clock.today()) : parse_date(date_part, clock.today());
    std::string_view offset_text;
    auto tod = parse_clock_time(time_part, text, offset_text);
    auto local = date::local_days{day} + tod;
    if (auto off = parse_offset(offset_text, text)) {
        if (!zone_part.empty()) {
            throw bad_time(text, "give either a UTC offset or a zone, not both");
        }
        return {Instant{local.time_since_epoch() - *off}, "UTC"};
    }
    std::string zone = zone_part.empty() ? clock.zone() : std::string(zone_part);
    if (zone != "UTC") {
        locate_zone(zone);
    }
    return {from_local(local, zone), zone};
}

Date local_date(Instant utc, const std::string& zone) { return Date{date::floor<date::days>(to_local(utc, zone))}; }

std::string format_local(const ZonedInstant& zi) {
    return date::format("%F %H:%M", to_local(zi.utc, zi.zone));
}

std::string format_iso_offset(const ZonedInstant& zi) {
    auto local = to_local(zi.utc, zi.zone);
    auto offset = std::chrono::duration_cast<std::chrono::minutes>(local.time_since_epoch() - zi.utc.time_since_epoch());
    auto m = offset.count();
    auto sign = m < 0 ? '-' : '+';
    m = m < 0 ? -m : m;
    return fmt::format("{}{}{:02}:{:02}", date::format("%FT%T", local), sign, m / 60, m % 60);
}

std::string format_utc(Instant utc) { return date::format("%FT%TZ", utc); }

std::optional<Instant> parse_utc(std::string_view text) {
    if (text.size() != 20 || text[10] != 'T' || text[19] != 'Z') {
        return std::nullopt;
    }
    auto day = parse_iso_date(text.substr(0, 10));
    if (!day || !digits_at(text, 11, 2) || !digits_at(text, 14, 2) || !digits_at(text, 17, 2)) {
        return std::nullopt;
    }
    return Instant{date::sys_days{*day}} + std::chrono::hours{two_digits(text, 11)} +
           std::chrono::minutes{two_digits(text, 14)} + std::chrono::seconds{two_digits(text, 17)};
}

} // namespace officectl::core
