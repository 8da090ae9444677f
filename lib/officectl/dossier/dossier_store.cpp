#include "officectl/dossier/dossier_store.hpp"

#include "officectl/core/error.hpp"
#include "officectl/dossier/dossier_files.hpp"
#include "officectl/store/sql.hpp"
#include "officectl/team/member_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace officectl::dossier {
namespace {

constexpr const char* k_select = R"(
SELECT id, reference, title, kind, person_id, owner_id, confidential, status, opened, closed, hold, disposed
FROM dossier_dossier )";

std::vector<Dossier> read_dossiers(store::Database& db, SQLite::Statement& q) {
    auto handles = team::member_handles_by_id(db);
    auto handle = [&](int col) -> std::optional<std::string> {
        auto id = store::opt_int(q, col);
        return id ? std::optional<std::string>(handles.at(*id)) : std::nullopt;
    };
    std::vector<Dossier> out;
    while (q.executeStep()) {
        Dossier d;
        d.id = q.getColumn(0).getInt64();
        d.reference = q.getColumn(1).getString();
        d.title = q.getColumn(2).getString();
        d.kind = q.getColumn(3).getString();
        d.person = handle(4);
        d.owner = handle(5);
        d.confidential = q.getColumn(6).getInt() != 0;
        d.status = parse_status(q.getColumn(7).getString()).value_or(Status::open);
        d.opened = *store::opt_date(q, 8);
        d.closed = store::opt_date(q, 9);
        d.hold = store::opt_text(q, 10);
        d.disposed = store::opt_date(q, 11);
        out.push_back(std::move(d));
    }
    return out;
}

std::optional<std::int64_t> member(store::Database& db, const std::optional<std::string>& handle) {
    if (!handle) {
        return std::nullopt;
    }
    return team::require_member_id(db, *handle);
}

// ?1..?10 of the dossier's INSERT and UPDATE.
void bind_dossier(store::Database& db, SQLite::Statement& q, const Dossier& d) {
    if (d.closed && *d.closed < d.opened) {
        throw data_error(fmt::format("a dossier cannot close ({}) before it opened ({})", core::format_date(*d.closed),
                                     core::format_date(d.opened)));
    }
    q.bind(1, d.title);
    q.bind(2, d.kind);
    store::bind_opt(q, 3, member(db, d.person));
    store::bind_opt(q, 4, member(db, d.owner));
    q.bind(5, d.confidential ? 1 : 0);
    q.bind(6, std::string(status_name(d.status)));
    q.bind(7, core::format_date(d.opened));
    store::bind_opt(q, 8, store::date_text(d.closed));
    store::bind_opt(q, 9, d.hold);
    store::bind_opt(q, 10, store::date_text(d.disposed));
}

Document read_document(SQLite::Statement& q) {
    Document doc;
    doc.id = q.getColumn(0).getInt64();
    doc.dossier_id = q.getColumn(1).getInt64();
    doc.type = q.getColumn(2).getString();
    doc.name = q.getColumn(3).getString();
    doc.path = q.getColumn(4).getString();
    doc.stored = q.getColumn(5).getInt() != 0;
    doc.size = q.getColumn(6).getInt64();
    doc.sha256 = q.getColumn(7).getString();
    doc.date = store::opt_date(q, 8);
    doc.expires = store::opt_date(q, 9);
    doc.added = *store::opt_date(q, 10);
    doc.confidential = q.getColumn(11).getInt() != 0;
    return doc;
}

} // namespace

const std::vector<store::Migration>& migrations() {
    static const std::vector<store::Migration> list{
        {"dossier", 1, "dossiers, their documents and timeline", R"(
CREATE TABLE dossier_dossier (
    id           INTEGER PRIMARY KEY,
    reference    TEXT UNIQUE,
    title        TEXT NOT NULL CHECK (title <> ''),
    kind         TEXT NOT NULL CHECK (kind <> ''),
    person_id    INTEGER REFERENCES team_member (id),
    owner_id     INTEGER REFERENCES team_member (id),
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'archived', 'destroyed')),
    opened       TEXT NOT NULL,
    closed       TEXT,
    hold         TEXT,
    disposed     TEXT
) STRICT;
CREATE INDEX dossier_dossier_kind ON dossier_dossier (kind, status);
CREATE TABLE dossier_document (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossier_dossier (id) ON DELETE CASCADE,
    type       TEXT NOT NULL CHECK (type <> ''),
    name       TEXT NOT NULL,
    path       TEXT NOT NULL,
    stored     INTEGER NOT NULL DEFAULT 0 CHECK (stored IN (0, 1)),
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    date       TEXT,
    expires    TEXT,
    added      TEXT NOT NULL
) STRICT;
CREATE INDEX dossier_document_dossier ON dossier_document (dossier_id);
CREATE INDEX dossier_document_path ON dossier_document (path);
CREATE TABLE dossier_entry (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossier_dossier (id) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    note       INTEGER NOT NULL DEFAULT 0 CHECK (note IN (0, 1)),
    text       TEXT NOT NULL CHECK (text <> '')
) STRICT;
CREATE INDEX dossier_entry_dossier ON dossier_entry (dossier_id);
)"},
    };
    return list;
}

