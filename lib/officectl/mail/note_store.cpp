#include "officectl/mail/note_store.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"

#include "officectl/store/sql.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace officectl::mail {
namespace {

constexpr std::string_view k_entity = "mail.note";

constexpr const char* k_select = R"(
SELECT id, number, subject, author_id, date, effective, body, file_path, file_size, file_sha256, ack_required
FROM mail_note )";

// Reads the note at the statement's row, with its recipients and actions.
Note read_note(store::Database& db, SQLite::Statement& q, const std::map<std::int64_t, std::string>& handles) {
    Note n;
    n.id = q.getColumn(0).getInt64();
    n.number = q.getColumn(1).getString();
    n.subject = q.getColumn(2).getString();
    if (!q.getColumn(3).isNull()) {
        n.author_id = q.getColumn(3).getInt64();
        n.author = handles.at(*n.author_id);
    }
    n.date = *core::parse_iso_date(q.getColumn(4).getString());
    n.effective = store::opt_date(q, 5);
    n.body = store::opt_text(q, 6);
    n.file_path = store::opt_text(q, 7);
    if (!q.getColumn(8).isNull()) {
        n.file_size = q.getColumn(8).getInt64();
    }
    n.file_sha256 = store::opt_text(q, 9);
    n.ack_required = q.getColumn(10).getInt() != 0;
    SQLite::Statement r(db.sqlite(), "SELECT member_id, acknowledged FROM mail_note_recipient WHERE note_id = ?");
    r.bind(1, static_cast<int64_t>(n.id));
    while (r.executeStep()) {
        auto id = r.getColumn(0).getInt64();
        n.recipients.push_back({id, handles.at(id), store::opt_date(r, 1)});
    }
    std::sort(n.recipients.begin(), n.recipients.end(),
              [](const NoteRecipient& a, const NoteRecipient& b) { return a.handle < b.handle; });
    SQLite::Statement a(db.sqlite(), "SELECT id, text, owner_id, due, done FROM mail_note_action WHERE note_id = ? ORDER BY id");
    a.bind(1, static_cast<int64_t>(n.id));
    while (a.executeStep()) {
        NoteAction act;
        act.id = a.getColumn(0).getInt64();
        act.text = a.getColumn(1).getString();
        if (!a.getColumn(2).isNull()) {
            act.owner_id = a.getColumn(2).getInt64();
            act.owner = handles.at(*act.owner_id);
        }
        act.due = store::opt_date(a, 3);
        act.done = store::opt_date(a, 4);
        n.actions.push_back(std::move(act));
    }
    return n;
}

} // namespace

const std::vector<store::Migration>& migrations() {
    static const std::vector<store::Migration> list{
        {"mail", 1, "service notes", R"(
CREATE TABLE mail_note (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    year         INTEGER NOT NULL,
    seq          INTEGER NOT NULL CHECK (seq > 0),
    subject      TEXT NOT NULL CHECK (subject <> ''),
    author_id    INTEGER REFERENCES team_member (id),
    date         TEXT NOT NULL CHECK (date IS date(date)),
    effective    TEXT CHECK (effective IS date(effective)),
    body         TEXT,
    file_path    TEXT,
    file_size    INTEGER,
    file_sha256  TEXT,
    ack_required INTEGER NOT NULL DEFAULT 0 CHECK (ack_required IN (0, 1)),
    UNIQUE (year, seq)
) STRICT;
CREATE TABLE mail_note_recipient (
    note_id      INTEGER NOT NULL REFERENCES mail_note (id),
    member_id    INTEGER NOT NULL REFERENCES team_member (id),
    acknowledged TEXT CHECK (acknowledged IS date(acknowledged)),
    PRIMARY KEY (note_id, member_id)
) STRICT;
CREATE INDEX mail_note_recipient_by_member ON mail_note_recipient (member_id);
CREATE TABLE mail_note_action (
    id       INTEGER PRIMARY KEY,
    note_id  INTEGER NOT NULL REFERENCES mail_note (id),
    text     TEXT NOT NULL CHECK (text <> ''),
    owner_id INTEGER REFERENCES team_member (id),
    due      TEXT CHECK (due IS date(due)),
    done     TEXT CHECK (done IS date(done))
) STRICT;
CREATE INDEX mail_note_action_by_note ON mail_note_action (note_id);
CREATE INDEX mail_note_action_by_owner ON mail_note_action (owner_id);
)"},
    };
    return list;
}

