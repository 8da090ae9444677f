// The contract deadline engine: terms, automatic renewals, notice deadlines on
// working days, costs; and the store.

#include "officectl/contact/contact_store.hpp"
#include "officectl/contract/contract_import.hpp"
#include "officectl/contract/contract_rules.hpp"
#include "officectl/contract/contract_store.hpp"
#include "officectl/contract/contract_views.hpp"
#include "officectl/core/error.hpp"
#include "temp_store.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace officectl;
using contract::Contract;
using testing::TempStore;

namespace {

core::Date d(int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; }

Contract copier() {
    Contract c;
    c.id = 1;
    c.title = "Onderhoud kopieertoestellen";
    c.start = d(2025, 1, 1);
    c.term = core::parse_period("36m");
    c.notice = core::parse_period("3m");
    c.renewal = contract::Renewal::automatic;
    c.renew_every = core::parse_period("12m");
    return c;
}

} // namespace

TEST_CASE("a 3-year contract from 2025-01-01 with 3 months notice, renewing yearly") {
    auto c = copier();
    core::Calendar be;
    CHECK(contract::first_end(c) == d(2027, 12, 31));
    auto t = contract::term_on(c, d(2026, 12, 2));
    REQUIRE(t);
    CHECK(t->number == 1);
    // 2027-09-30 is a Thursday: the deadline itself.
    CHECK(contract::notice_deadline(c, *t, be) == d(2027, 9, 30));
    // It rolls: term 2 in 2028 (notice: 2028-09-30 is a Saturday -> Friday the 29th), term 3 in 2029.
    auto t2 = contract::term_on(c, d(2028, 6, 1));
    REQUIRE(t2);
    CHECK(t2->number == 2);
    CHECK(t2->from == d(2028, 1, 1));
    CHECK(t2->to == d(2028, 12, 31));
    CHECK(contract::notice_deadline(c, *t2, be) == d(2028, 9, 29));
    CHECK(contract::term_on(c, d(2029, 12, 31))->number == 3);
    auto deadlines = contract::contract_deadlines(c, be, d(2026, 12, 2), d(2029, 12, 31));
    REQUIRE(deadlines.size() == 6); // three notices, three term ends
    CHECK(deadlines[0].what == "notice");
    CHECK(deadlines[0].date == d(2027, 9, 30));
}

TEST_CASE("notice deadlines move back to a working day: weekends, Easter Monday, closing days") {
    core::Calendar be;
    Contract c;
    c.title = "Lease";
    c.start = d(2024, 7, 1);
    c.end = d(2027, 6, 30);
    c.notice = core::parse_period("3m");
    // 30 June less 3 months = 30 March 2027, a Tuesday.
    CHECK(contract::notice_deadline(c, *contract::term_on(c, c.start), be) == d(2027, 3, 30));
    // Ends 2027-07-29: notice day 2027-03-29, Easter Monday -> Friday 26 March.
    c.end = d(2027, 6, 29);
    CHECK(contract::notice_deadline(c, *contract::term_on(c, c.start), be) == d(2027, 3, 26));
    // A company closing day on the deadline moves it back too.
    core::Calendar closed({}, {{d(2027, 4, 15), "Teambuilding"}});
    c.end = d(2027, 7, 15);
    CHECK(contract::notice_deadline(c, *contract::term_on(c, c.start), be) == d(2027, 4, 15));
    CHECK(contract::notice_deadline(c, *contract::term_on(c, c.start), closed) == d(2027, 4, 14));
    // Month ends: a term ending 31 May with 3 months notice: 28 February (29 in a leap year).
    c.end = d(2027, 5, 31);
    CHECK(contract::notice_deadline(c, *contract::term_on(c, c.start), be) == d(2027, 2, 26)); // 28 Feb is a Sunday
    c.end = d(2028, 5, 31);
    CHECK(contract::notice_deadline(c, *contract::term_on(c, c.start), be) == d(2028, 2, 29));
    // A term from 31 January of one month ends on 27/28 February.
    Contract m;
    m.title = "Maand";
    m.start = d(2027, 1, 31);
    m.term = core::parse_period("1m");
    CHECK(contract::first_end(m) == d(2027, 2, 28));
    m.start = d(2028, 1, 31);
    CHECK(contract::first_end(m) == d(2028, 2, 29));
}