std::int64_t add_dossier(store::Txn& txn, const Dossier& d) {
    SQLite::Statement q(txn.db().sqlite(), R"(
INSERT INTO dossier_dossier (title, kind, person_id, owner_id, confidential, status, opened, closed, hold, disposed)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))");
    bind_dossier(txn.db(), q, d);
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    SQLite::Statement r(txn.db().sqlite(), "UPDATE dossier_dossier SET reference = format('DOS-%04d', id) WHERE id = ?");
    r.bind(1, static_cast<int64_t>(id));
    r.exec();
    txn.record({"dossier.dossier", id, "add", d.title, std::nullopt, txn.snapshot("dossier_dossier", id)});
    add_entry(txn, {0, id, d.opened, false, fmt::format("opened as a {} dossier", d.kind)});
    return id;
}

void update_dossier(store::Txn& txn, const Dossier& d, core::Date on, const std::string& event) {
    auto before = txn.snapshot("dossier_dossier", d.id);
    SQLite::Statement q(txn.db().sqlite(), R"(
UPDATE dossier_dossier SET title = ?1, kind = ?2, person_id = ?3, owner_id = ?4, confidential = ?5, status = ?6,
    opened = ?7, closed = ?8, hold = ?9, disposed = ?10
WHERE id = ?11)");
    bind_dossier(txn.db(), q, d);
    q.bind(11, static_cast<int64_t>(d.id));
    q.exec();
    txn.record_edit("dossier.dossier", "dossier_dossier", d.id, d.title, before);
    if (!event.empty()) {
        add_entry(txn, {0, d.id, on, false, event});
    }
}

Dossier get_dossier(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_select) + "WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_dossiers(db, q);
    if (rows.empty()) {
        throw not_found(fmt::format("no dossier {} (see `officectl dossier list`)", id));
    }
    return rows.front();
}

std::vector<Dossier> list_dossiers(store::Database& db, const DossierFilter& f) {
    std::vector<std::string> statuses;
    for (auto s : f.statuses) {
        statuses.emplace_back(status_name(s));
    }
    SQLite::Statement q(db.sqlite(), std::string(k_select) + R"(
WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR person_id = ?2)
  AND status IN (SELECT value FROM json_each(?3))
ORDER BY id)");
    store::bind_opt(q, 1, f.kind);
    store::bind_opt(q, 2, member(db, f.person));
    q.bind(3, store::tags_to_json(statuses)); // a JSON array, read by json_each
    return read_dossiers(db, q);
}

std::int64_t add_document(store::Txn& txn, const Document& doc) {
    SQLite::Statement q(txn.db().sqlite(), R"(
INSERT INTO dossier_document (dossier_id, type, name, path, stored, size, sha256, date, expires, added)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))");
    q.bind(1, static_cast<int64_t>(doc.dossier_id));
    q.bind(2, doc.type);
    q.bind(3, doc.name);
    q.bind(4, doc.path);
    q.bind(5, doc.stored ? 1 : 0);
    q.bind(6, static_cast<int64_t>(doc.size));
    q.bind(7, doc.sha256);
    store::bind_opt(q, 8, store::date_text(doc.date));
    store::bind_opt(q, 9, store::date_text(doc.expires));
    q.bind(10, core::format_date(doc.added));
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    txn.record({"dossier.document", id, "add", doc.type, std::nullopt, txn.snapshot("dossier_document", id)});
    add_entry(txn, {0, doc.dossier_id, doc.added, false,
                    fmt::format("document {} added{}", doc.type, // no file name: a confidential dossier hides those
                                doc.expires ? ", valid until " + core::format_date(*doc.expires) : "")});
    return id;
}

Document get_document(store::Database& db, std::int64_t dossier_id, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), R"(
SELECT d.id, d.dossier_id, d.type, d.name, d.path, d.stored, d.size, d.sha256, d.date, d.expires, d.added,
       f.confidential
FROM dossier_document d JOIN dossier_dossier f ON f.id = d.dossier_id
WHERE d.id = ?1 AND d.dossier_id = ?2)");
    q.bind(1, static_cast<int64_t>(id));
    q.bind(2, static_cast<int64_t>(dossier_id));
    if (!q.executeStep()) {
        throw not_found(fmt::format("dossier {} has no document {} (see `officectl dossier show {}`)", dossier_id, id,
                                    dossier_id));
    }
    return read_document(q);
}