std::string add_note(store::Txn& txn, Note n, std::string_view prefix) {
    auto& db = txn.db().sqlite();
    if (core::trim(n.subject).empty()) {
        throw data_error("a note needs a subject");
    }
    if (n.recipients.empty()) {
        throw data_error("a note needs at least one recipient (--to team or --to an,bert)");
    }
    int year = static_cast<int>(n.date.year());
    SQLite::Statement next(db, "SELECT coalesce(max(seq), 0) + 1 FROM mail_note WHERE year = ?");
    next.bind(1, year);
    next.executeStep();
    int seq = next.getColumn(0).getInt();
    n.number = fmt::format("{}-{:04}-{:04}", prefix, year, seq);
    SQLite::Statement q(db, R"(
INSERT INTO mail_note (number, year, seq, subject, author_id, date, effective, body, file_path, file_size, file_sha256,
                       ack_required)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
    q.bind(1, n.number);
    q.bind(2, year);
    q.bind(3, seq);
    q.bind(4, n.subject);
    store::bind_opt(q, 5, n.author_id);
    q.bind(6, core::format_date(n.date));
    store::bind_opt(q, 7, store::date_text(n.effective));
    store::bind_opt(q, 8, n.body);
    store::bind_opt(q, 9, n.file_path);
    store::bind_opt(q, 10, n.file_size);
    store::bind_opt(q, 11, n.file_sha256);
    q.bind(12, n.ack_required ? 1 : 0);
    q.exec();
    n.id = db.getLastInsertRowid();
    SQLite::Statement r(db, "INSERT INTO mail_note_recipient (note_id, member_id) VALUES (?, ?)");
    for (const auto& rec : n.recipients) {
        r.bind(1, static_cast<int64_t>(n.id));
        r.bind(2, static_cast<int64_t>(rec.member_id));
        r.exec();
        r.reset();
    }
    txn.record({k_entity, n.id, "add", n.number, std::nullopt, txn.snapshot("mail_note", n.id)});
    for (const auto& a : n.actions) {
        add_action(txn, n, a);
    }
    return n.number;
}

Note get_note(store::Database& db, std::string_view number) {
    auto handles = team::member_handles_by_id(db);
    auto text = std::string(core::trim(number));
    bool is_id = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
    SQLite::Statement q(db.sqlite(), std::string(k_select) + (is_id ? "WHERE id = ?" : "WHERE number = ? COLLATE NOCASE"));
    if (is_id) {
        q.bind(1, static_cast<int64_t>(std::stoll(text)));
    } else {
        q.bind(1, text);
    }
    if (!q.executeStep()) {
        throw not_found(fmt::format("no service note \"{}\" (see `officectl mail note list`)", number));
    }
    return read_note(db, q, handles);
}

std::vector<Note> list_notes(store::Database& db, bool open_only) {
    auto handles = team::member_handles_by_id(db);
    SQLite::Statement q(db.sqlite(), std::string(k_select) + R"(
WHERE ?1 = 0
   OR EXISTS (SELECT 1 FROM mail_note_action a WHERE a.note_id = mail_note.id AND a.done IS NULL)
   OR (ack_required = 1 AND EXISTS (SELECT 1 FROM mail_note_recipient r
                                    WHERE r.note_id = mail_note.id AND r.acknowledged IS NULL))
ORDER BY date DESC, seq DESC)");
    q.bind(1, open_only ? 1 : 0);
    std::vector<Note> out;
    while (q.executeStep()) {
        out.push_back(read_note(db, q, handles));
    }
    return out;
}

bool acknowledge(store::Txn& txn, const Note& n, std::int64_t member_id, const std::string& handle, core::Date day) {
    if (!n.ack_required) {
        throw data_error(fmt::format("{} asks no acknowledgement", n.number));
    }
    const NoteRecipient* rec = nullptr;
    for (const auto& r : n.recipients) {
        if (r.member_id == member_id) {
            rec = &r;
        }
    }
    if (rec == nullptr) {
        throw data_error(fmt::format("{} is not a recipient of {}", handle, n.number));
    }
    if (rec->acknowledged) {
        return false;
    }
    if (day < n.date) {
        throw data_error(fmt::format("{} was issued on {}: it cannot be acknowledged on {}", n.number,
                                     core::format_date(n.date), core::format_date(day)));
    }
    SQLite::Statement q(txn.db().sqlite(),
                        "UPDATE mail_note_recipient SET acknowledged = ? WHERE note_id = ? AND member_id = ?");
    q.bind(1, core::format_date(day));
    q.bind(2, static_cast<int64_t>(n.id));
    q.bind(3, static_cast<int64_t>(member_id));
    q.exec();
    txn.record({k_entity, n.id, "ack", fmt::format("{} {}", n.number, handle), std::nullopt,
                fmt::format(R"({{"member":"{}","acknowledged":"{}"}})", handle, core::format_date(day))});
    return true;
}

std::int64_t add_action(store::Txn& txn, const Note& n, const NoteAction& a) {
    if (core::trim(a.text).empty()) {
        throw data_error("an action needs a text");
    }
    SQLite::Statement q(txn.db().sqlite(), "INSERT INTO mail_note_action (note_id, text, owner_id, due) VALUES (?, ?, ?, ?)");
    q.bind(1, static_cast<int64_t>(n.id));
    q.bind(2, a.text);
    store::bind_opt(q, 3, a.owner_id);
    store::bind_opt(q, 4, store::date_text(a.due));
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    txn.record({"mail.note_action", id, "add", n.number, std::nullopt, txn.snapshot("mail_note_action", id)});
    return id;
}

NoteAction finish_action(store::Txn& txn, std::int64_t action_id, core::Date day) {
    auto before = txn.snapshot("mail_note_action", action_id);
    if (!before) {
        throw not_found(fmt::format("no note action {} (see `officectl mail note status NOTE`)", action_id));
    }
    SQLite::Statement q(txn.db().sqlite(), "UPDATE mail_note_action SET done = coalesce(done, ?) WHERE id = ?");
    q.bind(1, core::format_date(day));
    q.bind(2, static_cast<int64_t>(action_id));
    q.exec();
    auto after = txn.snapshot("mail_note_action", action_id);
    if (after != before) {
        txn.record({"mail.note_action", action_id, "done", std::to_string(action_id), before, after});
    }
    SQLite::Statement r(txn.db().sqlite(), "SELECT text, done FROM mail_note_action WHERE id = ?");
    r.bind(1, static_cast<int64_t>(action_id));
    r.executeStep();
    NoteAction a;
    a.id = action_id;
    a.text = r.getColumn(0).getString();
    a.done = core::parse_iso_date(r.getColumn(1).getString());
    return a;
}

void set_action_owner(store::Txn& txn, std::int64_t action_id, std::int64_t owner_id) {
    auto before = txn.snapshot("mail_note_action", action_id);
    if (!before) {
        throw not_found(fmt::format("no note action {} (see `officectl mail note status NOTE`)", action_id));
    }
    SQLite::Statement q(txn.db().sqlite(), "UPDATE mail_note_action SET owner_id = ? WHERE id = ?");
    q.bind(1, static_cast<int64_t>(owner_id));
    q.bind(2, static_cast<int64_t>(action_id));
    q.exec();
    txn.record_edit("mail.note_action", "mail_note_action", action_id, std::to_string(action_id), before);
}

} // namespace officectl::mail
