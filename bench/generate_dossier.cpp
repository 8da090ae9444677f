// Builds a store of dossiers with documents through the library, for bench/dossier.sh.
//   officectl_bench_dossier STORE [--dossiers N]
// Deterministic: the five built-in kinds; each dossier holds 0 to all of its
// kind's required documents (some expired), one in five is closed.

#include "officectl/core/error.hpp"
#include "officectl/dossier/dossier_kinds.hpp"
#include "officectl/dossier/dossier_store.hpp"
#include "officectl/office.hpp"
#include "officectl/store/txn.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <cstring>
#include <random>

using namespace officectl;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s STORE [--dossiers N]\n", argv[0]);
        return 64;
    }
    int n = 50000;
    for (int i = 2; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--dossiers") == 0) {
            n = std::stoi(argv[i + 1]);
        }
    }
    std::mt19937 rng(13);
    auto pick = [&](int k) { return static_cast<int>(rng() % static_cast<unsigned>(k)); };
    std::vector<dossier::Kind> kinds;
    for (const auto& [name, kind] : dossier::builtin_kinds()) {
        kinds.push_back(kind);
    }
    auto day = [&](int from_year, int span_days) {
        return core::Date{date::sys_days{date::year{from_year} / 1 / 1} + date::days{pick(span_days)}};
    };
    try {
        auto db = store::Database::open(argv[1], all_migrations());
        store::Txn txn(db, {"bench", "officectl_bench_dossier", "2026-01-01T00:00:00Z", std::nullopt, {}, {}});
        int documents = 0;
        for (int i = 0; i < n; ++i) {
            const auto& kind = kinds[static_cast<size_t>(pick(static_cast<int>(kinds.size())))];
            dossier::Dossier d;
            d.title = fmt::format("Dossier {}", i);
            d.kind = kind.name;
            d.opened = day(2005, 20 * 365);
            if (pick(5) == 0) {
                d.closed = core::add_days(d.opened, 30 + pick(3000));
                d.status = dossier::Status::closed;
            }
            auto id = dossier::add_dossier(txn, d);
            auto held = pick(static_cast<int>(kind.required.size()) + 1);
            for (int k = 0; k < held; ++k) {
                dossier::Document doc;
                doc.dossier_id = id;
                doc.type = kind.required[static_cast<size_t>(k)];
                doc.name = doc.type + ".pdf";
                doc.path = fmt::format("/srv/dossiers/{}/{}.pdf", id, doc.type);
                doc.size = 1000 + pick(500000);
                doc.sha256 = fmt::format("{:064x}", static_cast<unsigned>(rng()));
                doc.added = d.opened;
                if (pick(4) == 0) {
                    doc.expires = day(2024, 6 * 365);
                }
                dossier::add_document(txn, doc);
                ++documents;
            }
        }
        txn.commit();
        std::printf("%d dossiers, %d documents in %s\n", n, documents, argv[1]);
    } catch (const Error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return static_cast<int>(e.code());
    }
    return 0;
}
