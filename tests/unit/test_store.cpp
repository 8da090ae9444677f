#include "officectl/core/error.hpp"
#include "officectl/store/journal.hpp"
#include "officectl/store/maintenance.hpp"
#include "officectl/store/path.hpp"
#include "officectl/store/sql.hpp"
#include "temp_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>
#include <sys/resource.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <optional>

using namespace officectl;
using testing::TempStore;

namespace {
std::string pragma(store::Database& db, const char* name) {
    SQLite::Statement q(db.sqlite(), std::string("PRAGMA ") + name);
    q.executeStep();
    return q.getColumn(0).getString();
}
} // namespace

TEST_CASE("store path precedence: --db, OFFICECTL_DB, config, XDG, HOME") {
    store::PathSources all{"flag.db", "env.db", "config.db", "/xdg", "/home/an"};
    CHECK(store::resolve_store_path(all).origin == "--db");
    all.flag.reset();
    CHECK(store::resolve_store_path(all).path == "env.db");
    all.env = "";
    CHECK(store::resolve_store_path(all).origin == "config");
    all.config.reset();
    CHECK(store::resolve_store_path(all).path == "/xdg/officectl/office.db");
    all.xdg_data_home.reset();
    CHECK(store::resolve_store_path(all).path == "/home/an/.local/share/officectl/office.db");
    CHECK(store::resolve_store_path(all).is_default());
    all.home.reset();
    CHECK_THROWS_AS(store::resolve_store_path(all), Error);
}

TEST_CASE("a new store is 0600, in WAL mode, with foreign keys on and every migration applied") {
    TempStore s;
    struct stat st {};
    REQUIRE(::stat(s.file.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(pragma(s.db, "journal_mode") == "wal");
    CHECK(pragma(s.db, "foreign_keys") == "1");
    for (const auto& m : store::migration_status(s.db, all_migrations())) {
        CHECK_FALSE(m.applied_at.empty());
    }
    // Opening again applies nothing new and keeps the data.
    auto again = store::Database::open(s.file, all_migrations());
    CHECK(store::migration_status(again, all_migrations()).size() == all_migrations().size());
}

TEST_CASE("opening refuses what it cannot use") {
    TempStore s;
    try {
        store::Database::open(s.dir / "missing" / "office.db", all_migrations());
        FAIL("opened in a missing folder");
    } catch (const Error& e) {
        CHECK(e.code() == ExitCode::cant_create);
    }
    auto created = store::Database::open(s.dir / "new" / "deeper" / "office.db", all_migrations(), {true});
    CHECK(std::filesystem::exists(s.dir / "new" / "deeper" / "office.db"));
    std::FILE* f = std::fopen((s.dir / "text.db").c_str(), "w");
    std::fputs("this is not a database, just some text that is long enough to look like a header", f);
    std::fclose(f);
    try {
        store::Database::open(s.dir / "text.db", all_migrations());
        FAIL("opened a text file");
    } catch (const Error& e) {
        CHECK(e.code() == ExitCode::io);
    }
}

TEST_CASE("a store from a newer officectl is refused") {
    TempStore s;
    s.db.sqlite().exec("INSERT INTO schema_migrations (domain, version, name) VALUES ('future', 1, 'x')");
    try {
        store::Database::open(s.file, all_migrations());
        FAIL("opened a newer store");
    } catch (const Error& e) {
        CHECK(e.code() == ExitCode::config);
    }
}

TEST_CASE("a Txn rolls back unless committed, journal included") {
    TempStore s;
    {
        store::Txn txn(s.db, TempStore::actor());
        s.db.sqlite().exec("INSERT INTO team_member (handle, name) VALUES ('an', 'An')");
        txn.record({"team.member", 1, "add", "an", std::nullopt, txn.snapshot("team_member", 1)});
    }
    SQLite::Statement q(s.db.sqlite(), "SELECT (SELECT count(*) FROM team_member), (SELECT count(*) FROM history)");
    q.executeStep();
    CHECK(q.getColumn(0).getInt() == 0);
    CHECK(q.getColumn(1).getInt() == 0);
}

TEST_CASE("the journal keeps who, when, the command and whole rows before and after") {
    TempStore s;
    {
        store::Txn txn(s.db, TempStore::actor());
        s.db.sqlite().exec("INSERT INTO team_member (handle, name, minutes_per_week) VALUES ('an', 'An', 2280)");
        txn.record({"team.member", 1, "add", "an", std::nullopt, txn.snapshot("team_member", 1)});
        txn.commit();
    }
    auto entries = store::read_journal(s.db, {});
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].user == "tester");
    CHECK(entries[0].command == "officectl test");
    CHECK(entries[0].at == "2026-12-02T09:00:00Z");
    CHECK_FALSE(entries[0].before);
    REQUIRE(entries[0].after);
    CHECK(entries[0].after->find("\"minutes_per_week\":2280") != std::string::npos);
    CHECK(entries[0].after->find("\"handle\":\"an\"") != std::string::npos);
    CHECK(store::read_journal(s.db, {"team.member", 2, std::nullopt, std::nullopt, 0, std::nullopt}).empty());
}

