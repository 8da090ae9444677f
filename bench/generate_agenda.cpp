// Builds an agenda store through the library (the same code paths as the CLI:
// checks, history journal), for bench/agenda.sh.
//   officectl_bench_agenda STORE [--appointments N] [--series N] [--people N]
// Deterministic: the same arguments give the same store. Appointments fall on
// working days of 2026-2027 between 08:00 and 18:00, each with 1 to 4 of the
// people and, one time in three, one of ten rooms; series are weekly,
// fortnightly or monthly, a third of them endless.

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/office.hpp"
#include "officectl/store/txn.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

using namespace officectl;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s STORE [--appointments N] [--series N] [--people N]\n", argv[0]);
        return 64;
    }
    int appointments = 100000, series = 5000, people = 50;
    for (int i = 2; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--appointments") == 0) {
            appointments = std::stoi(argv[i + 1]);
        } else if (std::strcmp(argv[i], "--series") == 0) {
            series = std::stoi(argv[i + 1]);
        } else if (std::strcmp(argv[i], "--people") == 0) {
            people = std::stoi(argv[i + 1]);
        }
    }
    static constexpr std::array<const char*, 8> titles{"Overleg", "Klantbezoek", "Opleiding", "Sollicitatie",
                                                      "Directiecomité", "Budgetbespreking", "Teamoverleg", "Call"};
    static constexpr std::array<const char*, 4> rules{"FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH",
                                                     "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=WEEKLY;BYDAY=WE"};
    std::mt19937 rng(42);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    try {
        auto db = store::Database::open(argv[1], all_migrations());
        store::Txn txn(db, {"bench", "officectl_bench_agenda", "2026-01-01T00:00:00Z", std::nullopt, {}, {}});
        for (int i = 0; i < people; ++i) {
            team::Member m;
            m.handle = fmt::format("p{:03}", i);
            m.name = fmt::format("Person {}", i);
            m.email = fmt::format("{}@example.be", m.handle);
            team::add_member(txn, m);
        }
        for (int r = 0; r < 10; ++r) {
            agenda::add_room(txn, {0, fmt::format("Zaal {}", r + 1), 4 + 2 * r, {}});
        }
        auto first_day = date::sys_days{date::year{2026} / 1 / 1};
        for (int i = 0; i < appointments + series; ++i) {
            bool is_series = i >= appointments;
            agenda::Appointment a;
            a.title = titles[static_cast<size_t>(pick(titles.size()))];
            a.zone = "Europe/Brussels";
            // A working day: 730 days from 2026-01-01 (a series starts in its first year).
            auto day = first_day + date::days{pick(is_series ? 365 : 730)};
            while (date::weekday{day} == date::Saturday || date::weekday{day} == date::Sunday) {
                day += date::days{1};
            }
            auto local = date::local_days{day.time_since_epoch()} + std::chrono::hours{8 + pick(10)} +
                         std::chrono::minutes{15 * pick(4)};
            a.start = core::from_local_lenient(local, a.zone);
            a.end = a.start + std::chrono::minutes{30 * (1 + pick(4))};
            int n = 1 + pick(4);
            for (int k = 0; k < n; ++k) {
                auto h = fmt::format("p{:03}", pick(people));
                if (std::find(a.who.begin(), a.who.end(), h) == a.who.end()) {
                    a.who.push_back(h);
                }
            }
            a.owner = a.who.front();
            if (pick(3) == 0) {
                a.room = fmt::format("Zaal {}", 1 + pick(10));
            }
            if (is_series) {
                a.rrule = rules[static_cast<size_t>(pick(rules.size()))];
                if (pick(3) != 0) {
                    *a.rrule += ";UNTIL=20271231T225959Z";
                }
            }
            agenda::add_appointment(txn, a);
        }
        txn.commit();
        std::printf("%d appointments and %d series for %d people in %s\n", appointments, series, people, argv[1]);
    } catch (const Error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return static_cast<int>(e.code());
    }
    return 0;
}
