// The correspondence register's writes and schema. The reads are in item_query_store.cpp;
// both implement item_store.hpp.

#include "officectl/mail/item_store.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/mail/item_rules.hpp"
#include "officectl/team/member_store.hpp"

#include "officectl/store/sql.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <map>

namespace officectl::mail {
namespace {

constexpr std::string_view k_entity = "mail.item";

// An import journals the answered item by what changed (status and done_on), as
// it journals each item by its keys; a single registration journals whole rows.
std::optional<std::string> close_answered(store::Txn& txn, std::int64_t answered, core::Date day, bool compact_journal) {
    auto& check = txn.db().cached(
        "SELECT number, status, done_on FROM mail_item WHERE id = ? AND direction = 'in' AND status IN ('open', 'waiting')");
    check.bind(1, static_cast<int64_t>(answered));
    if (!check.executeStep()) {
        return std::nullopt; // an outgoing item, or one already closed
    }
    auto number = check.getColumn(0).getString();
    nlohmann::ordered_json was{{"status", check.getColumn(1).getString()}, {"done_on", nullptr}};
    if (!check.getColumn(2).isNull()) {
        was["done_on"] = check.getColumn(2).getString();
    }
    auto changed_from = store::json_text(was);
    check.reset();
    auto before = compact_journal ? std::optional(changed_from) : txn.snapshot("mail_item", answered);
    auto done_on = core::format_date(day);
    auto& q = txn.db().cached("UPDATE mail_item SET status = 'done', done_on = ? WHERE id = ?");
    q.bind(1, done_on);
    q.bind(2, static_cast<int64_t>(answered));
    q.exec();
    auto after = compact_journal ? std::optional(store::json_text({{"status", "done"}, {"done_on", done_on}}))
                                 : txn.snapshot("mail_item", answered);
    txn.record({k_entity, answered, "answered", number, before, after});
    return number;
}


std::string journal_keys(const Item& it, std::int64_t id) {
    using store::json_quoted;
    return fmt::format(R"({{"id":{},"number":{},"message_id":{},"content_hash":{},"source":{}}})", id,
                       json_quoted(it.number), it.message_id ? json_quoted(*it.message_id) : "null",
                       json_quoted(it.content_hash), it.source ? json_quoted(*it.source) : "null");
}

} // namespace

const std::vector<store::Migration>& item_migrations() {
    static const std::vector<store::Migration> list{
        {"mail", 2, "correspondence register", R"(
CREATE TABLE mail_item (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    direction    TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    year         INTEGER NOT NULL,
    seq          INTEGER NOT NULL CHECK (seq > 0),
    channel      TEXT NOT NULL CHECK (channel IN ('email', 'letter', 'fax', 'phone', 'hand')),
    date         TEXT NOT NULL CHECK (date IS date(date)),
    at           INTEGER,
    from_text    TEXT,
    from_addr    TEXT,
    from_contact INTEGER REFERENCES contact (id),
    to_text      TEXT,
    to_addr      TEXT,
    to_contact   INTEGER REFERENCES contact (id),
    subject      TEXT NOT NULL DEFAULT '',
    their_ref    TEXT,
    our_ref      TEXT,
    tags         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    assignee_id  INTEGER REFERENCES team_member (id),
    due          TEXT CHECK (due IS date(due)),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'waiting', 'done', 'archived')),
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    body         TEXT,
    message_id   TEXT,
    content_hash TEXT NOT NULL,
    reply_to     INTEGER REFERENCES mail_item (id),
    source       TEXT,
    done_on      TEXT CHECK (done_on IS date(done_on)),
    note         TEXT,
    UNIQUE (direction, year, seq)
) STRICT;
CREATE INDEX mail_item_by_message_id ON mail_item (message_id);
CREATE INDEX mail_item_by_hash ON mail_item (content_hash);
CREATE INDEX mail_item_by_date ON mail_item (date);
CREATE INDEX mail_item_by_status ON mail_item (status, due);
CREATE INDEX mail_item_by_assignee ON mail_item (assignee_id);
CREATE INDEX mail_item_by_from_contact ON mail_item (from_contact);
CREATE INDEX mail_item_by_to_contact ON mail_item (to_contact);
CREATE INDEX mail_item_by_reply_to ON mail_item (reply_to);
CREATE TABLE mail_item_ref (
    item_id    INTEGER NOT NULL REFERENCES mail_item (id),
    message_id TEXT NOT NULL,
    PRIMARY KEY (item_id, message_id)
) STRICT;
CREATE INDEX mail_item_ref_by_message_id ON mail_item_ref (message_id);
CREATE TABLE mail_attachment (
    id      INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES mail_item (id),
    name    TEXT NOT NULL,
    type    TEXT NOT NULL,
    size    INTEGER NOT NULL,
    sha256  TEXT NOT NULL,
    path    TEXT
) STRICT;
CREATE INDEX mail_attachment_by_item ON mail_attachment (item_id);
CREATE VIRTUAL TABLE mail_fts USING fts5(subject, body, secret_body, from_text, to_text,
                                         tokenize = 'unicode61 remove_diacritics 2');
)"},
        // What awaits an answer is a few hundred items among a million: follow-ups,
        // `due` and the weekly report read them through this partial index.
        {"mail", 3, "an index of the items awaiting an answer", R"(
CREATE INDEX mail_item_awaiting ON mail_item (date, id) WHERE direction = 'in' AND status IN ('open', 'waiting');
)"},
        // SQLite checks `x IN (three or more values)` by building a temporary
        // table for each statement it runs: for an import, once per item. The same
        // checks written as comparisons cost nothing; SQLite cannot change a CHECK
        // in place, so the table is rebuilt (ids, and so the full-text index, kept).
        // The indexes of columns that are mostly empty (assignee, relations, the
        // item answered) leave the empty rows out: `x = ?` still uses them.
        {"mail", 4, "the register's checks without temporary tables, indexes without empty rows", R"(
CREATE TABLE mail_item_rebuilt (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    direction    TEXT NOT NULL CHECK (direction = 'in' OR direction = 'out'),
    year         INTEGER NOT NULL,
    seq          INTEGER NOT NULL CHECK (seq > 0),
    channel      TEXT NOT NULL CHECK (channel = 'email' OR channel = 'letter' OR channel = 'fax' OR channel = 'phone'
                                      OR channel = 'hand'),
    date         TEXT NOT NULL CHECK (date IS date(date)),
    at           INTEGER,
    from_text    TEXT,
    from_addr    TEXT,
    from_contact INTEGER REFERENCES contact (id),
    to_text      TEXT,
    to_addr      TEXT,
    to_contact   INTEGER REFERENCES contact (id),
    subject      TEXT NOT NULL DEFAULT '',
    their_ref    TEXT,
    our_ref      TEXT,
    tags         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    assignee_id  INTEGER REFERENCES team_member (id),
    due          TEXT CHECK (due IS date(due)),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'waiting' OR status = 'done'
                                                     OR status = 'archived'),
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential = 0 OR confidential = 1),
    body         TEXT,
    message_id   TEXT,
    content_hash TEXT NOT NULL,
    reply_to     INTEGER REFERENCES mail_item (id),
    source       TEXT,
    done_on      TEXT CHECK (done_on IS date(done_on)),
    note         TEXT,
    UNIQUE (direction, year, seq)
) STRICT;
INSERT INTO mail_item_rebuilt SELECT * FROM mail_item;
DROP TABLE mail_item;
ALTER TABLE mail_item_rebuilt RENAME TO mail_item;
CREATE INDEX mail_item_by_message_id ON mail_item (message_id);
CREATE INDEX mail_item_by_hash ON mail_item (content_hash);
CREATE INDEX mail_item_by_date ON mail_item (date);
CREATE INDEX mail_item_by_status ON mail_item (status, due);
CREATE INDEX mail_item_by_assignee ON mail_item (assignee_id) WHERE assignee_id IS NOT NULL;
CREATE INDEX mail_item_by_from_contact ON mail_item (from_contact) WHERE from_contact IS NOT NULL;
CREATE INDEX mail_item_by_to_contact ON mail_item (to_contact) WHERE to_contact IS NOT NULL;
CREATE INDEX mail_item_by_reply_to ON mail_item (reply_to) WHERE reply_to IS NOT NULL;
CREATE INDEX mail_item_awaiting ON mail_item (date, id) WHERE direction = 'in' AND status IN ('open', 'waiting');
)"},
        // The full-text index kept a second copy of every subject, body and party
        // (a sixth of a store of imported mail, and of the writing an import does).
        // It now reads them from the register through a view (FTS5's external
        // content): the words are the same, snippets come from the item itself.
        // What the index holds of an item is fixed when it is registered: a change
        // to an item's subject, body, parties or confidential flag would have to
        // take its words out of mail_fts (the 'delete' command, old values) first.
        {"mail", 5, "the full-text index reads the register instead of keeping a copy", R"(
DROP TABLE mail_fts;
CREATE VIEW mail_fts_text AS
SELECT id, subject,
       CASE WHEN confidential = 1 THEN '' ELSE coalesce(body, '') END AS body,
       CASE WHEN confidential = 1 THEN coalesce(body, '') ELSE '' END AS secret_body,
       coalesce(from_text, '') || ' ' || coalesce(from_addr, '') AS from_text,
       coalesce(to_text, '') || ' ' || coalesce(to_addr, '') AS to_text
FROM mail_item;
CREATE VIRTUAL TABLE mail_fts USING fts5(subject, body, secret_body, from_text, to_text,
                                         content = 'mail_fts_text', content_rowid = 'id',
                                         tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO mail_fts (mail_fts) VALUES ('rebuild');
)"},
    };
    return list;
}

