// Dossiers: completeness against a kind's checklist (missing, expired), the
// retention clock, kinds from config over the built-in ones, file copies and
// verification, and a purge that destroys content and history but leaves a
// tombstone, and never touches a dossier on hold.

#include "officectl/config/config.hpp"
#include "officectl/core/error.hpp"
#include "officectl/dossier/dossier_files.hpp"
#include "officectl/dossier/dossier_kinds.hpp"
#include "officectl/dossier/dossier_retention.hpp"
#include "officectl/dossier/dossier_rules.hpp"
#include "officectl/dossier/dossier_store.hpp"
#include "officectl/office.hpp"
#include "officectl/store/journal.hpp"
#include "temp_store.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace officectl;
using testing::TempStore;

namespace {

core::Date d(int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; }

dossier::Kind personnel() { return dossier::builtin_kinds().at("personnel"); }

void write(const std::filesystem::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
}

} // namespace

TEST_CASE("completeness: a required type without a document is missing; one whose documents all expired is expired") {
    auto kind = personnel();
    REQUIRE(kind.required.size() == 5);
    std::vector<dossier::DocumentValidity> docs{
        {"arbeidsovereenkomst", std::nullopt},
        {"identiteitskaart", d(2026, 1, 1)},  // expired
        {"dimona", std::nullopt},
        {"diploma", d(2020, 1, 1)},           // not required, expired: still reported
    };
    auto c = dossier::completeness(kind, docs, d(2026, 11, 28));
    CHECK(c.present == 2);
    CHECK(c.percent() == 40);
    CHECK(c.missing == std::vector<std::string>{"bankgegevens", "ontvangst-arbeidsreglement"});
    CHECK(c.expired == std::vector<std::string>{"diploma", "identiteitskaart"});

    SUBCASE("a new document of the type makes it valid again; one valid on its last day counts") {
        docs.push_back({"identiteitskaart", d(2026, 11, 28)});
        auto again = dossier::completeness(kind, docs, d(2026, 11, 28));
        CHECK(again.present == 3);
        CHECK(again.expired == std::vector<std::string>{"diploma"});
    }
    SUBCASE("a kind without a checklist is complete") {
        CHECK(dossier::completeness(dossier::Kind{}, {}, d(2026, 11, 28)).percent() == 100);
    }
}

TEST_CASE("retention starts when the dossier closes (or opens, per kind) and runs the kind's term") {
    dossier::Dossier x;
    x.opened = d(2010, 3, 1);
    auto kind = personnel();
    CHECK_FALSE(dossier::retention_end(x, kind)); // still open: the clock has not started
    x.closed = d(2020, 2, 29);
    CHECK(dossier::retention_end(x, kind) == d(2025, 2, 28)); // a leap day plus 5 years: end of February
    kind.retention_from = "opened";
    CHECK(dossier::retention_end(x, kind) == d(2015, 3, 1));
    kind.retention.reset();
    CHECK_FALSE(dossier::retention_end(x, kind));
    CHECK(dossier::rule_text(kind) == "no term");
}

TEST_CASE("kinds: built in without config; config overrides a key of one and adds new ones") {
    const auto& schema = config_schema();
    auto plain = dossier::load_kinds(config::Config(schema));
    CHECK(plain.size() == 5);
    CHECK(plain.at("personnel").basis.find("KB nr. 5") != std::string::npos);

    auto cfg = config::Config::parse(R"(
[dossier.kind.personnel]
retention = "6y"

[dossier.kind.keuring]
required = ["Attest", "factuur"]
retention = "3y"
action = "archive"
basis = "interne regel"
)",
                                     "config.toml", schema);
    auto kinds = dossier::load_kinds(cfg);
    CHECK(kinds.at("personnel").retention == core::parse_period("6y"));
    CHECK(kinds.at("personnel").required.size() == 5); // untouched keys stay
    CHECK(kinds.at("personnel").origin == "config.toml:3");
    CHECK(kinds.at("keuring").required == std::vector<std::string>{"attest", "factuur"});
    CHECK(kinds.at("keuring").action == "archive");
    CHECK_THROWS_WITH_AS(dossier::kind_named(kinds, "auto"), doctest::Contains("known: insurance, keuring"), Error);
    CHECK_THROWS_AS(config::Config::parse("[dossier.kind.x]\naction = \"shred\"\n", "c.toml", schema), Error);
    CHECK_THROWS_AS(config::Config::parse("[dossier.kind.x]\nretention = \"soon\"\n", "c.toml", schema), Error);
}

