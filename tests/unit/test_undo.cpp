// Undo: a command taken back whole, from the journal's changeset; refused rather
// than clobbering a later change; journalled, so undoing an undo redoes.

#include "officectl/core/error.hpp"
#include "officectl/mail/item_import.hpp"
#include "officectl/store/journal.hpp"
#include "officectl/store/undo.hpp"
#include "temp_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>

using namespace officectl;
using testing::TempStore;

namespace {

std::int64_t count(TempStore& s, const std::string& sql) {
    SQLite::Statement q(s.db.sqlite(), sql);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

// Runs `sql` as one journalled command that adds (or edits) row `id` of team_member.
void command(TempStore& s, const std::string& sql, std::int64_t id, std::string_view action = "add") {
    store::Txn txn(s.db, TempStore::actor());
    auto before = txn.snapshot("team_member", id);
    s.db.sqlite().exec(sql);
    txn.record({"team.member", id, action, "x", before, txn.snapshot("team_member", id)});
    txn.commit();
}

// The id of the last journal entry (what `history` shows first).
std::int64_t last_change(TempStore& s) { return count(s, "SELECT max(id) FROM history"); }

std::string refusal(TempStore& s, std::optional<std::int64_t> change) {
    try {
        store::undo(s.db, TempStore::actor(), change, false);
    } catch (const Error& e) {
        CHECK(e.code() == ExitCode::data);
        return e.what();
    }
    FAIL("the undo was not refused");
    return {};
}

} // namespace

TEST_CASE("undo takes back the last command, and undoing the undo redoes it") {
    TempStore s;
    command(s, "INSERT INTO team_member (id, handle, name) VALUES (1, 'an', 'An')", 1);
    command(s, "UPDATE team_member SET name = 'An Peeters', role = 'manager' WHERE id = 1", 1, "edit");
    auto r = store::undo(s.db, TempStore::actor(), std::nullopt, false);
    CHECK(r.steps.size() == 1);
    CHECK(r.steps[0].action == "revert");
    CHECK(count(s, "SELECT count(*) FROM team_member WHERE name = 'An' AND role IS NULL") == 1);
    auto redo = store::undo(s.db, TempStore::actor(), std::nullopt, false);
    CHECK(redo.redone);
    CHECK(count(s, "SELECT count(*) FROM team_member WHERE name = 'An Peeters' AND role = 'manager'") == 1);
    // Journalled like any change: the undo's entries mirror the undone ones.
    auto journal = store::read_journal(s.db, {});
    CHECK(journal[0].action == "undo");
    CHECK(journal[0].undo_of);
}

TEST_CASE("a dry run does the undo, checks it, and changes nothing") {
    TempStore s;
    command(s, "INSERT INTO team_member (id, handle, name) VALUES (1, 'an', 'An')", 1);
    auto journal = count(s, "SELECT count(*) FROM history");
    auto r = store::undo(s.db, TempStore::actor(), std::nullopt, true);
    CHECK(r.steps.size() == 1);
    CHECK(r.steps[0].action == "remove");
    CHECK(count(s, "SELECT count(*) FROM team_member") == 1);
    CHECK(count(s, "SELECT count(*) FROM history") == journal);
    CHECK(count(s, "PRAGMA foreign_keys") == 1); // on again
}

TEST_CASE("undo refuses when a later command changed the same row, and names that command") {
    TempStore s;
    command(s, "INSERT INTO team_member (id, handle, name) VALUES (1, 'an', 'An')", 1);
    auto added = last_change(s);
    command(s, "UPDATE team_member SET role = 'manager' WHERE id = 1", 1, "edit");
    auto edited = last_change(s);
    auto why = refusal(s, added);
    CHECK(why.find(fmt::format("change {} (`officectl test`) changed team.member x after it", edited)) != std::string::npos);
    CHECK(why.find(fmt::format("undo change {} first", edited)) != std::string::npos);
    CHECK(count(s, "SELECT count(*) FROM team_member WHERE role = 'manager'") == 1); // untouched
    store::undo(s.db, TempStore::actor(), edited, false);
    auto undone_edit = last_change(s);
    // The edit is undone now, but by a later command that touched the row too.
    why = refusal(s, added);
    CHECK(why.find(fmt::format("change {}", undone_edit)) != std::string::npos);
    CHECK(refusal(s, edited).find("was undone already") != std::string::npos);
}

TEST_CASE("undo refuses to remove a row that a later command's row refers to") {
    TempStore s;
    command(s, "INSERT INTO team_member (id, handle, name) VALUES (1, 'an', 'An')", 1);
    auto added = last_change(s);
    {
        store::Txn txn(s.db, TempStore::actor());
        s.db.sqlite().exec("INSERT INTO teamwork_task (id, title, member_id, created) VALUES (7, 'Bel Ricoh', 1, '2026-12-02')");
        txn.record({"team.task", 7, "add", "Bel Ricoh", std::nullopt, txn.snapshot("teamwork_task", 7)});
        txn.commit();
    }
    auto task = last_change(s);
    auto why = refusal(s, added);
    CHECK(why.find("team.task Bel Ricoh") != std::string::npos);
    CHECK(why.find(fmt::format("undo change {} first", task)) != std::string::npos);
    CHECK(count(s, "SELECT count(*) FROM team_member") == 1);
}

TEST_CASE("undo brings back what a removal took with it through cascades") {
    TempStore s;
    {
        store::Txn txn(s.db, TempStore::actor());
        s.db.sqlite().exec("INSERT INTO dossier_dossier (id, reference, title, kind, status, opened) "
                           "VALUES (1, 'D-2026-001', 'Aankoop', 'project', 'open', '2026-12-01')");
        s.db.sqlite().exec("INSERT INTO dossier_document (dossier_id, type, name, path, size, sha256, added) VALUES "
                           "(1, 'offer', 'offerte.pdf', '/tmp/offerte.pdf', 10, 'ab', '2026-12-01'), "
                           "(1, 'order', 'bestelbon.pdf', '/tmp/bestelbon.pdf', 12, 'cd', '2026-12-01')");
        txn.record({"dossier.dossier", 1, "add", "D-2026-001", std::nullopt, txn.snapshot("dossier_dossier", 1)});
        txn.commit();
    }
    {
        store::Txn txn(s.db, TempStore::actor());
        auto before = txn.snapshot("dossier_dossier", 1);
        s.db.sqlite().exec("DELETE FROM dossier_dossier WHERE id = 1"); // the documents go by ON DELETE CASCADE
        txn.record({"dossier.dossier", 1, "rm", "D-2026-001", before, std::nullopt});
        txn.commit();
    }
    CHECK(count(s, "SELECT count(*) FROM dossier_document") == 0);
    auto r = store::undo(s.db, TempStore::actor(), std::nullopt, false);
    CHECK(r.steps.size() == 1);
    CHECK(r.steps[0].action == "restore");
    CHECK(r.other_rows == 2);
    CHECK(count(s, "SELECT count(*) FROM dossier_document WHERE dossier_id = 1") == 2);
    CHECK(count(s, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
}

TEST_CASE("an import is undone as one command, its full-text index with it") {
    TempStore s;
    mail::ImportOptions o;
    o.own = {"*@ourcompany.be"};
    o.zone = "Europe/Brussels";
    o.today = core::Date{date::year{2026}, date::month{12}, date::day{2}};
    {
        store::Txn txn(s.db, TempStore::actor());
        auto report = mail::import_mail(txn, {std::string(OFFICECTL_TEST_DATA) + "/mail/office.mbox"}, o);
        txn.commit();
        REQUIRE(report.imported > 2);
    }
    auto items = count(s, "SELECT count(*) FROM mail_item");
    auto indexed = count(s, "SELECT count(*) FROM mail_fts WHERE mail_fts MATCH 'factuur OR offerte OR the OR de'");
    auto r = store::undo(s.db, TempStore::actor(), std::nullopt, false);
    CHECK(static_cast<std::int64_t>(r.steps.size()) >= items);
    CHECK(count(s, "SELECT count(*) FROM mail_item") == 0);
    CHECK(count(s, "SELECT count(*) FROM mail_fts WHERE mail_fts MATCH 'factuur OR offerte OR the OR de'") == 0);
    s.db.sqlite().exec("INSERT INTO mail_fts (mail_fts) VALUES ('integrity-check')");
    store::undo(s.db, TempStore::actor(), std::nullopt, false); // redo
    CHECK(count(s, "SELECT count(*) FROM mail_item") == items);
    CHECK(count(s, "SELECT count(*) FROM mail_fts WHERE mail_fts MATCH 'factuur OR offerte OR the OR de'") == indexed);
    s.db.sqlite().exec("INSERT INTO mail_fts (mail_fts) VALUES ('integrity-check')");
}

TEST_CASE("what a purge destroyed cannot come back through undo") {
    TempStore s;
    command(s, "INSERT INTO team_member (id, handle, name) VALUES (1, 'an', 'An')", 1);
    auto added = last_change(s);
    {
        store::Txn txn(s.db, TempStore::actor());
        txn.keep_no_undo("it destroyed what it purged, for good");
        s.db.sqlite().exec("UPDATE team_member SET name = 'gone' WHERE id = 1");
        txn.redact("team.member", 1, "(purged)");
        txn.record({"team.member", 1, "purge", "(purged)", std::nullopt, std::nullopt});
        txn.commit();
    }
    CHECK(refusal(s, std::nullopt).find("it destroyed what it purged, for good") != std::string::npos);
    CHECK(refusal(s, added).find("destroyed by a purge") != std::string::npos);
    CHECK(count(s, "SELECT count(*) FROM history_changeset") == 0);
}

TEST_CASE("a stored copy goes with the undo when nothing else refers to it") {
    TempStore s;
    auto folder = s.dir / "files" / "dossier";
    std::filesystem::create_directories(folder);
    auto copy = folder / "abcd";
    std::ofstream(copy) << "scan";
    auto insert_document = [&](int id) {
        store::Txn txn(s.db, TempStore::actor());
        s.db.sqlite().exec(fmt::format("INSERT INTO dossier_document (id, dossier_id, type, name, path, stored, size, "
                                       "sha256, added) VALUES ({}, 1, 'offer', 'o.pdf', '{}', 1, 4, 'ab', '2026-12-01')",
                                       id, copy.string()));
        txn.record({"dossier.document", id, "add", "offer", std::nullopt, txn.snapshot("dossier_document", id)});
        txn.commit();
    };
    {
        store::Txn txn(s.db, TempStore::actor());
        s.db.sqlite().exec("INSERT INTO dossier_dossier (id, reference, title, kind, status, opened) "
                           "VALUES (1, 'D-2026-001', 'Aankoop', 'project', 'open', '2026-12-01')");
        txn.record({"dossier.dossier", 1, "add", "D-2026-001", std::nullopt, txn.snapshot("dossier_dossier", 1)});
        txn.commit();
    }
    insert_document(1);
    insert_document(2); // the same file again (copies are kept by content)
    auto r = store::undo(s.db, TempStore::actor(), std::nullopt, false);
    CHECK(r.files_removed.empty()); // document 1 still refers to it
    CHECK(std::filesystem::exists(copy));
    r = store::undo(s.db, TempStore::actor(), count(s, "SELECT min(id) FROM history WHERE entity = 'dossier.document'"),
                    false);
    CHECK(r.files_removed.size() == 1);
    CHECK_FALSE(std::filesystem::exists(copy));
}

TEST_CASE("a confidential value is journalled sealed, and comes back sealed through undo") {
    TempStore s;
    {
        store::Txn txn(s.db, TempStore::actor());
        s.db.sqlite().exec("INSERT INTO team_member (id, handle, name) VALUES (1, 'bert', 'Bert')");
        s.db.sqlite().exec("INSERT INTO teamwork_review (id, member_id, kind, date, notes) "
                           "VALUES (1, 1, 'functioning', '2026-12-02', 'ZZSECRET rugproblemen')");
        txn.record({"team.review", 1, "add", "functioning", std::nullopt, txn.snapshot("teamwork_review", 1)});
        txn.commit();
    }
    auto sealed_everywhere = [&] {
        for (const auto& e : store::read_journal(s.db, {})) {
            CHECK(e.after.value_or("").find("ZZSECRET") == std::string::npos);
            CHECK(e.before.value_or("").find("ZZSECRET") == std::string::npos);
            CHECK(e.label.find("ZZSECRET") == std::string::npos);
        }
        CHECK(count(s, "SELECT count(*) FROM history WHERE before LIKE '%ZZSECRET%' OR after LIKE '%ZZSECRET%'") == 0);
    };
    sealed_everywhere();
    auto journal = store::read_journal(s.db, {});
    REQUIRE(journal[0].secret_after);
    CHECK(journal[0].secret_after->find("ZZSECRET rugproblemen") != std::string::npos);
    CHECK(journal[0].after->find("\"notes\":\"(confidential)\"") != std::string::npos);
    store::undo(s.db, TempStore::actor(), std::nullopt, false);
    CHECK(count(s, "SELECT count(*) FROM teamwork_review") == 0);
    sealed_everywhere();
    store::undo(s.db, TempStore::actor(), std::nullopt, false);
    CHECK(count(s, "SELECT count(*) FROM teamwork_review WHERE notes = 'ZZSECRET rugproblemen'") == 1);
    sealed_everywhere();
}
