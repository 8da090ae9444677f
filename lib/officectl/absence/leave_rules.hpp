#pragma once
// Counting leave: only the person's working days count (their own work week),
// public holidays and company closing days inside a leave are not deducted, a
// half day counts half. Plain functions over values, unit-tested without a store.

#include "officectl/absence/leave.hpp"
#include "officectl/core/calendar.hpp"

#include <optional>
#include <string>

namespace officectl::absence {

// Throws a data Error for an end before the start, or a half day over several days.
void check_leave(const Leave& leave);
// Throws a data Error for leave on a day the person is not employed: before
// their first day or after their last (team member start and end). The end of
// open sick leave is not known yet and is not held against their last day.
void check_employment(const Leave& leave, std::optional<core::Date> first_day, std::optional<core::Date> last_day);
// Refuses a half day on a day that is no working day for the person (it counted 0 days, silently).
void check_counts(const Leave& leave, const LeaveCount& count);
// Sickness is never refused (a staffing rule warns instead).
bool is_illness(const Leave& leave);
// The note of sick leave is confidential (officectl(1), CONFIDENTIALITY; the
// journal's rule is the same, in catalog.cpp).
bool note_is_confidential(const Leave& leave);

// The leave's days within [from, to] (the whole leave when not given).
LeaveCount count_leave(const Leave& leave, const core::Calendar& calendar, const core::WorkWeek& week,
                       std::optional<core::Date> from = std::nullopt, std::optional<core::Date> to = std::nullopt);

// The yearly entitlement of someone working `week` when a full-time week
// (the company's) gives `full_time_days`: pro rata, rounded to half days.
double pro_rata_entitlement(int full_time_days, const core::WorkWeek& week, const core::WorkWeek& company);
// The months of `year` a person is employed: a month counts when they are employed
// on its 15th (start on or before it, end on or after it). 12 without dates.
int months_employed(std::optional<core::Date> start, std::optional<core::Date> end, int year);
// A year's days for `months` of employment: days x months / 12, to the nearest half day.
double pro_rata_months(double days, int months);

// The days of a leave in words: "2026-12-04 (afternoon)", "2026-12-21 to
// 2027-01-01", "since 2026-12-07, no end yet".
std::string span_text(const Leave& leave);

// "8 days", "0.5 day", "3.5 days".
std::string format_days(double days);

} // namespace officectl::absence
