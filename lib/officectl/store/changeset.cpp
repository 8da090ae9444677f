#include "officectl/store/changeset.hpp"

#include "officectl/core/error.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>

// The log's format, in chunks of history_changeset (txn_id, seq, data):
//   seq 0      the tables: for each, its name, NUL, its column count (u16) and names (NUL-ended)
//   seq 1..n   records, never split across chunks, each:
//              op ('I', 'U', 'D'), table (u16), rowid (i64);
//              'U' adds the new rowid (i64); 'U' and 'D' add the column count (u16) and the old values.
//   a value    type (0 null, 1 integer, 2 real, 3 text, 4 blob, 5 unchanged by this update), then 8 bytes,
//              or a length (u32) and its bytes. An update keeps the old values of the columns it changed only.
// Numbers are little-endian.

namespace officectl::store {
namespace {

using json = nlohmann::ordered_json;

constexpr std::size_t k_chunk = 1 << 20;  // stored in pieces of 1 MiB
constexpr std::size_t k_memory = 4 << 20; // kept in memory up to 4 MiB, then spilled to a temporary file

void put(std::string& out, std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) {
        out += static_cast<char>((v >> (8 * i)) & 0xff);
    }
}

struct Reader {
    const std::string& data;
    std::size_t at = 0;

    bool done() const { return at >= data.size(); }
    void need(std::size_t n) const {
        if (at + n > data.size()) {
            throw Error(ExitCode::io, "the undo record is damaged (cut short)");
        }
    }
    std::uint64_t number(int bytes) {
        need(static_cast<std::size_t>(bytes));
        std::uint64_t v = 0;
        for (int i = 0; i < bytes; ++i) {
            v |= static_cast<std::uint64_t>(static_cast<unsigned char>(data[at + static_cast<std::size_t>(i)])) << (8 * i);
        }
        at += static_cast<std::size_t>(bytes);
        return v;
    }
    std::string text() {
        auto end = data.find('\0', at);
        if (end == std::string::npos) {
            throw Error(ExitCode::io, "the undo record is damaged (a name without its end)");
        }
        auto s = data.substr(at, end - at);
        at = end + 1;
        return s;
    }
};

void put_value(std::string& out, sqlite3_value* v) {
    switch (v == nullptr ? SQLITE_NULL : sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
        out += '\1';
        put(out, static_cast<std::uint64_t>(sqlite3_value_int64(v)), 8);
        break;
    case SQLITE_FLOAT: {
        out += '\2';
        double d = sqlite3_value_double(v);
        std::uint64_t bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        put(out, bits, 8);
        break;
    }
    case SQLITE_TEXT:
    case SQLITE_BLOB: {
        bool text = sqlite3_value_type(v) == SQLITE_TEXT;
        const void* p = text ? static_cast<const void*>(sqlite3_value_text(v)) : sqlite3_value_blob(v);
        auto n = static_cast<std::size_t>(sqlite3_value_bytes(v));
        out += text ? '\3' : '\4';
        put(out, n, 4);
        out.append(static_cast<const char*>(p), n);
        break;
    }
    default: out += '\0';
    }
}

// One value read back: to bind, or to show.
struct Value {
    int type = 0;
    std::int64_t integer = 0;
    double real = 0;
    std::string bytes;
};

Value read_value(Reader& r) {
    Value v;
    r.need(1);
    v.type = static_cast<unsigned char>(r.data[r.at++]);
    if (v.type == 1) {
        v.integer = static_cast<std::int64_t>(r.number(8));
    } else if (v.type == 2) {
        auto bits = r.number(8);
        std::memcpy(&v.real, &bits, sizeof v.real);
    } else if (v.type == 3 || v.type == 4) {
        auto n = static_cast<std::size_t>(r.number(4));
        r.need(n);
        v.bytes = r.data.substr(r.at, n);
        r.at += n;
    } else if (v.type != 0 && v.type != 5) {
        throw Error(ExitCode::io, "the undo record is damaged (an unknown value)");
    }
    return v;
}

json value_json(const Value& v) {
    switch (v.type) {
    case 1: return v.integer;
    case 2: return v.real;
    case 3: return v.bytes;
    case 4: return fmt::format("({} bytes)", v.bytes.size());
    default: return nullptr;
    }
}

void bind_value(SQLite::Statement& q, int index, const Value& v) {
    switch (v.type) {
    case 1: q.bind(index, static_cast<int64_t>(v.integer)); break;
    case 2: q.bind(index, v.real); break;
    case 3: q.bind(index, v.bytes); break;
    case 4: q.bind(index, v.bytes.data(), static_cast<int>(v.bytes.size())); break;
    default: q.bind(index); break;
    }
}

struct Table {
    std::string name;
    std::vector<std::string> columns;
};

// One record, parsed.
struct Record {
    char op = 'I';
    const Table* table = nullptr;
    std::int64_t rowid = 0;
    std::int64_t new_rowid = 0;
    std::vector<Value> old_values;
};

Record read_record(Reader& r, const std::vector<Table>& tables) {
    Record rec;
    r.need(1);
    rec.op = r.data[r.at++];
    auto index = r.number(2);
    if (index >= tables.size() || (rec.op != 'I' && rec.op != 'U' && rec.op != 'D')) {
        throw Error(ExitCode::io, "the undo record is damaged (an unknown table or change)");
    }
    rec.table = &tables[index];
    rec.rowid = static_cast<std::int64_t>(r.number(8));
    if (rec.op == 'U') {
        rec.new_rowid = static_cast<std::int64_t>(r.number(8));
    }
    if (rec.op != 'I') {
        auto n = r.number(2);
        for (std::uint64_t i = 0; i < n; ++i) {
            rec.old_values.push_back(read_value(r));
        }
    }
    return rec;
}

RowChange describe(const Record& rec, bool with_values) {
    RowChange c;
    c.table = rec.table->name;
    c.op = rec.op == 'I' ? RowOp::insert : rec.op == 'U' ? RowOp::update : RowOp::remove;
    c.rowid = rec.rowid;
    c.pk = fmt::format("[{}]", rec.rowid);
    if (with_values && rec.op != 'I') {
        json old = json::object();
        for (std::size_t i = 0; i < rec.old_values.size() && i < rec.table->columns.size(); ++i) {
            if (rec.old_values[i].type != 5) {
                old[rec.table->columns[i]] = value_json(rec.old_values[i]);
            }
        }
        c.old_values = old.dump();
    }
    return c;
}

std::vector<Table> read_tables(Database& db, std::int64_t txn_id) {
    auto& q = db.cached("SELECT data FROM history_changeset WHERE txn_id = ? AND seq = 0");
    q.bind(1, static_cast<int64_t>(txn_id));
    std::vector<Table> tables;
    if (!q.executeStep()) {
        return tables;
    }
    const auto& col = q.getColumn(0);
    std::string data(static_cast<const char*>(col.getBlob()), static_cast<std::size_t>(col.getBytes()));
    Reader r{data};
    while (!r.done()) {
        Table t;
        t.name = r.text();
        auto n = r.number(2);
        for (std::uint64_t i = 0; i < n; ++i) {
            t.columns.push_back(r.text());
        }
        tables.push_back(std::move(t));
    }
    return tables;
}

bool same_value(sqlite3_value* a, sqlite3_value* b) {
    int type = a == nullptr ? SQLITE_NULL : sqlite3_value_type(a);
    if (type != (b == nullptr ? SQLITE_NULL : sqlite3_value_type(b))) {
        return false;
    }
    switch (type) {
    case SQLITE_NULL: return true;
    case SQLITE_INTEGER: return sqlite3_value_int64(a) == sqlite3_value_int64(b);
    case SQLITE_FLOAT: return sqlite3_value_double(a) == sqlite3_value_double(b);
    default: {
        auto n = sqlite3_value_bytes(a);
        const void* pa = type == SQLITE_TEXT ? static_cast<const void*>(sqlite3_value_text(a)) : sqlite3_value_blob(a);
        const void* pb = type == SQLITE_TEXT ? static_cast<const void*>(sqlite3_value_text(b)) : sqlite3_value_blob(b);
        return n == sqlite3_value_bytes(b) && (n == 0 || std::memcmp(pa, pb, static_cast<std::size_t>(n)) == 0);
    }
    }
}

// An UPDATE that leaves every column as it was.
bool unchanged(sqlite3* handle) {
    int n = sqlite3_preupdate_count(handle);
    for (int i = 0; i < n; ++i) {
        sqlite3_value* before = nullptr;
        sqlite3_value* after = nullptr;
        sqlite3_preupdate_old(handle, i, &before);
        sqlite3_preupdate_new(handle, i, &after);
        if (!same_value(before, after)) {
            return false;
        }
    }
    return true;
}

// Whether the table's primary key is one INTEGER column: an alias of its rowid.
bool has_rowid_alias(Database& db, const std::string& table) {
    auto& q = db.cached("SELECT count(*), max(upper(type)) FROM pragma_table_info(?) WHERE pk > 0");
    q.bind(1, table);
    q.executeStep();
    return q.getColumn(0).getInt() == 1 && q.getColumn(1).getString() == "INTEGER";
}

void hook(void* ctx, sqlite3* /*db*/, int op, const char* db_name, const char* table, sqlite3_int64 old_rowid,
          sqlite3_int64 new_rowid) {
    if (std::strcmp(db_name, "main") == 0) {
        static_cast<ChangeRecorder*>(ctx)->on_change(op, table, old_rowid, new_rowid);
    }
}

// Runs `f` on each chunk's records of a stored log, chunks in `order` ("ASC" or "DESC").
void for_each_chunk(Database& db, std::int64_t txn_id, bool last_first,
                    const std::function<void(std::vector<Record>&)>& f) {
    auto tables = read_tables(db, txn_id);
    SQLite::Statement q(db.sqlite(), fmt::format("SELECT data FROM history_changeset WHERE txn_id = ? AND seq > 0 "
                                                 "ORDER BY seq {}",
                                                 last_first ? "DESC" : "ASC"));
    q.bind(1, static_cast<int64_t>(txn_id));
    while (q.executeStep()) {
        const auto& col = q.getColumn(0);
        std::string data(static_cast<const char*>(col.getBlob()), static_cast<std::size_t>(col.getBytes()));
        Reader r{data};
        std::vector<Record> records;
        while (!r.done()) {
            records.push_back(read_record(r, tables));
        }
        f(records);
    }
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
    m_skip_prefixes = {"history", "schema_migrations", "sqlite_"};
    auto& vtabs = db.cached("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'");
    while (vtabs.executeStep()) {
        m_skip_prefixes.push_back(vtabs.getColumn(0).getString() + "_");
    }
    sqlite3_preupdate_hook(db.sqlite().getHandle(), hook, this);
}

ChangeRecorder::~ChangeRecorder() {
    sqlite3_preupdate_hook(m_db.sqlite().getHandle(), nullptr, nullptr);
    if (m_spill != nullptr) {
        std::fclose(m_spill);
    }
}

std::uint16_t ChangeRecorder::table_index(const char* table) {
    for (std::size_t i = m_tables.size(); i-- > 0;) {
        if (m_tables[i] == table) {
            return static_cast<std::uint16_t>(i);
        }
    }
    m_tables.emplace_back(table);
    return static_cast<std::uint16_t>(m_tables.size() - 1);
}

void ChangeRecorder::on_change(int op, const char* table, std::int64_t old_rowid, std::int64_t new_rowid) {
    std::string_view name(table);
    for (const auto& p : m_skip_prefixes) {
        if (name.substr(0, p.size()) == p) {
            return;
        }
    }
    try {
        auto* handle = m_db.sqlite().getHandle();
        if (op == SQLITE_UPDATE && old_rowid == new_rowid && unchanged(handle)) {
            return; // `SET x = x`: nothing to take back, and no later conflict to report
        }
        auto index = table_index(table);
        if (op == SQLITE_INSERT) {
            m_buffer += 'I';
            put(m_buffer, index, 2);
            put(m_buffer, static_cast<std::uint64_t>(new_rowid), 8);
        } else {
            m_buffer += op == SQLITE_UPDATE ? 'U' : 'D';
            put(m_buffer, index, 2);
            put(m_buffer, static_cast<std::uint64_t>(old_rowid), 8);
            if (op == SQLITE_UPDATE) {
                put(m_buffer, static_cast<std::uint64_t>(new_rowid), 8);
            }
            int n = sqlite3_preupdate_count(handle);
            put(m_buffer, static_cast<std::uint64_t>(n), 2);
            for (int i = 0; i < n; ++i) {
                sqlite3_value* v = nullptr;
                sqlite3_preupdate_old(handle, i, &v);
                sqlite3_value* now = nullptr;
                if (op == SQLITE_UPDATE && sqlite3_preupdate_new(handle, i, &now) == SQLITE_OK && same_value(v, now)) {
                    m_buffer += '\5'; // unchanged: an update logs only what it changed
                } else {
                    put_value(m_buffer, v);
                }
            }
        }
        ++m_records;
        if (m_buffer.size() >= k_memory) {
            flush_buffer();
        }
    } catch (...) { // nothing may escape into SQLite; the commit reports it
        m_failed = true;
    }
}

void ChangeRecorder::flush_buffer() {
    if (m_spill == nullptr) {
        m_spill = std::tmpfile();
    }
    if (m_spill == nullptr || std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_spill) != m_buffer.size()) {
        m_failed = true;
    }
    m_buffer.clear();
}

