// The budget book: plans per month, VAT, the forecast and the marks, weighing
// quotes (lower is better, scores, missing criteria, ties), and the store:
// a commitment consumed by its invoice.

#include "officectl/budget/budget_rules.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/budget/budget_views.hpp"
#include "officectl/budget/quote_scoring.hpp"
#include "officectl/budget/quote_store.hpp"
#include "officectl/budget/spending_import.hpp"
#include "officectl/contact/contact_store.hpp"
#include "officectl/core/error.hpp"
#include "temp_store.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <sstream>

using namespace officectl;
using testing::TempStore;

namespace {

core::Date d(int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; }

budget::Quote quote(std::int64_t id, std::int64_t cents, std::optional<int> delivery, std::map<std::string, int> scores) {
    budget::Quote q;
    q.id = id;
    q.vendor = "V" + std::to_string(id);
    q.amount = {cents, "EUR"};
    q.delivery_days = delivery;
    q.scores = std::move(scores);
    return q;
}

} // namespace

TEST_CASE("a year's plan: spread evenly with the odd cents first, or per month") {
    auto even = budget::spread_evenly(500000 + 5); // 5 000,05
    CHECK(even[0] == 41668);
    std::int64_t sum = 0;
    for (auto m : even) {
        sum += m;
    }
    CHECK(sum == 500005);
    CHECK(even[11] == 41667); // 500005 / 12 = 41667 r 1: only January gets the extra cent
    // A negative plan keeps every cent too (it lost them: -5 planned -4,92, -0,05 planned 0,00).
    for (std::int64_t cents : {-500, -100, -5, -1, -1201}) {
        auto spread = budget::spread_evenly(cents);
        std::int64_t total = 0;
        for (auto m : spread) {
            total += m;
            CHECK(m <= 0);
        }
        CHECK(total == cents);
    }
    CHECK(budget::spread_evenly(-500)[0] == -42); // -5,00: -0,42 for the first eight months, -0,41 after
    CHECK(budget::spread_evenly(-500)[11] == -41);
    auto by = budget::parse_by_month("jan=500, mar=1.250,00,dec=10", "EUR");
    CHECK(by[0] == 50000);
    CHECK(by[1] == 0);
    CHECK(by[2] == 125000);
    CHECK(by[11] == 1000);
    CHECK_THROWS_WITH_AS(budget::parse_by_month("januari=5", "EUR"), doctest::Contains("month=amount"), Error);
    CHECK_THROWS_AS(budget::parse_by_month("feb=veel", "EUR"), Error);
}

TEST_CASE("VAT: the Belgian rates only; amounts with VAT round to the cent") {
    CHECK(budget::parse_vat("21") == 21);
    CHECK(budget::parse_vat("6%") == 6);
    CHECK_THROWS_AS(budget::parse_vat("19"), Error);
    CHECK(budget::with_vat(420000, 21) == 508200);
    CHECK(budget::with_vat(1, 21) == 1);   // 1.21 cents -> 1
    CHECK(budget::with_vat(3, 21) == 4);   // 3.63 -> 4
    CHECK(budget::with_vat(-3, 21) == -4); // a credit note rounds the same way
    CHECK(budget::without_vat(12100, 21) == 10000);
    CHECK(budget::without_vat(6050, 21) == 5000);
    CHECK(budget::without_vat(100, 21) == 83);    // 82.64 -> 83
    CHECK(budget::without_vat(106, 6) == 100);
    CHECK(budget::without_vat(-12100, 21) == -10000);
    CHECK(budget::without_vat(500, 0) == 500);
    for (std::int64_t cents : {1, 99, 4200, 123457}) { // VAT on and off again gives the amount back
        CHECK(budget::without_vat(budget::with_vat(cents, 21), 21) == cents);
    }
    // The largest amount an import reads: the product no longer overflows (it gave 64.184.129.185.555,71).
    CHECK(budget::without_vat(-99999999999999999, 21) == -82644628099173553);
}

