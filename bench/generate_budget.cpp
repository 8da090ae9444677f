// Builds a store with one budget of 20 lines and N invoices through the library,
// and the same invoices as a ledger journal, for bench/budget.sh.
//   officectl_bench_budget STORE JOURNAL [--rows N]
// Deterministic: invoices spread over 2027, 200 vendors, amounts 1 to 2 500 euro.

#include "officectl/budget/budget_rules.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/contact/contact_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/office.hpp"
#include "officectl/store/txn.hpp"

#include <fmt/format.h>
#include <fmt/os.h>

#include <cstdio>
#include <cstring>
#include <random>

using namespace officectl;

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s STORE JOURNAL [--rows N]\n", argv[0]);
        return 64;
    }
    int n = 1000000;
    for (int i = 3; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--rows") == 0) {
            n = std::stoi(argv[i + 1]);
        }
    }
    std::mt19937 rng(17);
    auto pick = [&](int k) { return static_cast<int>(rng() % static_cast<unsigned>(k)); };
    try {
        auto db = store::Database::open(argv[1], all_migrations());
        auto journal = fmt::output_file(argv[2]);
        store::Txn txn(db, {"bench", "officectl_bench_budget", "2027-01-01T00:00:00Z", std::nullopt, {}, {}});
        auto b = budget::add_budget(txn, {0, "Bench 2027", 2027, std::nullopt});
        std::vector<budget::Line> lines;
        for (int l = 0; l < 20; ++l) {
            budget::Line line;
            line.budget_id = b;
            line.name = fmt::format("Line {:02}", l);
            line.code = std::to_string(6100 + l);
            line.by_month = budget::spread_evenly(std::int64_t{1000000} * (50 + pick(100)) * n / 1000000);
            line.id = budget::add_line(txn, line);
            lines.push_back(line);
        }
        std::vector<std::pair<std::int64_t, std::string>> vendors;
        for (int v = 0; v < 200; ++v) {
            auto c = contact::resolve_party(txn, fmt::format("Leverancier {:03}", v), {}).contact;
            vendors.emplace_back(c.id, c.name);
        }
        auto first = date::sys_days{date::year{2027} / 1 / 1};
        for (int i = 0; i < n; ++i) {
            budget::Spending s;
            const auto& line = lines[static_cast<size_t>(pick(20))];
            const auto& vendor = vendors[static_cast<size_t>(pick(200))];
            s.line_id = line.id;
            s.amount = {100 + pick(250000), "EUR"};
            s.date = core::Date{first + date::days{pick(365)}};
            s.vendor_id = vendor.first;
            s.invoice = fmt::format("F-{}", i);
            budget::add_spending(txn, s);
            journal.print("{} {}\n    Expenses:Budget:{}    EUR {}\n    Assets:Bank\n\n",
                          date::format("%Y/%m/%d", date::sys_days{s.date}), vendor.second, line.name,
                          core::money_decimal(s.amount));
        }
        txn.commit();
        std::printf("%d invoices on 20 lines in %s and %s\n", n, argv[1], argv[2]);
    } catch (const Error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return static_cast<int>(e.code());
    }
    return 0;
}
