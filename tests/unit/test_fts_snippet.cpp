// bounded_snippet() against FTS5's own snippet(): the same text for every row,
// query and argument, in time linear in the size of the column.

#include "officectl/store/fts_snippet.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

namespace {

SQLite::Database corpus_db() {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    REQUIRE(officectl::store::register_bounded_snippet(db.getHandle()));
    db.exec("CREATE VIRTUAL TABLE t USING fts5(a, b, c, tokenize = 'unicode61 remove_diacritics 2')");
    return db;
}

} // namespace

TEST_CASE("bounded_snippet gives exactly what FTS5's snippet gives (random rows and queries)") {
    auto db = corpus_db();
    std::mt19937 random(20261202);
    const std::vector<std::string> words{"offerte", "factuur", "coördinatie", "printer", "an", "bert", "de", "het",
                                         "een", "en", "van", "toner", "levering", "Offerte", "FACTUUR"};
    const std::vector<std::string> glue{" ", " ", " ", ". ", ": ", ", ", "\n", " - ", "  "};
    auto text = [&](int n) {
        std::string out;
        for (int i = 0; i < n; ++i) {
            out += words[random() % words.size()] + glue[random() % glue.size()];
        }
        return out;
    };
    SQLite::Statement insert(db, "INSERT INTO t (a, b, c) VALUES (?, ?, ?)");
    for (int row = 0; row < 300; ++row) {
        insert.bind(1, text(1 + static_cast<int>(random() % 8)));
        insert.bind(2, text(static_cast<int>(random() % 200)));
        insert.bind(3, text(static_cast<int>(random() % 30)));
        insert.exec();
        insert.reset();
    }
    const std::vector<std::string> queries{"offerte",        "factuur OR printer", "\"levering van\"", "toner printer",
                                           "coordinatie",    "off*",               "NEAR(an bert, 3)", "b : factuur",
                                           "de het een en", "{a c} : toner",      "\"een en\" OR an"};
    int compared = 0;
    for (const auto& q : queries) {
        for (const char* args : {"-1, '[', ']', '…', 10", "1, '<b>', '</b>', '...', 5", "0, '[', ']', '…', 1",
                                 "-1, '', '', '', 64", "2, '[', ']', '…', 3"}) {
            SQLite::Statement both(db, std::string("SELECT snippet(t, ") + args + "), bounded_snippet(t, " + args +
                                           ") FROM t WHERE t MATCH ?");
            both.bind(1, q);
            while (both.executeStep()) {
                CAPTURE(q);
                CAPTURE(args);
                CHECK(both.getColumn(1).getString() == both.getColumn(0).getString());
                ++compared;
            }
        }
    }
    MESSAGE("compared " << compared << " snippets");
    CHECK(compared > 1000);
}

TEST_CASE("bounded_snippet stays linear in the size of the column") {
    // FTS5's snippet() over a body of `word word ...` took 1.8 s at 100 KB, 7 s at
    // 200 KB, over 120 s at 1 MB.
    auto db = corpus_db();
    std::string body;
    for (int i = 0; i < 400000; ++i) { // 2 MB, 400 000 hits
        body += i % 1000 == 999 ? "woord. " : "woord ";
    }
    SQLite::Statement insert(db, "INSERT INTO t (a, b, c) VALUES ('onderwerp', ?, '')");
    insert.bind(1, body);
    insert.exec();
    auto start = std::chrono::steady_clock::now();
    SQLite::Statement q(db, "SELECT bounded_snippet(t, -1, '[', ']', '…', 10) FROM t WHERE t MATCH 'woord'");
    REQUIRE(q.executeStep());
    CHECK(q.getColumn(0).getString() == "[woord] [woord] [woord] [woord] [woord] [woord] [woord] [woord] [woord] [woord]…");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds{3});
}