TEST_CASE("forecast from the run rate, and the marks") {
    budget::LineFigures f{120000, 0, 25000}; // 1 200 planned, 250 spent by the end of March
    auto forecast = budget::forecast_year_end(f, 2027, d(2027, 3, 31));
    CHECK(forecast == 25000 * 365 / 90); // 90 days of 365 elapsed: 1 013,88
    CHECK(budget::mark(f, 120000, forecast) == "");
    f.spent = 60000; // twice the pace: forecast over
    forecast = budget::forecast_year_end(f, 2027, d(2027, 3, 31));
    CHECK(budget::mark(f, 120000, forecast) == "forecast over");
    f.committed = 50000; // 1 100 of 1 200 used
    CHECK(f.percent_used() == 91);
    budget::LineFigures huge{500000, 0, 100000000000000}; // 1 000 billion spent of 5 000: no wrapped negative
    CHECK(huge.percent_used() == 20000000000);
    CHECK(budget::mark(f, 120000, 0) == "near");
    f.committed = 70000;
    CHECK(budget::mark(f, 120000, 0) == "over");
    CHECK(f.remaining() == -10000);
    SUBCASE("before the year and after it") {
        budget::LineFigures g{100, 10, 20};
        CHECK(budget::forecast_year_end(g, 2027, d(2026, 12, 1)) == 30); // spent + committed at least
        CHECK(budget::forecast_year_end(g, 2027, d(2028, 1, 5)) == 30);
    }
}

TEST_CASE("quotes: lower is better for price and delivery, scores out of 5, a missing criterion counts 0") {
    std::vector<budget::Quote> quotes{
        quote(1, 420000, 10, {{"quality", 4}}),
        quote(2, 380000, 20, {{"quality", 3}}),
        quote(3, 500000, 5, {}), // no quality score
    };
    auto ranked = budget::rank_quotes(quotes, budget::default_weights());
    REQUIRE(ranked.size() == 3);
    // By hand: 1: 0.5*380/420 + 0.2*5/10 + 0.3*4/5 = 0.45238 + 0.1 + 0.24 = 0.79238
    //          2: 0.5*1      + 0.2*5/20 + 0.3*3/5 = 0.5 + 0.05 + 0.18 = 0.73
    //          3: 0.5*380/500 + 0.2*1   + 0        = 0.38 + 0.2 = 0.58
    CHECK(ranked[0].quote.id == 1);
    CHECK(ranked[0].total == doctest::Approx(0.792381).epsilon(1e-5));
    CHECK(ranked[1].quote.id == 2);
    CHECK(ranked[1].total == doctest::Approx(0.73));
    CHECK(ranked[2].quote.id == 3);
    CHECK(ranked[2].rank == 3);
    // The weights' order: delivery, price, quality (a map); quote 3 states no quality.
    CHECK(ranked[2].contributions[2].criterion == "quality");
    CHECK_FALSE(ranked[2].contributions[2].normalised);

    SUBCASE("equal totals share a rank, the lower price first") {
        std::vector<budget::Quote> tied{quote(1, 100, std::nullopt, {{"service", 5}}), quote(2, 100, std::nullopt, {{"service", 5}})};
        auto r = budget::rank_quotes(tied, budget::parse_weights("price=1,service=1"));
        CHECK(r[0].rank == 1);
        CHECK(r[1].rank == 1);
    }
    SUBCASE("scores are 0 to 5") {
        CHECK(budget::parse_scores("Quality=4, service=0") == std::map<std::string, int>{{"quality", 4}, {"service", 0}});
        CHECK_THROWS_AS(budget::parse_scores("quality=6"), Error);
        CHECK_THROWS_AS(budget::parse_scores("quality"), Error);
    }
    SUBCASE("weights are checked") {
        CHECK(budget::parse_weights("price=0.6, Service=0.4").at("service") == doctest::Approx(0.4));
        CHECK_THROWS_AS(budget::parse_weights("price"), Error);
        CHECK_THROWS_AS(budget::parse_weights("price=-1"), Error);
        CHECK_THROWS_AS(budget::parse_weights("price=1x"), Error);
    }
}

