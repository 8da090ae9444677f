#include "officectl/store/changeset.hpp"

#include "officectl/core/error.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <map>

namespace officectl::store {
namespace {

using json = nlohmann::ordered_json;

constexpr std::size_t k_chunk = 1 << 20; // changesets are stored in pieces of 1 MiB

// Tables whose changes are not the user's data: the journal itself, the
// migrations, SQLite's own, and the shadow tables of virtual tables (the
// full-text index is rebuilt from its rows by the domain's reindex instead).
struct Excluded {
    std::vector<std::string> shadow_prefixes;
    bool operator()(std::string_view table) const {
        auto starts = [&](std::string_view p) { return table.substr(0, p.size()) == p; };
        if (starts("history") || starts("schema_migrations") || starts("sqlite_")) {
            return true;
        }
        return std::any_of(shadow_prefixes.begin(), shadow_prefixes.end(), [&](const std::string& p) { return starts(p); });
    }
};

int keep_table(void* ctx, const char* table) { return (*static_cast<Excluded*>(ctx))(table) ? 0 : 1; }

void check(int rc, sqlite3* db, std::string_view what) {
    if (rc != SQLITE_OK) {
        throw Error(ExitCode::io, fmt::format("internal: {}: {}", what, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
    }
}

json value_json(sqlite3_value* v) {
    if (v == nullptr) {
        return nullptr;
    }
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER: return static_cast<std::int64_t>(sqlite3_value_int64(v));
    case SQLITE_FLOAT: return sqlite3_value_double(v);
    case SQLITE_TEXT:
        return std::string(reinterpret_cast<const char*>(sqlite3_value_text(v)),
                           static_cast<std::size_t>(sqlite3_value_bytes(v)));
    case SQLITE_BLOB: return fmt::format("({} bytes)", sqlite3_value_bytes(v));
    default: return nullptr;
    }
}

// Reads a stored changeset back, chunk by chunk, for SQLite's streaming API.
struct ChunkSource {
    SQLite::Statement q;
    std::string chunk;
    std::size_t offset = 0;
    bool done = false;

    ChunkSource(Database& db, std::int64_t txn_id)
        : q(db.sqlite(), "SELECT data FROM history_changeset WHERE txn_id = ? ORDER BY seq") {
        q.bind(1, static_cast<int64_t>(txn_id));
    }
    static int read(void* ctx, void* out, int* n) {
        auto* s = static_cast<ChunkSource*>(ctx);
        int given = 0;
        while (given < *n && !s->done) {
            if (s->offset == s->chunk.size()) {
                if (!s->q.executeStep()) {
                    s->done = true;
                    break;
                }
                const auto& col = s->q.getColumn(0);
                s->chunk.assign(static_cast<const char*>(col.getBlob()), static_cast<std::size_t>(col.getBytes()));
                s->offset = 0;
                continue;
            }
            auto take = std::min<std::size_t>(static_cast<std::size_t>(*n - given), s->chunk.size() - s->offset);
            std::memcpy(static_cast<char*>(out) + given, s->chunk.data() + s->offset, take);
            s->offset += take;
            given += static_cast<int>(take);
        }
        *n = given;
        return SQLITE_OK;
    }
};

// Writes a changeset into history_changeset as SQLite streams it out.
struct ChunkSink {
    Database& db;
    std::int64_t txn_id;
    int seq = 0;
    std::string buffer;

    void flush() {
        if (buffer.empty()) {
            return;
        }
        auto& ins = db.cached("INSERT INTO history_changeset (txn_id, seq, data) VALUES (?, ?, ?)");
        ins.bind(1, static_cast<int64_t>(txn_id));
        ins.bind(2, ++seq);
        ins.bind(3, buffer.data(), static_cast<int>(buffer.size()));
        ins.exec();
        buffer.clear();
    }
    static int write(void* ctx, const void* data, int n) {
        auto* s = static_cast<ChunkSink*>(ctx);
        try {
            s->buffer.append(static_cast<const char*>(data), static_cast<std::size_t>(n));
            if (s->buffer.size() >= k_chunk) {
                s->flush();
            }
        } catch (...) {
            return SQLITE_IOERR;
        }
        return SQLITE_OK;
    }
};

class ColumnNames {
public:
    explicit ColumnNames(Database& db) : m_db(db) {}
    const std::vector<std::string>& of(const std::string& table) {
        auto it = m_names.find(table);
        if (it == m_names.end()) {
            std::vector<std::string> names;
            SQLite::Statement q(m_db.sqlite(), "SELECT name FROM pragma_table_info(?) ORDER BY cid");
            q.bind(1, table);
            while (q.executeStep()) {
                names.push_back(q.getColumn(0).getString());
            }
            it = m_names.emplace(table, std::move(names)).first;
        }
        return it->second;
    }

private:
    Database& m_db;
    std::map<std::string, std::vector<std::string>> m_names;
};

// Reads the change the iterator stands on. `values`: also the columns it holds.
RowChange describe(sqlite3_changeset_iter* it, ColumnNames* names) {
    const char* table = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    sqlite3changeset_op(it, &table, &columns, &op, &indirect);
    RowChange c;
    c.table = table;
    c.op = op == SQLITE_INSERT ? RowOp::insert : op == SQLITE_DELETE ? RowOp::remove : RowOp::update;
    unsigned char* is_pk = nullptr;
    sqlite3changeset_pk(it, &is_pk, &columns);
    auto value = [&](bool old_image, int i) -> sqlite3_value* {
        sqlite3_value* v = nullptr;
        if (old_image) {
            sqlite3changeset_old(it, i, &v);
        } else {
            sqlite3changeset_new(it, i, &v);
        }
        return v;
    };
    json pk = json::array();
    for (int i = 0; i < columns; ++i) {
        if (is_pk[i]) {
            pk.push_back(value_json(value(c.op != RowOp::insert, i)));
        }
    }
    c.pk = pk.dump();
    if (pk.size() == 1 && pk[0].is_number_integer()) {
        c.id = pk[0].get<std::int64_t>();
    }
    if (names != nullptr) {
        const auto& cols = names->of(c.table);
        json before = json::object();
        json after = json::object();
        for (int i = 0; i < columns && i < static_cast<int>(cols.size()); ++i) {
            if (c.op != RowOp::insert) {
                if (auto* v = value(true, i)) {
                    before[cols[static_cast<std::size_t>(i)]] = value_json(v);
                }
            }
            if (c.op != RowOp::remove) {
                if (auto* v = value(false, i)) {
                    after[cols[static_cast<std::size_t>(i)]] = value_json(v);
                }
            }
        }
        c.old_values = before.dump();
        c.new_values = after.dump();
    }
    return c;
}

} // namespace

std::string_view row_op_name(RowOp op) {
    switch (op) {
    case RowOp::insert: return "insert";
    case RowOp::update: return "update";
    case RowOp::remove: return "delete";
    }
    return "";
}

ChangeRecorder::ChangeRecorder(Database& db) : m_db(db) {
    auto* handle = db.sqlite().getHandle();
    check(sqlite3session_create(handle, "main", &m_session), handle, "starting the change record");
    static thread_local Excluded excluded;
    excluded.shadow_prefixes.clear();
    SQLite::Statement vtabs(db.sqlite(), "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'");
    while (vtabs.executeStep()) {
        excluded.shadow_prefixes.push_back(vtabs.getColumn(0).getString() + "_");
    }
    sqlite3session_table_filter(m_session, keep_table, &excluded);
    check(sqlite3session_attach(m_session, nullptr), handle, "starting the change record");
}

ChangeRecorder::~ChangeRecorder() {
    if (m_session != nullptr) {
        sqlite3session_delete(m_session);
    }
}

bool ChangeRecorder::empty() const { return sqlite3session_isempty(m_session) != 0; }

namespace {

void index_row(Database& db, std::int64_t txn_id, const RowChange& c) {
    auto& index = db.cached("INSERT INTO history_row (txn_id, tbl, pk, op) VALUES (?, ?, ?, ?)");
    index.bind(1, static_cast<int64_t>(txn_id));
    index.bind(2, c.table);
    index.bind(3, c.pk);
    index.bind(4, std::string(row_op_name(c.op)));
    index.exec();
}

} // namespace

std::vector<RowChange> ChangeRecorder::save(std::int64_t txn_id) {
    auto* handle = m_db.sqlite().getHandle();
    sqlite3session_enable(m_session, 0); // what follows is the journal's own writing
    ChunkSink sink{m_db, txn_id, 0, {}};
    check(sqlite3session_changeset_strm(m_session, ChunkSink::write, &sink), handle, "saving the change record");
    sink.flush();
    std::vector<RowChange> rows;
    for_each_row(m_db, txn_id, false, [&](const RowChange& c) {
        index_row(m_db, txn_id, c);
        rows.push_back(c);
    });
    return rows;
}

std::vector<RowChange> ChangeRecorder::index_only(std::int64_t txn_id) {
    auto* handle = m_db.sqlite().getHandle();
    sqlite3session_enable(m_session, 0);
    int size = 0;
    void* data = nullptr;
    check(sqlite3session_changeset(m_session, &size, &data), handle, "reading the change record");
    struct Free {
        void* p;
        ~Free() { sqlite3_free(p); }
    } free_data{data};
    sqlite3_changeset_iter* it = nullptr;
    check(sqlite3changeset_start(&it, size, data), handle, "reading the change record");
    struct Finalize {
        sqlite3_changeset_iter* it;
        ~Finalize() { sqlite3changeset_finalize(it); }
    } finalize{it};
    std::vector<RowChange> rows;
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        rows.push_back(describe(it, nullptr));
        index_row(m_db, txn_id, rows.back());
    }
    return rows;
}

void for_each_row(Database& db, std::int64_t txn_id, bool with_values, const std::function<void(const RowChange&)>& f) {
    auto* handle = db.sqlite().getHandle();
    ChunkSource source(db, txn_id);
    ColumnNames names(db);
    sqlite3_changeset_iter* it = nullptr;
    check(sqlite3changeset_start_strm(&it, ChunkSource::read, &source), handle, "reading the change record");
    struct Finalize {
        sqlite3_changeset_iter* it;
        ~Finalize() { sqlite3changeset_finalize(it); }
    } finalize{it};
    int rc = SQLITE_ROW;
    while ((rc = sqlite3changeset_next(it)) == SQLITE_ROW) {
        f(describe(it, with_values ? &names : nullptr));
    }
    if (rc != SQLITE_DONE) {
        check(rc, nullptr, "reading the change record");
    }
}

bool has_changeset(Database& db, std::int64_t txn_id) {
    auto& q = db.cached("SELECT EXISTS (SELECT 1 FROM history_changeset WHERE txn_id = ?)");
    q.bind(1, static_cast<int64_t>(txn_id));
    q.executeStep();
    return q.getColumn(0).getInt() != 0;
}

bool apply_inverse(Database& db, std::int64_t txn_id,
                   const std::function<void(const RowChange&, std::string_view why)>& conflict) {
    struct Context {
        const std::function<void(const RowChange&, std::string_view)>* conflict;
        bool failed = false;
    } ctx{&conflict};
    auto on_conflict = [](void* p, int kind, sqlite3_changeset_iter* it) -> int {
        auto* c = static_cast<Context*>(p);
        c->failed = true;
        std::string_view why = kind == SQLITE_CHANGESET_DATA        ? "changed since"
                               : kind == SQLITE_CHANGESET_NOTFOUND  ? "gone since"
                               : kind == SQLITE_CHANGESET_CONFLICT  ? "taken since"
                               : kind == SQLITE_CHANGESET_CONSTRAINT ? "would break a rule of the store"
                                                                     : "refers to what is gone";
        try {
            (*c->conflict)(describe(it, nullptr), why);
        } catch (...) {
        }
        return SQLITE_CHANGESET_ABORT;
    };
    auto* handle = db.sqlite().getHandle();
    ChunkSource source(db, txn_id);
    int rc = sqlite3changeset_apply_v2_strm(handle, ChunkSource::read, &source, nullptr, on_conflict, &ctx, nullptr,
                                            nullptr, SQLITE_CHANGESETAPPLY_INVERT);
    if (ctx.failed) {
        return false;
    }
    check(rc, handle, "undoing the change record");
    return true;
}

void drop_changesets(Database& db, const std::vector<std::int64_t>& txn_ids) {
    auto& del = db.cached("DELETE FROM history_changeset WHERE txn_id = ?");
    for (auto id : txn_ids) {
        del.bind(1, static_cast<int64_t>(id));
        del.exec();
        del.reset();
    }
}

} // namespace officectl::store
