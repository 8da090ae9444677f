#include "officectl/team/member_rules.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <cctype>

namespace officectl::team {

double minutes_per_day(const Member& m, const core::WorkWeek& company, int default_minutes) {
    auto week = m.work_days.value_or(company);
    if (m.minutes_per_week && week.count() > 0) {
        return static_cast<double>(*m.minutes_per_week) / week.count();
    }
    return default_minutes;
}

MemberStatus status_on(const Member& m, core::Date day) {
    if (m.start && day < *m.start) {
        return MemberStatus::joining;
    }
    if (m.end && *m.end < day) {
        return MemberStatus::left;
    }
    return MemberStatus::active;
}

std::string_view status_name(MemberStatus s) { return member_statuses.name(s); }

void check_handle(std::string_view h) {
    bool ok = !h.empty() && h.size() <= 32 && std::islower(static_cast<unsigned char>(h[0]));
    for (char c : h) {
        ok = ok && (std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
                    c == '.' || c == '-' || c == '_');
    }
    if (!ok) {
        throw data_error(fmt::format("invalid handle \"{}\": start with a lower-case letter, then use a-z, 0-9, "
                                     "'.', '-' or '_' (at most 32), e.g. an or bert.p",
                                     h));
    }
}

void check_member(const Member& m) {
    check_handle(m.handle);
    if (core::trim(m.name).empty()) {
        throw data_error(fmt::format("member {}: a name is required (--name \"An Peeters\")", m.handle));
    }
    if (m.email) {
        auto at = m.email->find('@');
        if (at == std::string::npos || at == 0 || at + 1 == m.email->size() ||
            m.email->find_first_of(" \t,;<>") != std::string::npos) {
            throw data_error(fmt::format("invalid e-mail address \"{}\"", *m.email));
        }
    }
    if (m.start && m.end && *m.end < *m.start) {
        throw data_error(fmt::format("member {}: end {} is before start {}", m.handle, core::format_date(*m.end),
                                     core::format_date(*m.start)));
    }
    if (m.minutes_per_week && (*m.minutes_per_week < 0 || *m.minutes_per_week > 168 * 60)) {
        throw data_error(fmt::format("member {}: {} hours a week is impossible", m.handle,
                                     format_weekly_hours(*m.minutes_per_week)));
    }
    if (m.manager && *m.manager == m.handle) {
        throw data_error(fmt::format("member {}: cannot be their own manager", m.handle));
    }
}

int parse_weekly_hours(std::string_view text) {
    auto s = std::string(core::trim(text));
    if (!s.empty() && (s.back() == 'h' || s.back() == 'H')) {
        s.pop_back();
    }
    auto bad = [&] { return data_error(fmt::format("invalid hours \"{}\": expected hours a week, e.g. 38 or 19.5", text)); };
    auto sep = s.find_first_of(".,");
    std::string whole = s.substr(0, sep);
    std::string frac = sep == std::string::npos ? "" : s.substr(sep + 1);
    if (whole.empty() || whole.size() > 3 || whole.find_first_not_of("0123456789") != std::string::npos ||
        frac.size() > 2 || frac.find_first_not_of("0123456789") != std::string::npos ||
        (sep != std::string::npos && frac.empty())) {
        throw bad();
    }
    int minutes = std::stoi(whole) * 60;
    if (!frac.empty()) {
        int hundredths = std::stoi(frac) * (frac.size() == 1 ? 10 : 1);
        minutes += (hundredths * 60 + 50) / 100;
    }
    if (minutes > 168 * 60) {
        throw bad();
    }
    return minutes;
}

std::string format_weekly_hours(int minutes) {
    if (minutes % 60 == 0) {
        return std::to_string(minutes / 60);
    }
    return fmt::format("{:g}", minutes / 60.0);
}

} // namespace officectl::team