TEST_CASE("store: an accepted quote becomes a commitment, consumed by its invoice; the sums per line") {
    TempStore s;
    std::int64_t line_id = 0, commitment = 0;
    {
        store::Txn txn(s.db, TempStore::actor());
        auto b = budget::add_budget(txn, {0, "Facilitair 2027", 2027, std::nullopt});
        budget::Line l;
        l.budget_id = b;
        l.name = "Kantoorbenodigdheden";
        l.code = "6100";
        l.by_month = budget::spread_evenly(500000);
        line_id = budget::add_line(txn, l);
        auto ricoh = contact::resolve_party(txn, "Ricoh", {}).contact.id;
        budget::Request r{0, "Nieuwe kopieermachine", line_id, false, d(2027, 1, 5)};
        auto req = budget::add_request(txn, r);
        budget::Quote q = quote(0, 420000, 10, {});
        q.request_id = req;
        q.vendor_id = ricoh;
        auto q1 = budget::add_quote(txn, q);
        q.amount.cents = 450000;
        budget::add_quote(txn, q);
        budget::accept_quote(txn, budget::get_quote(txn.db(), q1), std::string("levering binnen 10 dagen"));
        budget::Commitment c;
        c.line_id = line_id;
        c.title = "Nieuwe kopieermachine";
        c.amount = {420000, "EUR"};
        c.vendor_id = ricoh;
        c.date = d(2027, 1, 10);
        c.quote_id = q1;
        commitment = budget::add_commitment(txn, c);
        txn.commit();
        auto quotes = budget::list_quotes(s.db, req);
        CHECK(quotes[0].status == budget::QuoteStatus::accepted);
        CHECK(quotes[0].conditions == "levering binnen 10 dagen");
        CHECK(quotes[1].status == budget::QuoteStatus::rejected);
        CHECK(budget::get_request(s.db, req).decided);
    }
    auto budget_id = budget::find_budget(s.db, "Facilitair 2027").id;
    auto sums = budget::line_sums(s.db, budget_id, d(2027, 1, 1), d(2027, 12, 31));
    CHECK(sums[line_id].committed == 420000);
    CHECK(sums[line_id].spent == 0);
    {
        store::Txn txn(s.db, TempStore::actor());
        budget::Spending sp;
        sp.line_id = line_id;
        sp.amount = {420000, "EUR"};
        sp.date = d(2027, 2, 3);
        sp.commitment_id = commitment;
        budget::add_spending(txn, sp);
        budget::set_commitment_status(txn, commitment, budget::CommitmentStatus::invoiced);
        txn.commit();
    }
    sums = budget::line_sums(s.db, budget_id, d(2027, 1, 1), d(2027, 12, 31));
    CHECK(sums[line_id].committed == 0);
    CHECK(sums[line_id].spent == 420000);
    CHECK(budget::line_sums(s.db, budget_id, d(2027, 1, 1), d(2027, 1, 31))[line_id].spent == 0);
    CHECK(budget::find_line(s.db, "6100").id == line_id);
    CHECK(budget::find_line(s.db, "Facilitair 2027/Kantoorbenodigdheden").id == line_id);
    CHECK_THROWS_AS(budget::find_line(s.db, "Reizen"), Error);
    CHECK_THROWS_AS(budget::find_budget(s.db, "Facilitair 2028"), Error);
}

