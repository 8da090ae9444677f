#include "officectl/config/work_hours.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <charconv>
#include <optional>

namespace officectl::config {
namespace {

std::optional<int> clock_minutes(std::string_view s) {
    if (s.size() != 5 || s[2] != ':') {
        return std::nullopt;
    }
    int h = -1, m = -1;
    auto r1 = std::from_chars(s.data(), s.data() + 2, h);
    auto r2 = std::from_chars(s.data() + 3, s.data() + 5, m);
    if (r1.ec != std::errc{} || r2.ec != std::errc{} || r1.ptr != s.data() + 2 || r2.ptr != s.data() + 5 || h > 24 ||
        m > 59 || (h == 24 && m != 0)) {
        return std::nullopt;
    }
    return h * 60 + m;
}

} // namespace

WorkHours parse_work_hours(std::string_view text) {
    auto parts = core::split(text, '-');
    std::optional<int> start, end;
    if (parts.size() == 2) {
        start = clock_minutes(parts[0]);
        end = clock_minutes(parts[1]);
    }
    if (!start || !end || *end <= *start) {
        throw data_error(fmt::format("invalid hours \"{}\": expected e.g. 09:00-17:00", text));
    }
    return {*start, *end};
}

std::string format_work_hours(const WorkHours& h) {
    return fmt::format("{:02}:{:02}-{:02}:{:02}", h.start / 60, h.start % 60, h.end / 60, h.end % 60);
}

} // namespace officectl::config
