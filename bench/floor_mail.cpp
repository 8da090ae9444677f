// The SQLite floor for a mail import: the same number of rows, with the same
// columns as the register, inserted with one prepared statement in one
// transaction (no parsing, no indexes beyond the key, no full text).
//   officectl_bench_floor_mail STORE N

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <string>

int main(int argc, char** argv) {
    if (argc != 3) {
        return 64;
    }
    int n = std::stoi(argv[2]);
    SQLite::Database db(argv[1], SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL");
    db.exec("CREATE TABLE IF NOT EXISTS item (id INTEGER PRIMARY KEY, number TEXT, direction TEXT, channel TEXT, date TEXT, "
            "from_text TEXT, to_text TEXT, subject TEXT, body TEXT, message_id TEXT, content_hash TEXT)");
    SQLite::Transaction txn(db);
    SQLite::Statement q(db, "INSERT INTO item (number, direction, channel, date, from_text, to_text, subject, body, "
                            "message_id, content_hash) VALUES (?, 'in', 'email', '2026-11-02', ?, ?, ?, ?, ?, ?)");
    std::string body(320, 'x');
    for (int i = 0; i < n; ++i) {
        q.bind(1, fmt::format("IN-2026-{:04}", i + 1));
        q.bind(2, "Marie Dubois <marie.dubois@ricoh.be>");
        q.bind(3, "an@ourcompany.be");
        q.bind(4, fmt::format("Offerte kopieertoestel {}", i));
        q.bind(5, body);
        q.bind(6, fmt::format("m{}@bench.example", i));
        q.bind(7, fmt::format("{:064}", i));
        q.exec();
        q.reset();
    }
    txn.commit();
    return 0;
}