TEST_CASE("a term ends the day before the same day of the month, or on the last day when that month has none") {
    auto six = core::parse_period("6m");
    CHECK(contract::term_end(d(2025, 8, 31), six) == d(2026, 2, 28));
    CHECK(contract::term_end(d(2025, 8, 28), six) == d(2026, 2, 27));
    CHECK(contract::term_end(d(2025, 9, 1), six) == d(2026, 2, 28));
    CHECK(contract::term_end(d(2025, 8, 30), six) == d(2026, 2, 28));
    CHECK(contract::term_end(d(2026, 1, 1), core::parse_period("1y")) == d(2026, 12, 31));
    CHECK(contract::term_end(d(2024, 2, 29), core::parse_period("1y")) == d(2025, 2, 28));
    CHECK(contract::term_end(d(2026, 12, 3), core::parse_period("30d")) == d(2027, 1, 1));
}

TEST_CASE("a notice that passed while the contract renews itself is a missed notice") {
    auto c = copier();
    core::Calendar be;
    // Nothing is missed before the notice date.
    CHECK_FALSE(contract::missed_notice(c, be, c.start).has_value());
    auto t = contract::term_on(c, c.start);
    REQUIRE(t);
    auto due = *contract::notice_deadline(c, *t, be);
    CHECK_FALSE(contract::missed_notice(c, be, due).has_value());
    auto missed = contract::missed_notice(c, be, core::add_days(due, 1));
    REQUIRE(missed.has_value());
    CHECK(missed->date == due);
    CHECK(missed->what == "notice missed");
    // Notice given, or a contract that does not renew: nothing is missed.
    c.notice_given = d(2026, 1, 1);
    CHECK_FALSE(contract::missed_notice(c, be, core::add_days(due, 1)).has_value());
}

TEST_CASE("contracts that cannot be: an end before the start, a notice as long as the term") {
    Contract c;
    c.title = "X";
    c.start = d(2026, 1, 1);
    c.end = d(2025, 12, 31);
    CHECK_THROWS_WITH_AS(contract::check_contract(c), doctest::Contains("before it starts"), Error);
    c.end = d(2026, 3, 31);
    c.notice = core::parse_period("6m");
    CHECK_THROWS_WITH_AS(contract::check_contract(c), doctest::Contains("as long as the term"), Error);
    // A notice exactly as long as the term would fall due the day before it starts.
    c.end.reset();
    c.term = core::parse_period("12m");
    c.notice = core::parse_period("12m");
    CHECK_THROWS_WITH_AS(contract::check_contract(c), doctest::Contains("before the contract starts"), Error);
    c.notice = core::parse_period("11m");
    CHECK_NOTHROW(contract::check_contract(c));
    c.end = d(2026, 3, 31);
    c.end.reset();
    c.term.reset();
    CHECK_THROWS_AS(contract::check_contract(c), Error); // neither end nor term
    auto auto_renew = copier();
    auto_renew.renew_every.reset();
    CHECK_THROWS_AS(contract::check_contract(auto_renew), Error);
}

TEST_CASE("costs in a year: monthly amounts for the months it runs, a one-off in its first year") {
    auto c = copier();
    c.amount = core::Money{125000, "EUR"};
    c.per = contract::Per::month;
    CHECK(contract::cost_in_year(c, 2027, d(2026, 12, 2)).cents == 12 * 125000);
    Contract part;
    part.title = "Schoonmaak";
    part.start = d(2026, 7, 1);
    part.end = d(2027, 6, 30);
    part.amount = core::Money{2400000, "EUR"};
    part.per = contract::Per::year;
    CHECK(contract::cost_in_year(part, 2026, d(2026, 12, 2)).cents == 1200000);
    part.per = contract::Per::once;
    CHECK(contract::cost_in_year(part, 2026, d(2026, 12, 2)).cents == 2400000);
    CHECK(contract::cost_in_year(part, 2027, d(2026, 12, 2)).cents == 0);
}

