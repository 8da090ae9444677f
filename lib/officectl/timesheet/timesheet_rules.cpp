#include "officectl/timesheet/timesheet_rules.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/period.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

namespace officectl::timesheet {

int parse_hours(std::string_view text) {
    auto s = std::string(core::trim(text));
    auto bad = [&](std::string_view why) { return data_error(fmt::format("hours \"{}\": {}", text, why)); };
    int minutes = 0;
    if (!s.empty() && s.find_first_not_of("0123456789.,") == std::string::npos) {
        // Decimal hours: at most two decimals, so a quarter (0.25) is exact.
        auto sep = s.find_first_of(".,");
        auto whole = s.substr(0, sep);
        auto frac = sep == std::string::npos ? std::string() : s.substr(sep + 1);
        if ((whole.empty() && frac.empty()) || frac.size() > 2 || frac.find_first_of(".,") != std::string::npos ||
            whole.size() > 2) {
            throw bad("expected hours such as 3.5, 3:30 or 45m");
        }
        int h = whole.empty() ? 0 : std::stoi(whole);
        int hundredths = frac.empty() ? 0 : std::stoi(frac.size() == 1 ? frac + "0" : frac);
        minutes = h * 60 + (hundredths * 60 + 50) / 100;
    } else {
        try {
            minutes = core::parse_duration_minutes(s);
        } catch (const Error&) {
            throw bad("expected hours such as 3.5, 3:30 or 45m");
        }
    }
    if (minutes <= 0) {
        throw bad("must be more than nothing");
    }
    if (minutes > 24 * 60) {
        throw bad("a day has 24 hours");
    }
    return minutes;
}

std::string format_hours(int minutes) {
    auto hundredths = (static_cast<std::int64_t>(minutes) * 100 + 30) / 60;
    auto text = fmt::format("{}.{:02}", hundredths / 100, hundredths % 100);
    while (text.back() == '0') {
        text.pop_back();
    }
    if (text.back() == '.') {
        text.pop_back();
    }
    return text;
}

std::int64_t cost_cents(std::int64_t minutes, std::int64_t rate_cents) {
    auto scaled = minutes * rate_cents;
    return scaled >= 0 ? (scaled + 30) / 60 : -((-scaled + 30) / 60);
}

} // namespace officectl::timesheet
