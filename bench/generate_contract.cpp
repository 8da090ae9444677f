// Builds a store of contracts with obligations through the library, for bench/contract.sh.
//   officectl_bench_contract STORE [--contracts N]
// Deterministic: 200 vendors; contracts of 1 to 5 years starting 2020-2026, half
// renewing themselves, with notice of 1 to 6 months; one in three has an obligation.

#include "officectl/contact/contact_store.hpp"
#include "officectl/contract/contract_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/office.hpp"
#include "officectl/store/txn.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <cstring>
#include <random>

using namespace officectl;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s STORE [--contracts N]\n", argv[0]);
        return 64;
    }
    int n = 10000;
    for (int i = 2; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--contracts") == 0) {
            n = std::stoi(argv[i + 1]);
        }
    }
    std::mt19937 rng(11);
    auto pick = [&](int k) { return static_cast<int>(rng() % static_cast<unsigned>(k)); };
    try {
        auto db = store::Database::open(argv[1], all_migrations());
        store::Txn txn(db, {"bench", "officectl_bench_contract", "2026-01-01T00:00:00Z", std::nullopt, {}, {}});
        std::vector<std::int64_t> vendors;
        for (int v = 0; v < 200; ++v) {
            vendors.push_back(contact::resolve_party(txn, fmt::format("Leverancier {:03}", v), {}).contact.id);
        }
        for (int i = 0; i < n; ++i) {
            contract::Contract c;
            c.title = fmt::format("Contract {}", i);
            c.vendor_id = vendors[static_cast<size_t>(pick(200))];
            c.category = pick(2) ? "maintenance" : "service";
            c.start = core::Date{date::sys_days{date::year{2020} / 1 / 1} + date::days{pick(7 * 365)}};
            c.term = core::Period{1 + pick(5), 0, 0};
            c.notice = core::Period{0, 1 + pick(6), 0};
            if (pick(2)) {
                c.renewal = contract::Renewal::automatic;
                c.renew_every = core::Period{1, 0, 0};
            }
            c.amount = core::Money{100 * (100 + pick(5000)), "EUR"};
            c.per = pick(2) ? contract::Per::month : contract::Per::year;
            auto id = contract::add_contract(txn, c);
            if (pick(3) == 0) {
                contract::add_obligation(txn, {0, id, "Keuring", core::Period{1, 0, 0},
                                               core::Date{date::sys_days{date::year{2026} / 12 / 1} + date::days{pick(365)}},
                                               core::Period{0, 0, 30}});
            }
        }
        txn.commit();
        std::printf("%d contracts in %s\n", n, argv[1]);
    } catch (const Error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return static_cast<int>(e.code());
    }
    return 0;
}
