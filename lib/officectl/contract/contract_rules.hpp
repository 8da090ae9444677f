#pragma once
// The deadline engine, as plain functions: terms (automatic renewals roll term
// after term), the last day to give notice (the term's end less the notice,
// moved back to a working day by the Belgian calendar and closing days), and
// what is due in a window.

#include "officectl/contract/contract.hpp"
#include "officectl/core/calendar.hpp"

#include <optional>
#include <vector>

namespace officectl::contract {

// Throws a data Error: an end before the start, a notice longer than the term,
// an automatic renewal without its period, neither --end nor --term.
void check_contract(const Contract& c);

// The last day of a term of `length` from `from`: the day before the same day
// of the month `length` later; when that month has no such day (a term of 6
// months from 31 August), its last day. Day periods count days: 10d from the
// 1st ends on the 10th.
core::Date term_end(core::Date from, const core::Period& length);
// The first term's last day.
core::Date first_end(const Contract& c);
// The term running on `day`, or the next one when it falls between terms; for
// contracts that do not renew automatically, nullopt after the first term.
std::optional<Term> term_on(const Contract& c, core::Date day);
// The last day to give notice for a term, on a working day.
std::optional<core::Date> notice_deadline(const Contract& c, const Term& t, const core::Calendar& calendar);

// The deadlines of a contract in [from, to]: notice deadlines and term ends (for
// every term that touches the window), none once it has ended.
std::vector<Deadline> contract_deadlines(const Contract& c, const core::Calendar& calendar, core::Date from,
                                         core::Date to);
// The notice of the running term, when its last day has passed and it was not
// given: the contract renews itself. The first thing a report shows.
std::optional<Deadline> missed_notice(const Contract& c, const core::Calendar& calendar, core::Date today);

// The obligation's due date, and when it comes up (due less the lead).
core::Date comes_up(const Obligation& o);

// The cost of the contract within a year, in the contract's currency: recurring
// amounts for the months it runs in that year (a quarterly or yearly amount
// spread over its months, in exact integer arithmetic, rounded once to the cent);
// a one-off amount in the year it starts.
core::Money cost_in_year(const Contract& c, int year, core::Date today);

} // namespace officectl::contract
