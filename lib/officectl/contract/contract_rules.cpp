#include "officectl/contract/contract_rules.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/money_math.hpp"

#include <fmt/format.h>

namespace officectl::contract {
namespace {

// Whether a notice leaves no day of the term [from, to] to give it in: the
// last day to give it (the end less the notice) falls before the term starts.
bool notice_fills(const core::Period& notice, core::Date from, core::Date to) {
    return core::add_period(to, notice, -1) < from;
}

} // namespace

std::string_view per_name(Per p) { return pers.name(p); }

std::optional<Per> parse_per(std::string_view word) { return pers.parse(word); }

void check_contract(const Contract& c) {
    if (c.title.empty()) {
        throw data_error("a contract needs a title");
    }
    if (!c.end && !c.term) {
        throw usage_error("give the contract's end: --end DATE or --term 36m");
    }
    if (c.end && c.term) {
        throw usage_error("give --end or --term, not both");
    }
    auto end = first_end(c);
    if (end < c.start) {
        throw data_error(fmt::format("the contract ends ({}) before it starts ({})", core::format_date(end),
                                     core::format_date(c.start)));
    }
    if (c.notice) {
        if (notice_fills(*c.notice, c.start, end)) {
            throw data_error(fmt::format("a notice of {} is as long as the term or longer ({} to {}): notice would "
                                         "be due by {}, before the contract starts",
                                         core::format_period(*c.notice), core::format_date(c.start),
                                         core::format_date(end),
                                         core::format_date(core::add_period(end, *c.notice, -1))));
        }
        if (c.renew_every) {
            auto next = core::add_days(end, 1);
            if (notice_fills(*c.notice, next, term_end(next, *c.renew_every))) {
                throw data_error(fmt::format("a notice of {} is as long as a renewal ({}) or longer",
                                             core::format_period(*c.notice), core::format_period(*c.renew_every)));
            }
        }
    }
    if (c.renewal == Renewal::automatic && !c.renew_every) {
        throw usage_error("--renew auto needs the new terms' length: auto:12m");
    }
    if (c.amount && c.amount->cents < 0) {
        throw data_error("--amount: a cost of 0 or more");
    }
}

core::Date term_end(core::Date from, const core::Period& length) {
    if (length.years == 0 && length.months == 0) {
        return core::add_days(from, length.days - 1);
    }
    // The same day of the month, `length` later: the term ends the day before it;
    // when that month has no such day (31 August + 6 months), on its last day.
    date::year_month_day start{from};
    auto later = start + date::months{12 * length.years + length.months};
    core::Date end = later.ok() ? core::add_days(core::Date{later}, -1)
                                : core::Date{later.year() / later.month() / date::last};
    return core::add_days(end, length.days);
}

core::Date first_end(const Contract& c) { return c.end ? *c.end : term_end(c.start, *c.term); }

std::optional<Term> term_on(const Contract& c, core::Date day) {
    Term t{1, c.start, first_end(c)};
    if (day <= t.to) {
        return t;
    }
    if (c.renewal != Renewal::automatic || !c.renew_every) {
        return std::nullopt;
    }
    for (int guard = 0; guard < 1000 && t.to < day; ++guard) {
        auto from = core::add_days(t.to, 1);
        t = {t.number + 1, from, term_end(from, *c.renew_every)};
    }
    return t;
}

std::optional<core::Date> notice_deadline(const Contract& c, const Term& t, const core::Calendar& calendar) {
    if (!c.notice) {
        return std::nullopt;
    }
    auto day = core::add_period(t.to, *c.notice, -1);
    return calendar.working_day_on_or_before(day);
}

std::vector<Deadline> contract_deadlines(const Contract& c, const core::Calendar& calendar, core::Date from,
                                         core::Date to) {
    std::vector<Deadline> out;
    if (c.ended) {
        return out;
    }
    auto t = term_on(c, from);
    for (int guard = 0; t && guard < 100 && t->from <= to; ++guard) {
        if (auto n = notice_deadline(c, *t, calendar); n && !c.notice_given && from <= *n && *n <= to) {
            out.push_back({*n, "notice", c.id, c.title, c.vendor,
                           fmt::format("last day to give notice; otherwise term {} {}", t->number + 1,
                                       c.renewal == Renewal::automatic ? "starts " + core::format_date(core::add_days(t->to, 1))
                                                                       : "needs a new contract")});
        }
        if (from <= t->to && t->to <= to) {
            out.push_back({t->to, "term ends", c.id, c.title, c.vendor,
                           fmt::format("term {} ends{}", t->number,
                                       c.renewal == Renewal::automatic ? ", renews itself" : "")});
        }
        if (c.renewal != Renewal::automatic) {
            break;
        }
        t = term_on(c, core::add_days(t->to, 1));
    }
    return out;
}

std::optional<Deadline> missed_notice(const Contract& c, const core::Calendar& calendar, core::Date today) {
    if (c.ended || c.notice_given || c.renewal != Renewal::automatic || !c.renew_every) {
        return std::nullopt;
    }
    auto t = term_on(c, today);
    if (!t || t->from > today) {
        return std::nullopt;
    }
    auto n = notice_deadline(c, *t, calendar);
    if (!n || *n >= today) {
        return std::nullopt;
    }
    auto next = core::add_days(t->to, 1);
    return Deadline{*n, "notice missed", c.id, c.title, c.vendor,
                    fmt::format("notice was due by {}: renews on {} until {}", core::format_date(*n),
                                core::format_date(next), core::format_date(term_end(next, *c.renew_every)))};
}

core::Date comes_up(const Obligation& o) { return core::add_period(o.next, o.lead, -1); }

core::Money cost_in_year(const Contract& c, int year, core::Date today) {
    core::Money m{0, c.amount ? c.amount->currency : "EUR"};
    if (!c.amount) {
        return m;
    }
    if (c.per == Per::once) {
        m.cents = int(c.start.year()) == year ? c.amount->cents : 0;
        return m;
    }
    // Months of the year in which the contract runs (to the end of its last known term, or today's term).
    core::Date last{date::year{year}, date::December, date::day{31}};
    auto ends = c.ended;
    if (!ends) {
        auto t = term_on(c, std::max(last, today));
        ends = t ? std::optional<core::Date>(t->to) : std::optional<core::Date>(first_end(c));
    }
    int months = 0;
    for (unsigned mo = 1; mo <= 12; ++mo) {
        core::Date month_start{date::year{year}, date::month{mo}, date::day{1}};
        core::Date month_end{date::year{year} / date::month{mo} / date::last};
        if (month_start <= *ends && c.start <= month_end) {
            ++months;
        }
    }
    // The amount per month is amount / (months per period): exact, rounded once to the cent.
    std::int64_t months_per = c.per == Per::month ? 1 : c.per == Per::quarter ? 3 : 12;
    m.cents = core::scale_cents(c.amount->cents, months, months_per);
    return m;
}

} // namespace officectl::contract