TEST_CASE("files: a copy goes into the store by its hash; verify finds changed and missing files") {
    TempStore s;
    auto src = s.dir / "scan.pdf";
    write(src, "%PDF-1.4 arbeidsovereenkomst");
    auto plain = dossier::describe_file(src, "");
    CHECK_FALSE(plain.stored);
    CHECK(plain.path == std::filesystem::absolute(src).string());
    CHECK(plain.size == 28);
    auto copy = dossier::describe_file(src, dossier::copies_folder(s.file));
    CHECK(copy.stored);
    CHECK(copy.sha256 == plain.sha256);
    CHECK(copy.path == (s.dir / "files" / "dossier" / plain.sha256.substr(0, 2) / plain.sha256).string());
    CHECK(std::filesystem::exists(copy.path));
    CHECK_THROWS_AS(dossier::describe_file(s.dir / "none.pdf", ""), Error);

    write(src, "%PDF-1.4 something else");
    auto checks = dossier::verify_files({plain, copy});
    CHECK(checks[0].state == dossier::FileState::changed);
    CHECK(checks[1].state == dossier::FileState::ok);
    std::filesystem::remove(src);
    CHECK(dossier::verify_files({plain})[0].state == dossier::FileState::missing);
}

TEST_CASE("purge: a closed personnel file past its term is destroyed with a tombstone; a held one is not") {
    TempStore s;
    auto kinds = dossier::builtin_kinds();
    auto src = s.dir / "contract.pdf";
    write(src, "arbeidsovereenkomst Peeters");
    std::int64_t due_id = 0, held_id = 0, young_id = 0;
    std::string copy_path;
    {
        store::Txn txn(s.db, TempStore::actor());
        dossier::Dossier a;
        a.title = "Peeters, An";
        a.kind = "personnel";
        a.opened = d(2012, 1, 1);
        a.closed = d(2020, 6, 30);
        a.status = dossier::Status::closed;
        due_id = dossier::add_dossier(txn, a);
        auto doc = dossier::describe_file(src, dossier::copies_folder(s.file));
        copy_path = doc.path;
        doc.dossier_id = due_id;
        doc.type = "arbeidsovereenkomst";
        doc.added = d(2012, 1, 1);
        dossier::add_document(txn, doc);
        dossier::add_entry(txn, {0, due_id, d(2015, 1, 1), true, "gesprek over ziekte"});

        auto b = a;
        b.title = "Janssens, Piet";
        b.hold = "geschil arbeidsrechtbank";
        held_id = dossier::add_dossier(txn, b);
        auto c = a;
        c.title = "Maes, Lies";
        c.closed = d(2024, 1, 31); // term ends 2029-01-31
        young_id = dossier::add_dossier(txn, c);
        txn.commit();
    }
    auto due = dossier::retention_due(s.db, kinds, d(2026, 11, 28));
    REQUIRE(due.size() == 2);
    CHECK(due[0].due == d(2025, 6, 30));

    dossier::PurgeResult r;
    {
        store::Txn txn(s.db, TempStore::actor());
        r = dossier::purge_due(txn, kinds, d(2026, 11, 28));
        txn.commit();
    }
    REQUIRE(r.destroyed.size() == 1);
    CHECK(r.destroyed[0].dossier.id == due_id);
    REQUIRE(r.held.size() == 1);
    CHECK(r.held[0].dossier.id == held_id);
    CHECK(r.copies_to_remove == std::vector<std::string>{copy_path});
    CHECK(dossier::remove_copies(r.copies_to_remove) == 1);
    CHECK_FALSE(std::filesystem::exists(copy_path));

    auto gone = dossier::get_dossier(s.db, due_id);
    CHECK(gone.status == dossier::Status::destroyed);
    CHECK(gone.disposed == d(2026, 11, 28));
    CHECK(dossier::list_documents(s.db, due_id).empty());
    CHECK(dossier::list_entries(s.db, due_id).empty());
    CHECK(dossier::get_dossier(s.db, held_id).status == dossier::Status::closed);
    CHECK(dossier::get_dossier(s.db, young_id).status == dossier::Status::closed);

    // The history keeps the tombstone and nothing of the content.
    store::JournalFilter all;
    bool tombstone = false;
    for (const auto& e : store::read_journal(s.db, all)) {
        if (e.entity == "dossier.dossier" && e.entity_id == due_id && e.action == "purge") {
            tombstone = true;
            CHECK(e.after->find("\"rule\":\"5y from closed\"") != std::string::npos);
            CHECK(e.user == "tester");
            continue;
        }
        for (const auto& text : {e.before.value_or(""), e.after.value_or(""), e.label}) {
            CHECK(text.find("ziekte") == std::string::npos);
            CHECK(text.find("contract.pdf") == std::string::npos);
        }
    }
    CHECK(tombstone);

    SUBCASE("a second purge finds nothing more to do") {
        store::Txn txn(s.db, TempStore::actor());
        auto again = dossier::purge_due(txn, kinds, d(2026, 11, 28));
        CHECK(again.destroyed.empty());
        CHECK(again.held.size() == 1);
    }
}

