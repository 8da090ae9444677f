#include "officectl/event/event_rules.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>

namespace officectl::event {

std::string_view supplier_status_name(SupplierStatus s) { return supplier_statuses.name(s); }

std::optional<SupplierStatus> parse_supplier_status(std::string_view word) {
    return supplier_statuses.parse(core::to_lower(core::trim(word)));
}

std::string_view rsvp_name(Rsvp r) { return rsvps.name(r); }

std::optional<Rsvp> parse_rsvp(std::string_view word) { return rsvps.parse(core::to_lower(core::trim(word))); }

int parse_offset_days(std::string_view text) {
    auto t = core::to_lower(core::trim(text));
    auto bad = [&] { return data_error(fmt::format("\"{}\": expected an offset from the day such as -30d or -2w", text)); };
    if (t.size() < 2 || (t.back() != 'd' && t.back() != 'w')) {
        throw bad();
    }
    int sign = 1;
    size_t start = 0;
    if (t[0] == '-' || t[0] == '+') {
        sign = t[0] == '-' ? -1 : 1;
        start = 1;
    }
    int n = 0;
    auto digits = std::string_view(t).substr(start, t.size() - 1 - start);
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() || n > 3650) {
        throw bad();
    }
    return sign * n * (t.back() == 'w' ? 7 : 1);
}

PlanStep parse_step(std::string_view text) {
    auto t = core::trim(text);
    auto space = t.find(' ');
    auto bad = [&] {
        return data_error(fmt::format("\"{}\": expected an offset and a title, such as \"-30d Uitnodigingen versturen\"", text));
    };
    if (space == std::string_view::npos || core::trim(t.substr(space)).empty()) {
        throw bad();
    }
    try {
        return {parse_offset_days(t.substr(0, space)), std::string(core::trim(t.substr(space)))};
    } catch (const Error&) {
        throw bad();
    }
}

core::Date plan_due(core::Date day, int offset_days, const core::Calendar& calendar) {
    return calendar.working_day_on_or_before(core::add_days(day, offset_days));
}

RsvpCounts count_rsvps(const std::vector<Guest>& guests) {
    RsvpCounts c;
    for (const auto& g : guests) {
        switch (g.rsvp) {
        case Rsvp::invited: ++c.invited; break;
        case Rsvp::yes: ++c.yes; break;
        case Rsvp::no: ++c.no; break;
        case Rsvp::maybe: ++c.maybe; break;
        }
    }
    return c;
}

std::string describe_contents(const EventContents& c) {
    std::vector<std::string> parts;
    auto plural = [](int n, std::string_view one, std::string_view many) {
        return fmt::format("{} {}", n, n == 1 ? one : many);
    };
    if (c.tasks > 0) {
        parts.push_back(plural(c.tasks, "plan task", "plan tasks") +
                        (c.done_tasks > 0 ? fmt::format(" ({} done)", c.done_tasks) : ""));
    }
    if (c.suppliers > 0) {
        parts.push_back(plural(c.suppliers, "supplier", "suppliers"));
    }
    if (c.guests > 0) {
        parts.push_back(plural(c.guests, "guest", "guests"));
    }
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    }
    return out;
}

} // namespace officectl::event