TEST_CASE("costs in a year are exact: no floating point between the amount and the cent") {
    Contract part;
    part.title = "Abonnement";
    part.start = d(2026, 7, 1);
    part.end = d(2027, 6, 30);
    part.per = contract::Per::year;
    // Half of 0,25 a year is 0,125: rounded half away from zero, 0,13 (a double made it 0,12).
    part.amount = core::Money{25, "EUR"};
    CHECK(contract::cost_in_year(part, 2026, d(2026, 12, 2)) == core::Money{13, "EUR"});
    part.amount = core::Money{7, "EUR"};
    CHECK(contract::cost_in_year(part, 2026, d(2026, 12, 2)).cents == 4);
    // A quarterly amount for the 6 months: twice it, whatever its cents.
    part.per = contract::Per::quarter;
    part.amount = core::Money{100001, "USD"};
    CHECK(contract::cost_in_year(part, 2026, d(2026, 12, 2)) == core::Money{200002, "USD"});
}

TEST_CASE("contracts in the store, with their vendor, obligations and incidents; due lists them") {
    TempStore s;
    store::Txn txn(s.db, TempStore::actor());
    auto vendor = contact::resolve_party(txn, "Ricoh", {false, contact::Type::supplier});
    auto c = copier();
    c.vendor_id = vendor.contact.id;
    c.id = contract::add_contract(txn, c);
    contract::Obligation o{0, c.id, "Technische keuring", core::parse_period("1y"), d(2027, 3, 1), core::parse_period("30d")};
    contract::add_obligation(txn, o);
    contract::add_incident(txn, {0, c.id, "Defect", d(2026, 11, 20), contract::Severity::high, std::nullopt});
    txn.commit();
    auto back = contract::get_contract(s.db, c.id);
    CHECK(back.vendor == "Ricoh");
    CHECK(back.renew_every == core::parse_period("12m"));
    core::Calendar be;
    auto due = contract::due(s.db, be, d(2026, 12, 2), d(2027, 3, 31));
    REQUIRE(due.size() == 1);
    CHECK(due[0].what == "obligation");
    CHECK(contract::list_incidents(s.db, c.id, true).size() == 1);
    CHECK_THROWS_AS(contract::get_contract(s.db, 99), Error);
}

TEST_CASE("contract import: a row per contract by reference, errors naming line and column, twice changes nothing") {
    TempStore s;
    contract::FieldRules rules;
    rules.today = d(2026, 12, 7);
    auto import = [&](const std::string& text) {
        std::istringstream in(text);
        io::CsvReader csv(in, "contracts.csv");
        store::Txn txn(s.db, TempStore::actor());
        auto r = contract::import_contracts(txn, csv, rules);
        txn.commit();
        return r;
    };
    std::string file = "reference,title,vendor,start,term,notice,renew,amount,per\n"
                       "CT-1,Onderhoud lift,Schindler,2026-01-01,36m,3m,auto:12m,\"1.200,00\",quarter\n"
                       "CT-2,Koffie,Selecta,2026-03-01,12m,1m,manual,45,month\n";
    auto first = import(file);
    CHECK(first.counts.added == 2);
    CHECK(first.notes.size() == 2); // two new relations
    auto lift = contract::find_by_reference(s.db, "CT-1");
    REQUIRE(lift);
    CHECK(lift->renewal == contract::Renewal::automatic);
    CHECK(lift->renew_every == core::parse_period("12m"));
    CHECK(lift->per == contract::Per::quarter);
    CHECK(lift->amount->cents == 120000);
    auto again = import(file);
    CHECK(again.counts.added == 0);
    CHECK(again.counts.unchanged == 2);
    CHECK(again.notes.empty());

    // A bad value names the row's line and the column, and nothing of the file is kept.
    auto refused = [&](const std::string& text) {
        try {
            import(text);
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("(accepted)");
    };
    CHECK(refused("reference,title,vendor,start,term\nCT-3,X,Y,2026-01-01,1y\nCT-4,X,Y,31/02/2026,1y\n")
              .rfind("contracts.csv:3: start: ", 0) == 0);
    CHECK_FALSE(contract::find_by_reference(s.db, "CT-3"));
    CHECK(refused("reference,per\nCT-1,weekly\n") == "contracts.csv:2: per: \"weekly\" is not month, quarter, year or once");
    CHECK(refused("reference,renew\nCT-1,sometimes\n") ==
          "contracts.csv:2: renew: expected auto:12m, manual or none, not \"sometimes\"");
    CHECK(refused("reference,amount\nCT-1,lots\n").rfind("contracts.csv:2: amount: invalid amount", 0) == 0);
    CHECK(refused("reference,title\nCT-9,Nieuw\n") == "contracts.csv:2: a new contract needs a title, vendor and start");
}
