// Builds a store of people and a year of their leave through the library, for
// bench/absence.sh.
//   officectl_bench_absence STORE [--people N]
// Deterministic. A fifth of the people work part-time (mon-wed or mon-thu);
// each has about eight leaves in 2026: vacation, sickness, training, some half
// days; and fifty tasks due through the year, those due before December done.

#include "officectl/absence/leave_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/office.hpp"
#include "officectl/store/txn.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/teamwork/task_store.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <random>

using namespace officectl;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s STORE [--people N]\n", argv[0]);
        return 64;
    }
    int people = 500;
    for (int i = 2; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--people") == 0) {
            people = std::stoi(argv[i + 1]);
        }
    }
    static constexpr std::array<const char*, 4> roles{"secretary", "receptionist", "accountant", "office manager"};
    static constexpr std::array<const char*, 4> types{"vacation", "vacation", "sick", "training"};
    std::mt19937 rng(7);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    try {
        auto db = store::Database::open(argv[1], all_migrations());
        store::Txn txn(db, {"bench", "officectl_bench_absence", "2026-01-01T00:00:00Z", std::nullopt, {}, {}});
        for (int i = 0; i < people; ++i) {
            team::Member m;
            m.handle = fmt::format("p{:04}", i);
            m.name = fmt::format("Person {}", i);
            m.role = roles[static_cast<size_t>(i % 4)];
            if (i % 5 == 0) {
                m.work_days = core::WorkWeek::parse(i % 10 == 0 ? "mon-wed" : "mon-thu");
            }
            team::add_member(txn, m);
            // About eight leaves, one after the other through the year.
            auto day = date::sys_days{date::year{2026} / 1 / 5} + date::days{pick(20)};
            for (int k = 0; k < 8; ++k) {
                absence::Leave l;
                l.who = m.handle;
                l.type = types[static_cast<size_t>(pick(4))];
                l.from = core::Date{day};
                int len = pick(6);
                l.to = core::Date{day + date::days{len}};
                if (len == 0 && pick(2)) {
                    l.half = pick(2) ? absence::Half::am : absence::Half::pm;
                }
                absence::add_leave(txn, l);
                day += date::days{len + 10 + pick(30)};
                if (day > date::sys_days{date::year{2026} / 12 / 20}) {
                    break;
                }
            }
            for (int k = 0; k < 50; ++k) {
                teamwork::Task t;
                t.title = fmt::format("Taak {}", k);
                t.assignee = m.handle;
                auto due = date::sys_days{date::year{2026} / 1 / 2} + date::days{pick(363)};
                t.due = core::Date{due};
                t.estimate_minutes = 30 * (1 + pick(8));
                t.created = core::Date{due - date::days{14}};
                if (due < date::sys_days{date::year{2026} / 12 / 1}) {
                    t.done = t.due;
                }
                teamwork::add_task(txn, t);
            }
        }
        txn.commit();
        std::printf("%d people and a year of leave and tasks in %s\n", people, argv[1]);
    } catch (const Error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return static_cast<int>(e.code());
    }
    return 0;
}