TEST_CASE("the journal is filtered by the day a change was made for, not by the wall clock") {
    TempStore s;
    auto add = [&](std::int64_t id, const char* handle, std::optional<std::string> as_of, const char* at) {
        auto actor = TempStore::actor();
        actor.as_of = std::move(as_of);
        actor.at = at;
        store::Txn txn(s.db, actor);
        SQLite::Statement ins(s.db.sqlite(), "INSERT INTO team_member (id, handle, name) VALUES (?, ?, ?)");
        ins.bind(1, static_cast<int64_t>(id));
        ins.bind(2, handle);
        ins.bind(3, handle);
        ins.exec();
        txn.record({"team.member", id, "add", handle, std::nullopt, txn.snapshot("team_member", id)});
        txn.commit();
    };
    // Run on a far-away machine date, but for 2026-12-01 and 2026-12-03.
    add(1, "an", "2026-12-01", "2035-12-31T23:59:59Z");
    add(2, "bert", "2026-12-03", "2024-02-29T12:00:00Z");
    // Journalled before the day was always kept: its wall-clock date counts.
    add(3, "chloe", std::nullopt, "2026-12-02T10:00:00Z");
    auto labels = [&](std::optional<std::string> since, std::optional<std::string> until) {
        std::string out;
        for (const auto& e : store::read_journal(s.db, {std::nullopt, std::nullopt, since, until, 0, std::nullopt})) {
            out += e.label + " ";
        }
        return out;
    };
    CHECK(labels(std::nullopt, std::nullopt) == "chloe bert an ");
    CHECK(labels("2026-12-02", std::nullopt) == "chloe bert ");
    CHECK(labels(std::nullopt, "2026-12-02") == "chloe an ");
    CHECK(labels("2026-12-02", "2026-12-02") == "chloe ");
    CHECK(labels("2026-12-04", std::nullopt).empty());
}

TEST_CASE("references are found from the schema's foreign keys") {
    TempStore s;
    s.db.sqlite().exec("INSERT INTO team_member (id, handle, name) VALUES (1, 'an', 'An'), (2, 'bert', 'Bert')");
    s.db.sqlite().exec("UPDATE team_member SET manager_id = 1 WHERE id = 2");
    auto refs = store::references_to(s.db, "team_member", 1);
    REQUIRE(refs.size() == 1);
    CHECK(refs[0].table == "team_member");
    CHECK(refs[0].column == "manager_id");
    CHECK(refs[0].count == 1);
    CHECK(store::references_to(s.db, "team_member", 2).empty());
}

TEST_CASE("check and backup") {
    TempStore s;
    s.db.sqlite().exec("INSERT INTO team_member (handle, name) VALUES ('an', 'An')");
    for (const auto& f : store::check_store(s.db, all_migrations())) {
        CHECK(f.ok);
    }
    auto target = s.dir / "backup.db";
    store::backup_store(s.db, target, false);
    SQLite::Database copy(target.string());
    CHECK(copy.execAndGet("SELECT name FROM team_member").getString() == "An");
    struct stat st {};
    REQUIRE(::stat(target.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK_THROWS_AS(store::backup_store(s.db, target, false), Error);
    store::backup_store(s.db, target, true);
}

TEST_CASE("a backup that cannot be written whole leaves no file that looks complete") {
    TempStore s;
    s.db.sqlite().exec("INSERT INTO team_member (handle, name) VALUES ('an', 'An')");
    auto target = s.dir / "backup.db";
    auto files = [&] { // as one string, so a failed CHECK shows them
        std::vector<std::string> names;
        for (const auto& e : std::filesystem::directory_iterator(s.dir)) {
            names.push_back(e.path().filename().string());
        }
        std::sort(names.begin(), names.end());
        std::string out;
        for (const auto& n : names) {
            out += n + " ";
        }
        return out;
    };
    auto before = files();
    // No file may grow past 64 KiB (the store is larger): as on a full disk, the copy fails part-way.
    auto fail_part_way = [&](bool overwrite) {
        rlimit old{};
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 64 * 1024;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        std::optional<Error> error;
        try {
            store::backup_store(s.db, target, overwrite);
        } catch (const Error& e) {
            error = e;
        }
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, old_handler);
        return error;
    };
    auto error = fail_part_way(false);
    REQUIRE(error);
    CHECK(error->code() == ExitCode::io);
    CHECK(std::string(error->what()).find("cannot write backup") != std::string::npos);
    CHECK(files() == before); // neither backup.db nor a temporary file is left
    // With --force over an earlier backup: the earlier one stays as it was.
    store::backup_store(s.db, target, false);
    auto size = std::filesystem::file_size(target);
    s.db.sqlite().exec("INSERT INTO team_member (handle, name) VALUES ('bert', 'Bert')");
    REQUIRE(fail_part_way(true));
    CHECK(std::filesystem::file_size(target) == size);
    CHECK(files() == "backup.db " + before);
    SQLite::Database copy(target.string());
    CHECK(copy.execAndGet("SELECT count(*) FROM team_member").getInt() == 1);
}

TEST_CASE("JSON text for the store is written by nlohmann/json: quotes, controls and bad bytes make valid JSON") {
    std::vector<std::string> tags{"tax", "a\"b", "c\\d", "e\nf", std::string("g\x01h"), "i\xffj", "ë"};
    auto json = store::tags_to_json(tags);
    CHECK(nlohmann::json::accept(json)); // the hand-built array dropped quotes and let controls and bad bytes through
    auto back = store::tags_from_json(json);
    REQUIRE(back.size() == tags.size());
    CHECK(back[1] == "a\"b");
    CHECK(back[3] == "e\nf");
    CHECK(back[5] == "i\xef\xbf\xbdj");
    CHECK(store::tags_to_json({"tax", "urgent"}) == R"(["tax","urgent"])"); // the usual tags: as they were stored
    CHECK(store::tags_from_json("not json").empty());
    CHECK(store::json_quoted("IN-2026-0001") == "\"IN-2026-0001\"");
    CHECK(store::json_quoted("/mail/\xff.eml") == "\"/mail/\xef\xbf\xbd.eml\"");
    CHECK(nlohmann::json::accept(store::json_quoted("<id\"with\\odd\x02@x>")));
}
