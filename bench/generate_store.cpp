// Builds a realistic store through the library (the same code paths as the
// CLI: checks, history journal), for the benchmarks.
//   officectl_bench_generate STORE [--people N]
// Deterministic: the same N gives the same store.

#include "officectl/core/error.hpp"
#include "officectl/office.hpp"
#include "officectl/store/txn.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <string>

using namespace officectl;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s STORE [--people N]\n", argv[0]);
        return 64;
    }
    int people = 10000;
    for (int i = 2; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--people") == 0) {
            people = std::stoi(argv[i + 1]);
        }
    }
    static constexpr std::array<const char*, 12> first{"An", "Bert", "Chloé", "Dirk", "Emma", "Fien",
                                                      "Gert", "Hanne", "Ilse", "Jan", "Karel", "Lotte"};
    static constexpr std::array<const char*, 10> last{"Peeters", "Janssens", "Maes", "Jacobs", "Mertens",
                                                     "Willems", "Claes", "Goossens", "Wouters", "Dubois"};
    static constexpr std::array<const char*, 6> roles{"secretary", "accountant", "receptionist", "office manager",
                                                     "buyer", "HR officer"};
    try {
        auto db = store::Database::open(argv[1], all_migrations());
        store::Txn txn(db, {"bench", "officectl_bench_generate", "2026-01-01T00:00:00Z", std::nullopt, {}, {}});
        for (int i = 0; i < people; ++i) {
            team::Member m;
            m.handle = fmt::format("p{:05}", i);
            m.name = fmt::format("{} {} {}", first[i % first.size()], last[(i / 12) % last.size()], i);
            m.email = fmt::format("{}@example.be", m.handle);
            m.role = roles[i % roles.size()];
            if (i >= 10) {
                m.manager = fmt::format("p{:05}", i % 10); // ten managers
            }
            if (i % 4 == 0) {
                m.minutes_per_week = 19 * 60;
                m.work_days = core::WorkWeek::parse("mon-wed");
            }
            m.start = core::Date{date::year{2010 + i % 16}, date::month{static_cast<unsigned>(1 + i % 12)}, date::day{1}};
            if (i % 20 == 0) {
                m.end = core::Date{date::year{2026}, date::month{static_cast<unsigned>(1 + i % 12)}, date::day{28}};
            }
            team::add_member(txn, m);
        }
        txn.commit();
    } catch (const Error& e) {
        std::fprintf(stderr, "generate: %s\n", e.what());
        return static_cast<int>(e.code());
    }
    std::printf("%d people in %s\n", people, argv[1]);
    return 0;
}
