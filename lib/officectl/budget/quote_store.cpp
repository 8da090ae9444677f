#include "officectl/budget/quote_store.hpp"

#include "officectl/contact/contact_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/store/sql.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace officectl::budget {
namespace {

constexpr const char* k_request_select = "SELECT id, title, line_id, decided, created FROM budget_request ";
constexpr const char* k_quote_select = R"(
SELECT id, request_id, vendor_id, amount, currency, vat, delivery_days, warranty_months, scores, file, status, conditions
FROM budget_quote )";

std::vector<Request> read_requests(SQLite::Statement& q) {
    std::vector<Request> out;
    while (q.executeStep()) {
        out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), store::opt_int(q, 2),
                       q.getColumn(3).getInt() != 0, *store::opt_date(q, 4)});
    }
    return out;
}

std::optional<int> opt_small(SQLite::Statement& q, int col) {
    auto v = store::opt_int(q, col);
    return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

std::vector<Quote> read_quotes(store::Database& db, SQLite::Statement& q) {
    std::vector<Quote> out;
    while (q.executeStep()) {
        Quote x;
        x.id = q.getColumn(0).getInt64();
        x.request_id = q.getColumn(1).getInt64();
        x.vendor_id = q.getColumn(2).getInt64();
        x.amount = {q.getColumn(3).getInt64(), q.getColumn(4).getString()};
        x.vat = q.getColumn(5).getInt();
        x.delivery_days = opt_small(q, 6);
        x.warranty_months = opt_small(q, 7);
        auto scores = nlohmann::json::parse(q.getColumn(8).getString());
        for (const auto& [k, v] : scores.items()) {
            x.scores[k] = v.get<int>();
        }
        x.file = store::opt_text(q, 9);
        auto s = q.getColumn(10).getString();
        x.status = s == "accepted" ? QuoteStatus::accepted : s == "rejected" ? QuoteStatus::rejected : QuoteStatus::offered;
        x.conditions = store::opt_text(q, 11);
        out.push_back(std::move(x));
    }
    if (!out.empty()) {
        auto names = contact::contact_names_by_id(db);
        for (auto& x : out) {
            x.vendor = names[x.vendor_id];
        }
    }
    return out;
}

} // namespace

const std::vector<store::Migration>& quote_migrations() {
    static const std::vector<store::Migration> list{
        {"budget", 2, "purchase requests and quotes", R"(
CREATE TABLE budget_request (
    id      INTEGER PRIMARY KEY,
    title   TEXT NOT NULL CHECK (title <> ''),
    line_id INTEGER REFERENCES budget_line (id) ON DELETE SET NULL,
    decided INTEGER NOT NULL DEFAULT 0 CHECK (decided IN (0, 1)),
    created TEXT NOT NULL
) STRICT;
CREATE TABLE budget_quote (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES budget_request (id) ON DELETE CASCADE,
    vendor_id       INTEGER NOT NULL REFERENCES contact (id),
    amount          INTEGER NOT NULL CHECK (amount >= 0),
    currency        TEXT NOT NULL DEFAULT 'EUR',
    vat             INTEGER NOT NULL DEFAULT 0 CHECK (vat IN (0, 6, 12, 21)),
    delivery_days   INTEGER CHECK (delivery_days >= 0),
    warranty_months INTEGER CHECK (warranty_months >= 0),
    scores          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(scores)),
    file            TEXT,
    status          TEXT NOT NULL DEFAULT 'offered' CHECK (status IN ('offered', 'accepted', 'rejected')),
    conditions      TEXT
) STRICT;
CREATE INDEX budget_quote_request ON budget_quote (request_id);
)"},
    };
    return list;
}

std::int64_t add_request(store::Txn& txn, const Request& r) {
    SQLite::Statement q(txn.db().sqlite(), "INSERT INTO budget_request (title, line_id, created) VALUES (?1, ?2, ?3)");
    q.bind(1, r.title);
    store::bind_opt(q, 2, r.line_id);
    q.bind(3, core::format_date(r.created));
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    txn.record({"budget.request", id, "add", r.title, std::nullopt, txn.snapshot("budget_request", id)});
    return id;
}

Request get_request(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_request_select) + "WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_requests(q);
    if (rows.empty()) {
        throw not_found(fmt::format("no purchase request {} (see `officectl budget request list`)", id));
    }
    return rows.front();
}

std::vector<Request> list_requests(store::Database& db, bool all) {
    SQLite::Statement q(db.sqlite(), std::string(k_request_select) + "WHERE ?1 = 1 OR decided = 0 ORDER BY id");
    q.bind(1, all ? 1 : 0);
    return read_requests(q);
}

std::int64_t add_quote(store::Txn& txn, const Quote& x) {
    SQLite::Statement q(txn.db().sqlite(), R"(
INSERT INTO budget_quote (request_id, vendor_id, amount, currency, vat, delivery_days, warranty_months, scores, file)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))");
    q.bind(1, static_cast<int64_t>(x.request_id));
    q.bind(2, static_cast<int64_t>(x.vendor_id));
    q.bind(3, static_cast<int64_t>(x.amount.cents));
    q.bind(4, x.amount.currency);
    q.bind(5, x.vat);
    store::bind_opt(q, 6, x.delivery_days);
    store::bind_opt(q, 7, x.warranty_months);
    q.bind(8, nlohmann::json(x.scores).dump());
    store::bind_opt(q, 9, x.file);
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    txn.record({"budget.quote", id, "add", x.vendor, std::nullopt, txn.snapshot("budget_quote", id)});
    return id;
}

Quote get_quote(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_quote_select) + "WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_quotes(db, q);
    if (rows.empty()) {
        throw not_found(fmt::format("no quote {} (see `officectl budget quote list REQUEST`)", id));
    }
    return rows.front();
}

std::vector<Quote> list_quotes(store::Database& db, std::int64_t request_id) {
    SQLite::Statement q(db.sqlite(), std::string(k_quote_select) + "WHERE request_id = ? ORDER BY id");
    q.bind(1, static_cast<int64_t>(request_id));
    return read_quotes(db, q);
}

void accept_quote(store::Txn& txn, const Quote& x, const std::optional<std::string>& conditions) {
    for (const auto& other : list_quotes(txn.db(), x.request_id)) {
        auto before = txn.snapshot("budget_quote", other.id);
        SQLite::Statement q(txn.db().sqlite(), "UPDATE budget_quote SET status = ?1, conditions = ?2 WHERE id = ?3");
        bool chosen = other.id == x.id;
        q.bind(1, chosen ? "accepted" : "rejected");
        store::bind_opt(q, 2, chosen ? conditions : other.conditions);
        q.bind(3, static_cast<int64_t>(other.id));
        q.exec();
        txn.record_edit("budget.quote", "budget_quote", other.id, other.vendor, before);
    }
    auto before = txn.snapshot("budget_request", x.request_id);
    SQLite::Statement r(txn.db().sqlite(), "UPDATE budget_request SET decided = 1 WHERE id = ?");
    r.bind(1, static_cast<int64_t>(x.request_id));
    r.exec();
    txn.record_edit("budget.request", "budget_request", x.request_id, std::to_string(x.request_id), before);
}

} // namespace officectl::budget
