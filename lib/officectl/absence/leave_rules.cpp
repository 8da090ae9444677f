#include "officectl/absence/leave_rules.hpp"

#include "officectl/core/error.hpp"

#include <fmt/format.h>

#include <cmath>

namespace officectl::absence {

std::string_view status_name(LeaveStatus s) { return leave_statuses.name(s); }

std::optional<LeaveStatus> parse_status(std::string_view word) { return leave_statuses.parse(word); }

void check_leave(const Leave& leave) {
    if (leave.open) {
        if (!is_illness(leave)) {
            throw data_error(fmt::format("--no-end: only sick leave can have no end yet, not {}", leave.type));
        }
        if (leave.half) {
            throw data_error("--no-end: half a day has an end; give --half or --no-end");
        }
        if (leave.status == LeaveStatus::requested) {
            throw data_error("--no-end: sickness is recorded, not requested");
        }
        if (leave.to != k_no_end_yet) {
            throw std::logic_error("an open leave ends on k_no_end_yet");
        }
    }
    if (leave.to < leave.from) {
        throw data_error(fmt::format("the leave ends ({}) before it starts ({})", core::format_date(leave.to),
                                     core::format_date(leave.from)));
    }
    if (leave.half && leave.from != leave.to) {
        throw data_error("--half is for a leave of one day (--since and --until the same day)");
    }
    // A typo such as 0001-01-01 or 20260-01-05 would count thousands of days: refused.
    for (auto d : {leave.from, leave.open ? leave.from : leave.to}) {
        auto year = static_cast<int>(d.year());
        if (year < 1900 || year > 2199) {
            throw data_error(fmt::format("a leave on {}? dates from 1900 to 2199 only: check the year",
                                         core::format_date(d)));
        }
    }
    if (!leave.open && core::days_between(leave.from, leave.to) > 366) {
        throw data_error("a leave of more than a year: split it per year");
    }
}

LeaveCount count_leave(const Leave& leave, const core::Calendar& calendar, const core::WorkWeek& week,
                       std::optional<core::Date> from, std::optional<core::Date> to) {
    LeaveCount out;
    auto first = from && *from > leave.from ? *from : leave.from;
    if (leave.open && !to) {
        throw std::logic_error("count_leave: an open leave is counted up to a day");
    }
    auto last = to && *to < leave.to ? *to : leave.to;
    for (auto d = first; d <= last; d = core::add_days(d, 1)) {
        CountedDay c{d, 0, ""};
        date::weekday wd{date::sys_days{d}};
        if (auto name = calendar.day_off_name(d)) {
            c.why = *name;
        } else if (!calendar.week().works(wd) && !week.works(wd)) {
            c.why = "weekend";
        } else if (!week.works(wd)) {
            c.why = fmt::format("not a working day for {}", leave.who);
        } else {
            c.days = leave.half ? 0.5 : 1.0;
            c.why = leave.half ? (*leave.half == Half::am ? "morning" : "afternoon") : "working day";
        }
        out.days += c.days;
        out.per_day.push_back(std::move(c));
    }
    return out;
}

double pro_rata_entitlement(int full_time_days, const core::WorkWeek& week, const core::WorkWeek& company) {
    if (company.count() == 0) {
        return full_time_days;
    }
    double exact = full_time_days * static_cast<double>(week.count()) / company.count();
    return std::round(exact * 2) / 2;
}

int months_employed(std::optional<core::Date> start, std::optional<core::Date> end, int year) {
    int months = 0;
    for (unsigned m = 1; m <= 12; ++m) {
        core::Date mid{date::year{year}, date::month{m}, date::day{15}};
        if ((!start || *start <= mid) && (!end || *end >= mid)) {
            ++months;
        }
    }
    return months;
}

double pro_rata_months(double days, int months) { return std::round(days * months / 12.0 * 2) / 2; }

std::string format_days(double days) {
    auto text = std::fmod(days, 1.0) == 0 ? fmt::format("{}", static_cast<long>(days)) : fmt::format("{:.1f}", days);
    return text + (days == 1 || days == 0.5 ? " day" : " days");
}

std::string span_text(const Leave& l) {
    if (l.open) {
        return fmt::format("since {}, no end yet", core::format_date(l.from));
    }
    if (l.from == l.to) {
        return core::format_date(l.from) + (l.half ? (*l.half == Half::am ? " (morning)" : " (afternoon)") : "");
    }
    return fmt::format("{} to {}", core::format_date(l.from), core::format_date(l.to));
}

bool note_is_confidential(const Leave& leave) { return leave.type == "sick"; }

bool is_illness(const Leave& leave) { return leave.type == "sick"; }

void check_employment(const Leave& leave, std::optional<core::Date> first_day, std::optional<core::Date> last_day) {
    if (first_day && leave.from < *first_day) {
        throw data_error(fmt::format("{} starts on {}: no leave before that ({} asked)", leave.who,
                                     core::format_date(*first_day), core::format_date(leave.from)));
    }
    if (last_day && (leave.from > *last_day || (!leave.open && leave.to > *last_day))) {
        throw data_error(fmt::format("{}'s last day is {}: no leave after that ({} to {} asked)", leave.who,
                                     core::format_date(*last_day), core::format_date(leave.from),
                                     leave.open ? std::string("no end") : core::format_date(leave.to)));
    }
}

void check_counts(const Leave& leave, const LeaveCount& count) {
    if (leave.half && count.days == 0 && !count.per_day.empty()) {
        const auto& day = count.per_day.front();
        throw data_error(fmt::format("--half: {} counts nothing ({}): half a day off falls on one of {}'s working days",
                                     core::format_date(day.day), day.why, leave.who));
    }
}

} // namespace officectl::absence
