#include "officectl/core/period.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <cctype>
#include <charconv>

namespace officectl::core {
namespace {

// Reads the unsigned integer at s[pos], advancing pos; -1 when there is none.
long read_number(std::string_view s, size_t& pos) {
    size_t start = pos;
    while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) {
        ++pos;
    }
    if (pos == start || pos - start > 6) {
        return -1;
    }
    long v = 0;
    std::from_chars(s.data() + start, s.data() + pos, v);
    return v;
}

} // namespace

Period parse_period(std::string_view text) {
    auto s = to_lower(trim(text));
    auto bad = [&] {
        return data_error(fmt::format("invalid period \"{}\": expected a number and d, w, m or y, e.g. 3m", text));
    };
    if (s.empty()) {
        throw bad();
    }
    Period p;
    size_t pos = 0;
    while (pos < s.size()) {
        long n = read_number(s, pos);
        if (n < 0 || pos >= s.size()) {
            throw bad();
        }
        switch (s[pos++]) {
        case 'd': p.days += static_cast<int>(n); break;
        case 'w': p.days += static_cast<int>(7 * n); break;
        case 'm': p.months += static_cast<int>(n); break;
        case 'y': p.years += static_cast<int>(n); break;
        default: throw bad();
        }
    }
    // Contract terms, notice and reminders are counted in years, not centuries:
    // 99999m is a typo (and would carry dates past what anyone can check).
    // In quarter days: a year is 1461, a month a twelfth of that, a day 4.
    if (p.years * 1461L + p.months * 1461L / 12 + p.days * 4L > k_longest_period_years * 1461L) {
        throw data_error(fmt::format("period \"{}\" is longer than {} years: check the number", text,
                                     k_longest_period_years));
    }
    return p;
}

std::string format_period(const Period& p) {
    std::string out;
    if (p.years) {
        out += fmt::format("{}y", p.years);
    }
    if (p.months) {
        out += fmt::format("{}m", p.months);
    }
    if (p.days) {
        out += p.days % 7 == 0 ? fmt::format("{}w", p.days / 7) : fmt::format("{}d", p.days);
    }
    return out.empty() ? "0d" : out;
}

Date add_period(Date d, const Period& p, int sign) {
    auto moved = add_months(d, sign * (12 * p.years + p.months));
    return add_days(moved, sign * p.days);
}

int parse_duration_minutes(std::string_view text) {
    auto s = to_lower(trim(text));
    auto bad = [&] {
        return data_error(fmt::format("invalid duration \"{}\": expected e.g. 45m, 1h30, 2h", text));
    };
    long total = 0;
    if (auto colon = s.find(':'); colon != std::string::npos) { // 1:30
        size_t pos = 0;
        long h = read_number(s, pos);
        if (h < 0 || pos != colon) {
            throw bad();
        }
        ++pos;
        long m = read_number(s, pos);
        if (m < 0 || m >= 60 || pos != s.size()) {
            throw bad();
        }
        total = h * 60 + m;
    } else if (auto dot = s.find('.'); dot != std::string::npos && s.ends_with('h')) { // 1.5h
        size_t pos = 0;
        long h = read_number(s, pos);
        if (h < 0 || pos != dot) {
            throw bad();
        }
        ++pos;
        size_t frac_start = pos;
        long frac = read_number(s, pos);
        if (frac < 0 || pos != s.size() - 1) {
            throw bad();
        }
        long scale = 1;
        for (size_t i = frac_start; i < pos; ++i) {
            scale *= 10;
        }
        total = h * 60 + (frac * 60 + scale / 2) / scale;
    } else {
        size_t pos = 0;
        while (pos < s.size()) {
            long n = read_number(s, pos);
            if (n < 0) {
                throw bad();
            }
            if (pos == s.size()) { // trailing bare number: minutes after hours (1h30)
                if (s.find('h') == std::string::npos) {
                    throw bad();
                }
                total += n;
                break;
            }
            switch (s[pos++]) {
            case 'm': total += n; break;
            case 'h': total += 60 * n; break;
            case 'd': total += 24 * 60 * n; break;
            case 'w': total += 7 * 24 * 60 * n; break;
            default: throw bad();
            }
        }
    }
    if (total <= 0 || total > 366L * 24 * 60) {
        throw bad();
    }
    return static_cast<int>(total);
}

std::string format_duration_minutes(int minutes) {
    int d = minutes / (24 * 60);
    int h = minutes % (24 * 60) / 60;
    int m = minutes % 60;
    std::string out;
    if (d) {
        out += fmt::format("{}d", d);
    }
    if (h) {
        out += fmt::format("{}h", h);
    }
    if (m) {
        out += h ? fmt::format("{:02}", m) : fmt::format("{}m", m);
    }
    return out.empty() ? "0m" : out;
}

} // namespace officectl::core