void ChangeRecorder::save(std::int64_t txn_id, bool keep, const std::function<void(const RowChange&)>& f) {
    sqlite3_preupdate_hook(m_db.sqlite().getHandle(), nullptr, nullptr); // what follows is the journal's own writing
    if (m_failed) {
        throw Error(ExitCode::io, "cannot keep the undo record of this change (out of memory or disk); nothing was changed");
    }
    // The tables, with their columns as they are now (within the transaction the schema does not change).
    std::vector<Table> tables;
    std::string directory;
    for (const auto& name : m_tables) {
        Table t{name, {}};
        auto& cols = m_db.cached("SELECT name FROM pragma_table_info(?) ORDER BY cid");
        cols.bind(1, name);
        while (cols.executeStep()) {
            t.columns.push_back(cols.getColumn(0).getString());
        }
        directory += name;
        directory += '\0';
        put(directory, t.columns.size(), 2);
        for (const auto& c : t.columns) {
            directory += c;
            directory += '\0';
        }
        tables.push_back(std::move(t));
    }
    auto& store = m_db.cached("INSERT INTO history_changeset (txn_id, seq, data) VALUES (?, ?, ?)");
    int seq = 0;
    auto store_chunk = [&](const std::string& data) {
        store.bind(1, static_cast<int64_t>(txn_id));
        store.bind(2, seq++);
        store.bind(3, data.data(), static_cast<int>(data.size()));
        store.exec();
        store.reset();
    };
    if (keep) {
        store_chunk(directory);
    } else {
        seq = 1;
    }
    auto& index = m_db.cached("INSERT INTO history_row (txn_id, tbl, pk, op) VALUES (?, ?, ?, ?)");
    std::string chunk;
    auto take = [&](const std::string& log) {
        Reader r{log};
        while (!r.done()) {
            auto start = r.at;
            auto rec = read_record(r, tables);
            auto c = describe(rec, false);
            // New rows need no index: a later change to one is indexed as that change.
            if (rec.op != 'I') {
                index.bind(1, static_cast<int64_t>(txn_id));
                index.bind(2, c.table);
                index.bind(3, c.pk);
                index.bind(4, std::string(row_op_name(c.op)));
                index.exec();
                index.reset();
            }
            f(c);
            if (keep) {
                if (!chunk.empty() && chunk.size() + (r.at - start) > k_chunk) {
                    store_chunk(chunk);
                    chunk.clear();
                }
                chunk.append(log, start, r.at - start);
            }
        }
    };
    if (m_spill != nullptr) {
        // Spilled records are whole: the buffer is flushed only between records.
        std::rewind(m_spill);
        std::string spilled;
        char block[1 << 16];
        std::size_t n = 0;
        while ((n = std::fread(block, 1, sizeof block, m_spill)) > 0) {
            spilled.append(block, n);
            // Parse whole records only: keep a partial tail for the next block.
            Reader r{spilled};
            std::size_t whole = 0;
            try {
                while (!r.done()) {
                    read_record(r, tables);
                    whole = r.at;
                }
            } catch (const Error&) {
            }
            take(spilled.substr(0, whole));
            spilled.erase(0, whole);
        }
        if (!spilled.empty()) {
            throw Error(ExitCode::io, "cannot read back the undo record of this change; nothing was changed");
        }
    }
    take(m_buffer);
    if (keep && !chunk.empty()) {
        store_chunk(chunk);
    }
}