void unindex_item(store::Database& db, std::int64_t id) {
    auto& q = db.cached("INSERT INTO mail_fts (mail_fts, rowid, subject, body, secret_body, from_text, to_text) "
                        "SELECT 'delete', id, subject, body, secret_body, from_text, to_text FROM mail_fts_text "
                        "WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    q.exec();
}

void reindex_item(store::Database& db, std::int64_t id) {
    auto& q = db.cached("INSERT INTO mail_fts (rowid, subject, body, secret_body, from_text, to_text) "
                        "SELECT id, subject, body, secret_body, from_text, to_text FROM mail_fts_text WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    q.exec();
}

Registered add_item(store::Txn& txn, Item it, const Prefixes& prefixes, bool compact_journal) {
    auto& db = txn.db().sqlite();
    int year = static_cast<int>(it.date.year());
    auto dir = std::string(direction_name(it.direction));
    // The direction is written into the SQL, not bound: a bound `direction = ?`
    // could match the partial index mail_item_awaiting (direction = 'in'), and
    // SQLite then prepares the statement again each time the value changes.
    auto& next = txn.db().cached(it.direction == Direction::in
                                     ? "SELECT coalesce(max(seq), 0) + 1 FROM mail_item WHERE direction = 'in' AND year = ?"
                                     : "SELECT coalesce(max(seq), 0) + 1 FROM mail_item WHERE direction = 'out' AND year = ?");
    next.bind(1, year);
    next.executeStep();
    int seq = next.getColumn(0).getInt();
    it.number = item_number(it.direction == Direction::in ? prefixes.in : prefixes.out, year, seq);
    // A thread: the first of the Message-IDs it answers that we have.
    std::optional<std::int64_t> parent;
    if (!it.reply_to) {
        auto& find = txn.db().cached("SELECT id FROM mail_item WHERE message_id = ? ORDER BY id LIMIT 1");
        for (const auto& ref : it.reply_message_ids) {
            find.bind(1, ref);
            if (find.executeStep()) {
                parent = find.getColumn(0).getInt64();
                break;
            }
            find.reset();
        }
        it.reply_to = parent;
    }
    auto& q = txn.db().cached(R"(
INSERT INTO mail_item (number, direction, year, seq, channel, date, at, from_text, from_addr, from_contact, to_text,
                       to_addr, to_contact, subject, their_ref, our_ref, tags, assignee_id, due, status, confidential,
                       body, message_id, content_hash, reply_to, source, done_on, note)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24,
        ?25, ?26, ?27, ?28))");
    q.bind(1, it.number);
    q.bind(2, dir);
    q.bind(3, year);
    q.bind(4, seq);
    q.bind(5, std::string(channel_name(it.channel)));
    q.bind(6, core::format_date(it.date));
    store::bind_opt(q, 7, it.at);
    store::bind_opt(q, 8, it.from_text);
    store::bind_opt(q, 9, it.from_addr);
    store::bind_opt(q, 10, it.from_contact);
    store::bind_opt(q, 11, it.to_text);
    store::bind_opt(q, 12, it.to_addr);
    store::bind_opt(q, 13, it.to_contact);
    q.bind(14, it.subject);
    store::bind_opt(q, 15, it.their_ref);
    store::bind_opt(q, 16, it.our_ref);
    q.bind(17, store::tags_to_json(it.tags));
    store::bind_opt(q, 18, it.assignee_id);
    store::bind_opt(q, 19, store::date_text(it.due));
    q.bind(20, std::string(status_name(it.status)));
    q.bind(21, it.confidential ? 1 : 0);
    if (it.body) {
        q.bindNoCopy(22, *it.body); // the body is the large value: bound in place (`it` outlives the step)
    } else {
        q.bind(22);
    }
    store::bind_opt(q, 23, it.message_id);
    q.bind(24, it.content_hash);
    store::bind_opt(q, 25, it.reply_to);
    store::bind_opt(q, 26, it.source);
    store::bind_opt(q, 27, store::date_text(it.done_on));
    store::bind_opt(q, 28, it.note);
    q.exec();
    Registered reg{it.number, db.getLastInsertRowid(), std::nullopt};
    auto& ref = txn.db().cached("INSERT OR IGNORE INTO mail_item_ref (item_id, message_id) VALUES (?, ?)");
    for (const auto& r : it.reply_message_ids) {
        ref.bind(1, static_cast<int64_t>(reg.id));
        ref.bind(2, r);
        ref.exec();
        ref.reset();
    }
    auto& att = txn.db().cached("INSERT INTO mail_attachment (item_id, name, type, size, sha256, path) VALUES (?, ?, ?, ?, ?, ?)");
    for (const auto& a : it.attachments) {
        att.bind(1, static_cast<int64_t>(reg.id));
        att.bind(2, a.name);
        att.bind(3, a.type);
        att.bind(4, static_cast<int64_t>(a.size));
        att.bind(5, a.sha256);
        store::bind_opt(att, 6, a.path);
        att.exec();
        att.reset();
    }
    // The same words as the view mail_fts_text gives for this row (migration mail 5).
    auto& fts = txn.db().cached("INSERT INTO mail_fts (rowid, subject, body, secret_body, from_text, to_text) "
                                "VALUES (?, ?, ?, ?, ?, ?)");
    fts.bind(1, static_cast<int64_t>(reg.id));
    fts.bind(2, it.subject);
    static const std::string no_text;
    const std::string& body = it.body ? *it.body : no_text;
    fts.bindNoCopy(3, it.confidential ? no_text : body);
    fts.bindNoCopy(4, it.confidential ? body : no_text);
    fts.bind(5, it.from_text.value_or("") + " " + it.from_addr.value_or(""));
    fts.bind(6, it.to_text.value_or("") + " " + it.to_addr.value_or(""));
    fts.exec();
    // An import journals each item by its keys (the item itself is the record);
    // a single registration journals the whole row.
    txn.record({k_entity, reg.id, "add", it.number, std::nullopt,
                compact_journal ? std::optional(journal_keys(it, reg.id)) : txn.snapshot("mail_item", reg.id)});
    // Follow-up: an answer closes what it answers; an item that arrives after its
    // answer (imports come in any order) is closed by that answer at once.
    if (it.direction == Direction::out && it.reply_to) {
        reg.closed = close_answered(txn, *it.reply_to, it.date, compact_journal);
    }
    if (it.direction == Direction::in && it.message_id) {
        // min() rather than ORDER BY ... LIMIT 1, which sorts in a temporary b-tree;
        // CROSS JOIN keeps the references first (by message id), as SQLite's planner
        // would not without statistics.
        auto& answers = txn.db().cached(R"(
SELECT i.id, i.date FROM mail_item i
WHERE i.id = (SELECT min(r.item_id) FROM mail_item_ref r CROSS JOIN mail_item o ON o.id = r.item_id
              WHERE r.message_id = ? AND o.direction = 'out' AND o.reply_to IS NULL))");
        answers.bind(1, *it.message_id);
        if (answers.executeStep()) {
            auto answer = answers.getColumn(0).getInt64();
            auto day = *core::parse_iso_date(answers.getColumn(1).getString());
            SQLite::Statement link(db, "UPDATE mail_item SET reply_to = ? WHERE id = ?");
            link.bind(1, static_cast<int64_t>(reg.id));
            link.bind(2, static_cast<int64_t>(answer));
            link.exec();
            if (close_answered(txn, reg.id, day, compact_journal)) {
                reg.closed = reg.number; // closed at once by an answer registered before it
            }
        }
    }
    return reg;
}

bool update_item(store::Txn& txn, const Item& it) {
    auto before = txn.snapshot("mail_item", it.id);
    if (!before) {
        throw not_found(fmt::format("no register item {}", it.number));
    }
    SQLite::Statement q(txn.db().sqlite(), R"(
UPDATE mail_item SET tags = ?, assignee_id = ?, due = ?, status = ?, done_on = ?, note = ? WHERE id = ?)");
    q.bind(1, store::tags_to_json(it.tags));
    store::bind_opt(q, 2, it.assignee_id);
    store::bind_opt(q, 3, store::date_text(it.due));
    q.bind(4, std::string(status_name(it.status)));
    store::bind_opt(q, 5, store::date_text(it.done_on));
    store::bind_opt(q, 6, it.note);
    q.bind(7, static_cast<int64_t>(it.id));
    q.exec();
    return txn.record_edit(k_entity, "mail_item", it.id, it.number, before);
}

bool correct_item(store::Txn& txn, const Item& it) {
    auto before = txn.snapshot("mail_item", it.id);
    if (!before) {
        throw not_found(fmt::format("no register item {}", it.number));
    }
    auto bind = [&](SQLite::Statement& q) {
        q.bind(1, std::string(channel_name(it.channel)));
        q.bind(2, core::format_date(it.date));
        store::bind_opt(q, 3, it.from_text);
        store::bind_opt(q, 4, it.from_addr);
        store::bind_opt(q, 5, it.from_contact);
        store::bind_opt(q, 6, it.to_text);
        store::bind_opt(q, 7, it.to_addr);
        store::bind_opt(q, 8, it.to_contact);
        q.bind(9, it.subject);
        store::bind_opt(q, 10, it.their_ref);
        store::bind_opt(q, 11, it.our_ref);
        store::bind_opt(q, 12, store::date_text(it.due));
        store::bind_opt(q, 13, it.body);
        q.bind(14, static_cast<int64_t>(it.id));
    };
    // The same values again write nothing (and journal nothing, not even a side effect).
    SQLite::Statement differs(txn.db().sqlite(), R"(
SELECT 1 FROM mail_item
WHERE id = ?14 AND NOT (channel IS ?1 AND date IS ?2 AND from_text IS ?3 AND from_addr IS ?4 AND from_contact IS ?5
                        AND to_text IS ?6 AND to_addr IS ?7 AND to_contact IS ?8 AND subject IS ?9
                        AND their_ref IS ?10 AND our_ref IS ?11 AND due IS ?12 AND body IS ?13))");
    bind(differs);
    if (!differs.executeStep()) {
        return false;
    }
    // The index holds the words the register gave at registration (migration mail 5):
    // out with the old ones (read through mail_fts_text before the row changes) ...
    unindex_item(txn.db(), it.id);
    SQLite::Statement q(txn.db().sqlite(), R"(
UPDATE mail_item SET channel = ?1, date = ?2, from_text = ?3, from_addr = ?4, from_contact = ?5, to_text = ?6,
                     to_addr = ?7, to_contact = ?8, subject = ?9, their_ref = ?10, our_ref = ?11, due = ?12,
                     body = ?13
WHERE id = ?14)");
    bind(q);
    q.exec();
    // ... and in with the new ones.
    reindex_item(txn.db(), it.id);
    return txn.record_edit(k_entity, "mail_item", it.id, it.number, before);
}

int archive_items(store::Txn& txn, core::Date before, const std::optional<std::string>& tag, bool dry_run) {
    SQLite::Statement q(txn.db().sqlite(), R"(
SELECT id FROM mail_item
WHERE date < ?1 AND (status = 'done' OR (direction = 'out' AND status <> 'archived'))
  AND (?2 IS NULL OR EXISTS (SELECT 1 FROM json_each(tags) WHERE value = ?2)))");
    q.bind(1, core::format_date(before));
    store::bind_opt(q, 2, tag ? std::optional<std::string>(core::to_lower(*tag)) : std::nullopt);
    std::vector<std::int64_t> ids;
    while (q.executeStep()) {
        ids.push_back(q.getColumn(0).getInt64());
    }
    if (dry_run) {
        return static_cast<int>(ids.size());
    }
    for (auto id : ids) {
        auto before_row = txn.snapshot("mail_item", id);
        auto& u = txn.db().cached("UPDATE mail_item SET status = 'archived' WHERE id = ?");
        u.bind(1, static_cast<int64_t>(id));
        u.exec();
        auto& n = txn.db().cached("SELECT number FROM mail_item WHERE id = ?");
        n.bind(1, static_cast<int64_t>(id));
        n.executeStep();
        txn.record({k_entity, id, "archive", n.getColumn(0).getString(), before_row, txn.snapshot("mail_item", id)});
    }
    return static_cast<int>(ids.size());
}

} // namespace officectl::mail