TEST_CASE("removing a document: its own stored copy goes, a shared copy and a file outside the store stay") {
    TempStore s;
    auto src = s.dir / "overeenkomst.pdf";
    write(src, "%PDF-1.4 overeenkomst");
    std::int64_t first = 0, second = 0, third = 0, outside = 0, dossier_id = 0;
    std::string copy_path;
    {
        store::Txn txn(s.db, TempStore::actor());
        dossier::Dossier a;
        a.title = "Ricoh";
        a.kind = "supplier";
        a.opened = d(2026, 1, 1);
        dossier_id = dossier::add_dossier(txn, a);
        auto doc = dossier::describe_file(src, dossier::copies_folder(s.file));
        copy_path = doc.path;
        doc.dossier_id = dossier_id;
        doc.type = "overeenkomst";
        doc.added = d(2026, 1, 1);
        first = dossier::add_document(txn, doc);
        second = dossier::add_document(txn, doc); // the same file twice: one copy
        auto plain = dossier::describe_file(src, "");
        plain.dossier_id = dossier_id;
        plain.type = "offerte";
        plain.added = d(2026, 1, 1);
        outside = dossier::add_document(txn, plain);
        // A row that says "stored" but points outside the store's folder of copies.
        auto stray = plain;
        stray.stored = true;
        third = dossier::add_document(txn, stray);
        txn.commit();
    }
    auto remove = [&](std::int64_t id) {
        store::Txn txn(s.db, TempStore::actor());
        auto doc = dossier::get_document(s.db, dossier_id, id);
        auto copy = dossier::remove_document(txn, doc, d(2026, 12, 2));
        txn.commit();
        return copy;
    };
    CHECK_THROWS_AS(dossier::get_document(s.db, dossier_id + 1, first), Error);
    CHECK_FALSE(remove(first)); // the second document still needs the copy
    CHECK(remove(second) == copy_path);
    CHECK_FALSE(remove(outside));
    CHECK_FALSE(remove(third)); // never a file outside the store's own folder
    CHECK(dossier::list_documents(s.db, dossier_id).empty());
    CHECK(dossier::remove_copies({copy_path}) == 1);
    CHECK_FALSE(std::filesystem::exists(copy_path));
    CHECK(std::filesystem::exists(src));
    auto timeline = dossier::list_entries(s.db, dossier_id);
    CHECK(timeline.back().text == "document offerte removed");
}