TEST_CASE("import: columns mapped by name, the VAT taken off, each payment once, a bad row refuses the file") {
    CHECK(budget::parse_column_map("date=Datum, amount = Bedrag").header_of.at("amount") == "Bedrag");
    CHECK_THROWS_WITH_AS(budget::parse_column_map("datum=Datum"), doctest::Contains("no such field"), Error);
    CHECK_THROWS_WITH_AS(budget::parse_column_map("date"), doctest::Contains("field=COLUMN"), Error);

    TempStore s;
    std::int64_t line_id = 0;
    {
        store::Txn txn(s.db, TempStore::actor());
        auto b = budget::add_budget(txn, {0, "Facilitair 2027", 2027, std::nullopt});
        budget::Line l;
        l.budget_id = b;
        l.name = "Kantoorbenodigdheden";
        l.by_month = budget::spread_evenly(500000);
        line_id = budget::add_line(txn, l);
        budget::Spending by_hand; // entered with `budget spend --invoice F-9` before the export came
        by_hand.line_id = line_id;
        by_hand.amount = {20000, "EUR"};
        by_hand.date = d(2027, 2, 9);
        by_hand.invoice = "F-9";
        budget::add_spending(txn, by_hand);
        txn.commit();
    }
    budget::SpendingImportOptions o;
    o.line_id = line_id;
    o.columns = budget::parse_column_map("date=Datum,amount=Bedrag,note=Omschrijving,invoice=Factuur");
    o.vat = 21;
    o.incl_vat = true;
    o.negate = true;
    auto run = [&](const std::string& text, bool keep) {
        std::istringstream in(text);
        io::CsvReader csv(in, "bank.csv");
        store::Txn txn(s.db, TempStore::actor());
        auto r = budget::import_spending(txn, csv, o);
        if (keep) {
            txn.commit();
        }
        return r;
    };
    const std::string january = "Datum;Bedrag;Omschrijving;Factuur;Rekening\n"
                                "15/01/2027;-60,50;Koffie;;BE68\n"
                                "15/01/2027;-60,50;Koffie;;BE68\n" // a second, equal payment: not a duplicate
                                "20/01/2027;-121,00;Papier;;BE68\n";
    auto first = run(january, true);
    CHECK(first.added == 3);
    CHECK(first.duplicates == 0);
    CHECK(first.added_total.in("EUR").cents == 5000 + 5000 + 10000);
    // The next export overlaps: January again, February new, and F-9 was entered by hand.
    auto second = run(january + "09/02/2027;-242,00;Toner;F-9;BE68\n10/02/2027;-12,10;Koffie;;BE68\n", true);
    CHECK(second.added == 1);
    CHECK(second.duplicates == 4);
    auto year = budget::line_sums(s.db, budget::find_budget(s.db, "Facilitair 2027").id, d(2027, 1, 1), d(2027, 12, 31));
    CHECK(year[line_id].spent == 20000 + 20000 + 1000);
    // A bad row anywhere: an error naming the file and line, nothing kept.
    CHECK_THROWS_WITH_AS(run("Datum;Bedrag;Omschrijving;Factuur\n01/03/2027;-1,00;;\n31/02/2027;-2,00;;\n", true),
                         doctest::Contains("bank.csv:3: date \"31/02/2027\""), Error);
    CHECK_THROWS_WITH_AS(run("Datum;Bedrag;Omschrijving;Factuur\n01/03/2027;veel;;\n", true), doctest::Contains("bank.csv:2:"), Error);
    CHECK_THROWS_WITH_AS(run("Date;Amount;Omschrijving;Factuur\n01/03/2027;1;;\n", true), doctest::Contains("no column \"Datum\" for date"), Error);
    CHECK(budget::line_sums(s.db, budget::find_budget(s.db, "Facilitair 2027").id, d(2027, 3, 1), d(2027, 3, 31))[line_id]
              .spent == 0);
}

TEST_CASE("currencies: a booking in another currency than its line is refused; sums and totals keep currencies apart") {
    TempStore s;
    std::int64_t eur = 0, usd = 0, budget_id = 0;
    {
        store::Txn txn(s.db, TempStore::actor());
        budget_id = budget::add_budget(txn, {0, "Facilitair 2027", 2027, std::nullopt});
        budget::Line l;
        l.budget_id = budget_id;
        l.name = "Kantoorbenodigdheden";
        l.by_month = budget::spread_evenly(120000);
        eur = budget::add_line(txn, l);
        l.name = "Software";
        l.currency = "USD";
        l.by_month = budget::spread_evenly(240000);
        usd = budget::add_line(txn, l);
        txn.commit();
    }
    store::Txn txn(s.db, TempStore::actor());
    budget::Commitment c;
    c.line_id = eur;
    c.title = "Licenties";
    c.amount = {10000, "USD"};
    c.date = d(2027, 1, 10);
    CHECK_THROWS_WITH_AS(budget::add_commitment(txn, c), doctest::Contains("which counts in EUR"), Error);
    budget::Spending sp;
    sp.line_id = eur;
    sp.amount = {5000, "USD"};
    sp.date = d(2027, 1, 12);
    CHECK_THROWS_WITH_AS(budget::add_spending(txn, sp), doctest::Contains("give it in EUR"), Error);
    sp.line_id = usd;
    budget::add_spending(txn, sp);
    sp.line_id = eur;
    sp.amount = {3000, "EUR"};
    budget::add_spending(txn, sp);
    // A store written before the check may hold a booking in another currency: it is not counted.
    txn.db().sqlite().exec("INSERT INTO budget_spending (line_id, amount, currency, date) VALUES (" + std::to_string(eur) +
                           ", 99900, 'GBP', '2027-01-13')");
    txn.commit();
    auto sums = budget::line_sums(s.db, budget_id, d(2027, 1, 1), d(2027, 12, 31));
    CHECK(sums[eur].spent == 3000);
    CHECK(sums[eur].other_currency == 1);
    CHECK(sums[usd].spent == 5000);
    // The budget's totals: one per currency, never 1.200 EUR + 2.400 USD as one figure.
    auto t = budget::budget_lines_table(s.db, budget::find_budget(s.db, "Facilitair 2027"), std::nullopt, d(2027, 12, 31));
    REQUIRE(t.rows().size() == 4);
    CHECK(std::get<std::string>(t.rows()[2][2]) == "Total EUR");
    CHECK(std::get<core::Money>(t.rows()[2][3]) == core::Money{120000, "EUR"});
    CHECK(std::get<core::Money>(t.rows()[2][5]) == core::Money{3000, "EUR"});
    CHECK(std::get<std::string>(t.rows()[3][2]) == "Total USD");
    CHECK(std::get<core::Money>(t.rows()[3][3]) == core::Money{240000, "USD"});
}