std::optional<std::string> remove_document(store::Txn& txn, const Document& doc, core::Date on) {
    auto before = txn.snapshot("dossier_document", doc.id);
    SQLite::Statement q(txn.db().sqlite(), "DELETE FROM dossier_document WHERE id = ?");
    q.bind(1, static_cast<int64_t>(doc.id));
    q.exec();
    txn.record({"dossier.document", doc.id, "rm", doc.type, before, std::nullopt});
    add_entry(txn, {0, doc.dossier_id, on, false,
                    fmt::format("document {} removed", doc.type)}); // no file name: a confidential dossier hides those
    if (!doc.stored || documents_at(txn.db(), doc.path) > 0) {
        return std::nullopt; // the user's own file, or a copy another document still needs
    }
    // Only a file inside the store's own folder of copies is ever removed.
    auto within = std::filesystem::weakly_canonical(doc.path)
                      .lexically_relative(std::filesystem::weakly_canonical(copies_folder(txn.db().path())));
    if (within.empty() || *within.begin() == "..") {
        return std::nullopt;
    }
    txn.keep_no_undo("it removed the document's stored copy");
    return doc.path;
}

std::vector<Document> list_documents(store::Database& db, std::optional<std::int64_t> dossier_id) {
    SQLite::Statement q(db.sqlite(), R"(
SELECT d.id, d.dossier_id, d.type, d.name, d.path, d.stored, d.size, d.sha256, d.date, d.expires, d.added,
       f.confidential
FROM dossier_document d JOIN dossier_dossier f ON f.id = d.dossier_id
WHERE ?1 IS NULL OR d.dossier_id = ?1 ORDER BY d.dossier_id, d.type, d.id)");
    store::bind_opt(q, 1, dossier_id);
    std::vector<Document> out;
    while (q.executeStep()) {
        out.push_back(read_document(q));
    }
    return out;
}

std::unordered_map<std::int64_t, std::vector<DocumentValidity>> validity_by_dossier(store::Database& db) {
    SQLite::Statement q(db.sqlite(), "SELECT dossier_id, type, expires FROM dossier_document");
    std::unordered_map<std::int64_t, std::vector<DocumentValidity>> out;
    while (q.executeStep()) {
        out[q.getColumn(0).getInt64()].push_back({q.getColumn(1).getString(), store::opt_date(q, 2)});
    }
    return out;
}

int documents_at(store::Database& db, const std::string& path) {
    SQLite::Statement q(db.sqlite(), "SELECT count(*) FROM dossier_document WHERE path = ?");
    q.bind(1, path);
    q.executeStep();
    return q.getColumn(0).getInt();
}

std::int64_t add_entry(store::Txn& txn, const Entry& e) {
    SQLite::Statement q(txn.db().sqlite(),
                        "INSERT INTO dossier_entry (dossier_id, date, note, text) VALUES (?1, ?2, ?3, ?4)");
    q.bind(1, static_cast<int64_t>(e.dossier_id));
    q.bind(2, core::format_date(e.date));
    q.bind(3, e.note ? 1 : 0);
    q.bind(4, e.text);
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    if (e.note) { // the events repeat what the journal says already
        txn.record({"dossier.note", id, "add", e.text, std::nullopt, txn.snapshot("dossier_entry", id)});
    }
    return id;
}

std::vector<Entry> list_entries(store::Database& db, std::int64_t dossier_id) {
    SQLite::Statement q(db.sqlite(),
                        "SELECT id, dossier_id, date, note, text FROM dossier_entry WHERE dossier_id = ? ORDER BY date, id");
    q.bind(1, static_cast<int64_t>(dossier_id));
    std::vector<Entry> out;
    while (q.executeStep()) {
        out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), *store::opt_date(q, 2),
                       q.getColumn(3).getInt() != 0, q.getColumn(4).getString()});
    }
    return out;
}

std::vector<Document> destroy_dossier(store::Txn& txn, const Dossier& d, core::Date on) {
    auto documents = list_documents(txn.db(), d.id);
    auto& db = txn.db().sqlite();
    for (const auto& doc : documents) {
        txn.redact("dossier.document", doc.id, "(purged)");
    }
    {
        // Notes and the timeline alike: the journal and the undo records that hold them.
        SQLite::Statement notes(db, "SELECT id FROM dossier_entry WHERE dossier_id = ?");
        notes.bind(1, static_cast<int64_t>(d.id));
        while (notes.executeStep()) {
            txn.redact("dossier.note", notes.getColumn(0).getInt64(), "(purged)");
        }
    }
    txn.redact("dossier.dossier", d.id, d.reference); // its earlier titles may say what it held
    for (const char* sql : {"DELETE FROM dossier_document WHERE dossier_id = ?",
                            "DELETE FROM dossier_entry WHERE dossier_id = ?",
                            "UPDATE dossier_dossier SET person_id = NULL, status = 'destroyed', disposed = ?2, "
                            "hold = NULL WHERE id = ?1"}) {
        SQLite::Statement q(db, sql);
        q.bind(1, static_cast<int64_t>(d.id));
        if (q.getBindParameterCount() > 1) {
            q.bind(2, core::format_date(on));
        }
        q.exec();
    }
    return documents;
}

void record_tombstone(store::Txn& txn, const Dossier& d, const std::string& rule, const std::string& json) {
    txn.record({"dossier.dossier", d.id, "purge", fmt::format("{} {}: destroyed under {}", d.reference, d.title, rule),
                std::nullopt, json});
}

} // namespace officectl::dossier
