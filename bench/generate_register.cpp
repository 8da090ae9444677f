// Adds a correspondence register of N items to a store through the library
// (the same code path as `mail log`: numbering, threads, follow-up, full text),
// for bench/improve.sh. Run after officectl_bench_absence, whose people it assigns.
//   officectl_bench_register STORE [--items N]
// Deterministic: items spread evenly from 2023-01-01 to 2026-12-01; of every
// three, one incoming letter or e-mail that needs an answer (due in 10 days,
// assigned to one of 50 people), one incoming for information (done on
// receipt), one outgoing item, which answers the open item received about a
// day's worth of items earlier. Items still open at the end are follow-ups.

#include "officectl/core/error.hpp"
#include "officectl/mail/item_store.hpp"
#include "officectl/office.hpp"
#include "officectl/store/txn.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <cstring>
#include <deque>
#include <random>

using namespace officectl;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s STORE [--items N]\n", argv[0]);
        return 64;
    }
    int n = 1000000;
    for (int i = 2; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--items") == 0) {
            n = std::stoi(argv[i + 1]);
        }
    }
    std::mt19937 rng(23);
    auto pick = [&](int k) { return static_cast<int>(rng() % static_cast<unsigned>(k)); };
    static constexpr const char* subjects[] = {"Offerte onderhoud", "Factuur", "Aanslagbiljet", "Vergadering",
                                               "Contract verlenging", "Klacht levering", "Uitnodiging", "Herinnering"};
    try {
        auto db = store::Database::open(argv[1], all_migrations());
        std::vector<std::int64_t> people;
        for (int p = 0; p < 50; ++p) {
            people.push_back(team::require_member_id(db, fmt::format("p{:04}", p)));
        }
        auto first = date::sys_days{date::year{2023} / 1 / 1};
        int span = static_cast<int>((date::sys_days{date::year{2026} / 12 / 1} - first).count());
        std::deque<std::int64_t> awaiting; // incoming items that need an answer, oldest first
        int per_day = std::max(3, n / span);
        mail::Prefixes prefixes;
        constexpr int chunk = 50000; // resumable chunks would need a key; one commit per chunk keeps the WAL small
        for (int start = 0; start < n; start += chunk) {
            store::Txn txn(db, {"bench", "officectl_bench_register", "2026-01-01T00:00:00Z", std::nullopt, {}, {}});
            for (int i = start; i < std::min(n, start + chunk); ++i) {
                mail::Item it;
                it.date = core::Date{first + date::days{static_cast<int>(static_cast<long long>(i) * span / n)}};
                it.channel = pick(4) == 0 ? mail::Channel::letter : mail::Channel::email;
                it.subject = fmt::format("{} {}", subjects[i % 8], i);
                it.body = fmt::format("Beste, in verband met {} ({}) vragen wij uw antwoord. Met vriendelijke groeten.",
                                      subjects[i % 8], i);
                it.content_hash = fmt::format("register-{}", i);
                switch (i % 3) {
                case 0:
                    it.direction = mail::Direction::in;
                    it.from_text = fmt::format("Leverancier {:03}", pick(200));
                    it.assignee_id = people[static_cast<size_t>(pick(50))];
                    it.due = core::add_days(it.date, 10);
                    break;
                case 1:
                    it.direction = mail::Direction::in;
                    it.from_text = fmt::format("Klant {:03}", pick(500));
                    it.status = mail::Status::done;
                    it.done_on = it.date;
                    break;
                default:
                    it.direction = mail::Direction::out;
                    it.to_text = fmt::format("Leverancier {:03}", pick(200));
                    if (static_cast<int>(awaiting.size()) > per_day / 3 + pick(per_day)) {
                        it.reply_to = awaiting.front();
                        awaiting.pop_front();
                    }
                }
                auto reg = mail::add_item(txn, it, prefixes, true);
                if (i % 3 == 0) {
                    awaiting.push_back(reg.id);
                }
            }
            txn.commit();
        }
        std::printf("%d register items (%zu awaiting an answer) in %s\n", n, awaiting.size(), argv[1]);
    } catch (const Error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return static_cast<int>(e.code());
    }
    return 0;
}
