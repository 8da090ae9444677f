#include "officectl/core/calendar.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

namespace officectl::core {
namespace {

constexpr std::array<std::string_view, 7> k_day_names{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::optional<int> day_index(std::string_view name) {
    for (int i = 0; i < 7; ++i) {
        if (k_day_names[i] == name) {
            return i;
        }
    }
    return std::nullopt;
}

} // namespace

WorkWeek::WorkWeek() : m_days{true, true, true, true, true, false, false} {}

WorkWeek WorkWeek::parse(std::string_view text) {
    WorkWeek w;
    w.m_days.fill(false);
    auto bad = [&] {
        return data_error(fmt::format("invalid work days \"{}\": expected e.g. mon-fri or mon,tue,thu", text));
    };
    for (const auto& part : split(to_lower(text), ',')) {
        auto dash = part.find('-');
        auto first = day_index(part.substr(0, dash));
        auto last = dash == std::string::npos ? first : day_index(part.substr(dash + 1));
        if (!first || !last || *last < *first) {
            throw bad();
        }
        for (int i = *first; i <= *last; ++i) {
            w.m_days[i] = true;
        }
    }
    return w;
}

int WorkWeek::count() const {
    int n = 0;
    for (bool b : m_days) {
        n += b ? 1 : 0;
    }
    return n;
}

std::string WorkWeek::to_string() const {
    std::vector<std::string> runs;
    for (int i = 0; i < 7;) {
        if (!m_days[i]) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < 7 && m_days[j + 1]) {
            ++j;
        }
        runs.push_back(j == i ? std::string(k_day_names[i])
                              : fmt::format("{}{}{}", k_day_names[i], j == i + 1 ? "," : "-", k_day_names[j]));
        i = j + 1;
    }
    return runs.empty() ? "none" : join(runs, ",");
}

Calendar::Calendar(WorkWeek week, std::vector<ClosingDay> closing, std::vector<ClosingDay> replacement, Language lang)
    : m_week(week), m_lang(lang) {
    for (auto& c : closing) {
        m_closing[c.date] = c.name;
    }
    for (auto& r : replacement) {
        m_closing[r.date] = r.name;
    }
}

const std::vector<Holiday>& Calendar::holidays_of(int year) const {
    auto it = m_holidays.find(year);
    if (it == m_holidays.end()) {
        it = m_holidays.emplace(year, belgian_holidays(year)).first;
    }
    return it->second;
}

std::optional<Holiday> Calendar::public_holiday(Date d) const {
    for (const auto& h : holidays_of(static_cast<int>(d.year()))) {
        if (h.date == d) {
            return h;
        }
    }
    return std::nullopt;
}

std::optional<std::string> Calendar::day_off_name(Date d) const {
    if (auto h = public_holiday(d)) {
        return std::string(h->name(m_lang));
    }
    if (auto it = m_closing.find(d); it != m_closing.end()) {
        return it->second;
    }
    return std::nullopt;
}

bool Calendar::is_working_day(Date d, const WorkWeek* person) const {
    const WorkWeek& week = person ? *person : m_week;
    if (!week.works(date::weekday{date::sys_days{d}})) {
        return false;
    }
    return !m_closing.contains(d) && !public_holiday(d);
}

Date Calendar::add_working_days(Date d, int n) const {
    if (m_week.count() == 0) {
        throw config_error("work.days: no working days configured");
    }
    int step = n < 0 ? -1 : 1;
    for (int left = n < 0 ? -n : n; left > 0;) {
        d = add_days(d, step);
        if (is_working_day(d)) {
            --left;
        }
    }
    return d;
}

int Calendar::working_days_between(Date from, Date to, const WorkWeek* person) const {
    int n = 0;
    for (auto d = date::sys_days{from}; d <= date::sys_days{to}; d += date::days{1}) {
        n += is_working_day(Date{d}, person) ? 1 : 0;
    }
    return n;
}

Date Calendar::previous_working_day(Date d) const { return add_working_days(d, -1); }

Date Calendar::working_day_on_or_before(Date d) const {
    return is_working_day(d) ? d : previous_working_day(d);
}

} // namespace officectl::core
