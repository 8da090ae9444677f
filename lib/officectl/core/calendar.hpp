#pragma once
// Working days: which weekdays someone works, Belgian public holidays, and the
// company's own closing and replacement days (from config).

#include "officectl/core/dates.hpp"
#include "officectl/core/holidays.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::core {

// The weekdays someone works.
class WorkWeek {
public:
    WorkWeek(); // Monday to Friday
    // `mon-fri`, `mon,tue,thu`, `mon-wed,fri`; throws a data Error otherwise.
    static WorkWeek parse(std::string_view text);
    bool works(date::weekday wd) const { return m_days[wd.iso_encoding() - 1]; }
    int count() const;
    // Canonical spelling: runs collapsed (`mon-wed,fri`).
    std::string to_string() const;
    friend bool operator==(const WorkWeek&, const WorkWeek&) = default;

private:
    std::array<bool, 7> m_days{}; // Monday first
};

// A day the company is closed although it is no public holiday, or a day given in
// replacement of a public holiday that fell on a weekend.
struct ClosingDay {
    Date date;
    std::string name;
};

class Calendar {
public:
    Calendar(WorkWeek week = {}, std::vector<ClosingDay> closing = {}, std::vector<ClosingDay> replacement = {},
             Language lang = Language::nl);

    std::optional<Holiday> public_holiday(Date d) const;
    // The name of the public holiday, closing or replacement day on d, in the calendar's language.
    std::optional<std::string> day_off_name(Date d) const;
    // A day the company works: in the work week, no public holiday, no closing day.
    // With `person`, that person's own work week replaces the company's.
    bool is_working_day(Date d, const WorkWeek* person = nullptr) const;

    // The n-th working day after d (before d when n < 0); d itself is not counted.
    Date add_working_days(Date d, int n) const;
    // Working days in [from, to], both included; 0 when to < from.
    int working_days_between(Date from, Date to, const WorkWeek* person = nullptr) const;
    // The last working day strictly before d.
    Date previous_working_day(Date d) const;
    // d itself when it is a working day, else the last working day before it.
    Date working_day_on_or_before(Date d) const;

    const WorkWeek& week() const { return m_week; }

private:
    const std::vector<Holiday>& holidays_of(int year) const;

    WorkWeek m_week;
    std::map<Date, std::string> m_closing;
    Language m_lang;
    mutable std::map<int, std::vector<Holiday>> m_holidays; // per year, computed on demand
};

} // namespace officectl::core