void for_each_row(Database& db, std::int64_t txn_id, bool with_values, const std::function<void(const RowChange&)>& f) {
    for_each_chunk(db, txn_id, false, [&](std::vector<Record>& records) {
        for (const auto& rec : records) {
            f(describe(rec, with_values));
        }
    });
}

bool has_changeset(Database& db, std::int64_t txn_id) {
    auto& q = db.cached("SELECT EXISTS (SELECT 1 FROM history_changeset WHERE txn_id = ? AND seq = 0)");
    q.bind(1, static_cast<int64_t>(txn_id));
    q.executeStep();
    return q.getColumn(0).getInt() != 0;
}

bool apply_inverse(Database& db, std::int64_t txn_id,
                   const std::function<void(const std::string&, std::int64_t)>& before_change,
                   const std::function<void(const std::string&, std::int64_t)>& after_change,
                   const std::function<void(const RowChange&, std::string_view why)>& conflict) {
    bool ok = true;
    for_each_chunk(db, txn_id, true, [&](std::vector<Record>& records) {
        for (auto it = records.rbegin(); ok && it != records.rend(); ++it) {
            const auto& rec = *it;
            const auto& t = *rec.table;
            // Identifiers come from the schema (the log's table directory); values are bound.
            if (rec.op == 'I') {
                before_change(t.name, rec.rowid);
                auto& del = db.cached(fmt::format("DELETE FROM \"{}\" WHERE rowid = ?", t.name));
                del.bind(1, static_cast<int64_t>(rec.rowid));
                if (del.exec() != 1) {
                    conflict(describe(rec, false), "gone since");
                    ok = false;
                }
                continue;
            }
            std::string columns;
            std::string marks;
            std::vector<const Value*> values;
            for (std::size_t i = 0; i < rec.old_values.size() && i < t.columns.size(); ++i) {
                if (rec.old_values[i].type == 5) {
                    continue; // this update left it as it was
                }
                columns += fmt::format("{}\"{}\"", values.empty() ? "" : ", ", t.columns[i]);
                marks += fmt::format("{}?", values.empty() ? "" : ", ");
                values.push_back(&rec.old_values[i]);
            }
            if (values.empty()) {
                continue;
            }
            try {
                if (rec.op == 'U') {
                    before_change(t.name, rec.new_rowid);
                    auto& up = db.cached(fmt::format("UPDATE \"{}\" SET ({}) = ({}) WHERE rowid = ?", t.name, columns,
                                                     marks));
                    int n = 1;
                    for (const auto* v : values) {
                        bind_value(up, n++, *v);
                    }
                    up.bind(n, static_cast<int64_t>(rec.new_rowid));
                    if (up.exec() != 1) {
                        conflict(describe(rec, false), "gone since");
                        ok = false;
                        continue;
                    }
                } else {
                    // A table whose integer primary key is its rowid gets it back through
                    // that column; another keeps its rowid, named apart.
                    bool alias = has_rowid_alias(db, t.name);
                    auto& ins = db.cached(alias ? fmt::format("INSERT INTO \"{}\" ({}) VALUES ({})", t.name, columns, marks)
                                                : fmt::format("INSERT INTO \"{}\" (rowid, {}) VALUES (?, {})", t.name,
                                                              columns, marks));
                    int n = 1;
                    if (!alias) {
                        ins.bind(n++, static_cast<int64_t>(rec.rowid));
                    }
                    for (const auto* v : values) {
                        bind_value(ins, n++, *v);
                    }
                    ins.exec();
                }
            } catch (const SQLite::Exception& e) {
                if (e.getErrorCode() != SQLITE_CONSTRAINT) {
                    throw;
                }
                conflict(describe(rec, false), "taken since, or would break a rule of the store");
                ok = false;
                continue;
            }
            after_change(t.name, rec.rowid);
        }
    });
    return ok;
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