TEST_CASE("quotes in two currencies are not ranked against each other") {
    auto a = quote(1, 420000, 10, {});
    auto b = quote(2, 400000, 10, {});
    b.amount.currency = "USD";
    CHECK_THROWS_WITH_AS(budget::rank_quotes({a, b}, budget::default_weights()), doctest::Contains("two currencies"), Error);
}

TEST_CASE("an amount on a line: in its currency as it is, in another converted at the rate given, else refused") {
    budget::Line line;
    line.id = 1;
    line.name = "Kantoorbenodigdheden";
    line.currency = "EUR";
    auto same = budget::amount_on_line(line, {4500, "EUR"}, std::nullopt);
    CHECK(same.amount == core::Money{4500, "EUR"});
    CHECK_FALSE(same.converted.has_value());
    CHECK_THROWS_WITH_AS(budget::amount_on_line(line, {12000, "USD"}, std::nullopt),
                         doctest::Contains("which counts in EUR"), Error);
    CHECK_THROWS_AS(budget::amount_on_line(line, {4500, "EUR"}, core::parse_rate("0.92")), Error);
    // 120,00 USD at 0.92: 110,40 EUR; 1.200,00 USD at 0.9235: 1.108,20; 0,05 at 0.5: 0,03 (half away from zero).
    auto usd = budget::amount_on_line(line, {12000, "USD"}, core::parse_rate("0.92"));
    CHECK(usd.amount == core::Money{11040, "EUR"});
    CHECK(usd.converted == "120.00 USD at 0.92");
    CHECK(budget::amount_on_line(line, {120000, "USD"}, core::parse_rate("0,9235")).amount == core::Money{110820, "EUR"});
    CHECK(budget::amount_on_line(line, {-5, "USD"}, core::parse_rate("0.5")).amount == core::Money{-3, "EUR"});
}

TEST_CASE("a line goes only when nothing was booked on it: the refusal counts the bookings") {
    TempStore s;
    store::Txn txn(s.db, TempStore::actor());
    auto budget_id = budget::add_budget(txn, {0, "Facilitair 2027", 2027, std::nullopt});
    budget::Line l;
    l.budget_id = budget_id;
    l.name = "Kantoorbenodigdheden";
    l.by_month = budget::spread_evenly(120000);
    l.id = budget::add_line(txn, l);
    budget::Line spare = l;
    spare.name = "Vergissing";
    spare.id = budget::add_line(txn, spare);
    budget::Commitment c;
    c.line_id = l.id;
    c.title = "Bestelling";
    c.amount = {10000, "EUR"};
    c.date = d(2027, 1, 10);
    budget::set_commitment_status(txn, budget::add_commitment(txn, c), budget::CommitmentStatus::cancelled);
    budget::Spending sp;
    sp.line_id = l.id;
    sp.amount = {5000, "EUR"};
    sp.date = d(2027, 1, 12);
    budget::add_spending(txn, sp);
    budget::add_spending(txn, sp);
    auto use = budget::line_use(txn.db(), l.id);
    CHECK(use.commitments == 1); // cancelled, and still in the books
    CHECK(use.spending == 2);
    CHECK(use.others.empty());
    CHECK_THROWS_WITH_AS(budget::remove_line(txn, l),
                         doctest::Contains("has 1 commitment and 2 spending entries"), Error);
    CHECK(budget::line_use(txn.db(), spare.id).empty());
    budget::remove_line(txn, spare);
    CHECK(budget::list_lines(txn.db(), budget_id).size() == 1);
}
