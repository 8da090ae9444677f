#include "officectl/contract/contract_store.hpp"

#include "officectl/contact/contact_store.hpp"
#include "officectl/contract/contract_rules.hpp"
#include "officectl/core/error.hpp"
#include "officectl/dossier/dossier_store.hpp"
#include "officectl/store/sql.hpp"
#include "officectl/team/member_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace officectl::contract {
namespace {

constexpr const char* k_select = R"(
SELECT id, title, vendor_id, category, start, end_date, term, notice, renewal, renew_every, amount, currency, per,
       budget_line, owner_id, ended, notice_given, note, reference, dossier_id
FROM contract_contract )";

std::optional<core::Period> opt_period(SQLite::Statement& q, int col) {
    auto t = store::opt_text(q, col);
    return t ? std::optional<core::Period>(core::parse_period(*t)) : std::nullopt;
}

std::optional<std::string> period_text(const std::optional<core::Period>& p) {
    return p ? std::optional<std::string>(core::format_period(*p)) : std::nullopt;
}

std::string renewal_text(Renewal r) {
    return r == Renewal::automatic ? "automatic" : r == Renewal::manual ? "manual" : "none";
}

std::vector<Contract> read_contracts(store::Database& db, SQLite::Statement& q) {
    auto handles = team::member_handles_by_id(db);
    std::vector<Contract> out;
    while (q.executeStep()) {
        Contract c;
        c.id = q.getColumn(0).getInt64();
        c.title = q.getColumn(1).getString();
        c.vendor_id = q.getColumn(2).getInt64();
        c.category = store::opt_text(q, 3);
        c.start = *store::opt_date(q, 4);
        c.end = store::opt_date(q, 5);
        c.term = opt_period(q, 6);
        c.notice = opt_period(q, 7);
        auto r = q.getColumn(8).getString();
        c.renewal = r == "automatic" ? Renewal::automatic : r == "manual" ? Renewal::manual : Renewal::none;
        c.renew_every = opt_period(q, 9);
        if (auto a = store::opt_int(q, 10)) {
            c.amount = core::Money{*a, q.getColumn(11).getString()};
        }
        c.per = parse_per(q.getColumn(12).getString()).value_or(Per::year);
        c.budget_line = store::opt_text(q, 13);
        if (auto o = store::opt_int(q, 14)) {
            c.owner = handles.at(*o);
        }
        c.ended = store::opt_date(q, 15);
        c.notice_given = store::opt_date(q, 16);
        c.note = store::opt_text(q, 17);
        c.reference = store::opt_text(q, 18);
        c.dossier_id = store::opt_int(q, 19);
        out.push_back(std::move(c));
    }
    // The vendors' names, from the contact domain (one read for a long list).
    if (out.size() == 1) {
        if (auto v = contact::find_contact_by_id(db, out[0].vendor_id)) {
            out[0].vendor = v->name;
        }
        if (out[0].dossier_id) {
            auto d = dossier::get_dossier(db, *out[0].dossier_id);
            out[0].dossier = d.reference + " " + d.title;
        }
    } else if (!out.empty()) {
        auto names = contact::contact_names_by_id(db);
        for (auto& c : out) {
            c.vendor = names[c.vendor_id];
        }
    }
    return out;
}

void bind_contract(store::Database& db, SQLite::Statement& q, const Contract& c) {
    check_contract(c);
    q.bind(1, c.title);
    q.bind(2, static_cast<int64_t>(c.vendor_id));
    store::bind_opt(q, 3, c.category);
    q.bind(4, core::format_date(c.start));
    store::bind_opt(q, 5, store::date_text(c.end));
    store::bind_opt(q, 6, period_text(c.term));
    store::bind_opt(q, 7, period_text(c.notice));
    q.bind(8, renewal_text(c.renewal));
    store::bind_opt(q, 9, period_text(c.renew_every));
    store::bind_opt(q, 10, c.amount ? std::optional<std::int64_t>(c.amount->cents) : std::nullopt);
    q.bind(11, c.amount ? c.amount->currency : std::string("EUR"));
    q.bind(12, std::string(per_name(c.per)));
    store::bind_opt(q, 13, c.budget_line);
    std::optional<std::int64_t> owner;
    if (c.owner) {
        owner = team::member_id(db, *c.owner);
        if (!owner) {
            throw not_found(fmt::format("--owner: no team member \"{}\"", *c.owner));
        }
    }
    store::bind_opt(q, 14, owner);
    store::bind_opt(q, 15, store::date_text(c.ended));
    store::bind_opt(q, 16, store::date_text(c.notice_given));
    store::bind_opt(q, 17, c.note);
    store::bind_opt(q, 18, c.reference);
    if (c.dossier_id) {
        dossier::get_dossier(db, *c.dossier_id); // throws for an unknown one
    }
    store::bind_opt(q, 19, c.dossier_id);
}

Obligation read_obligation(SQLite::Statement& q) {
    return {q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getString(),
            core::parse_period(q.getColumn(3).getString()), *store::opt_date(q, 4),
            core::parse_period(q.getColumn(5).getString())};
}

Incident read_incident(SQLite::Statement& q) {
    return {q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getString(), *store::opt_date(q, 3),
            severities.parse(q.getColumn(4).getString()).value_or(Severity::normal), store::opt_date(q, 5)};
}

// ?1..?4 of the obligation's INSERT and UPDATE.
void bind_obligation(SQLite::Statement& q, const Obligation& o) {
    q.bind(1, o.title);
    q.bind(2, core::format_period(o.every));
    q.bind(3, core::format_date(o.next));
    q.bind(4, core::format_period(o.lead));
}

// ?1..?4 of the incident's INSERT and UPDATE.
void bind_incident(SQLite::Statement& q, const Incident& i) {
    q.bind(1, i.title);
    q.bind(2, core::format_date(i.date));
    q.bind(3, std::string(severities.name(i.severity)));
    store::bind_opt(q, 4, store::date_text(i.closed));
}

} // namespace

const std::vector<store::Migration>& migrations() {
    static const std::vector<store::Migration> list{
        {"contract", 1, "contracts, obligations, incidents", R"(
CREATE TABLE contract_contract (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL CHECK (title <> ''),
    vendor_id    INTEGER NOT NULL REFERENCES contact (id),
    category     TEXT,
    start        TEXT NOT NULL,
    end_date     TEXT,
    term         TEXT,
    notice       TEXT,
    renewal      TEXT NOT NULL DEFAULT 'none' CHECK (renewal IN ('none', 'manual', 'automatic')),
    renew_every  TEXT,
    amount       INTEGER,
    currency     TEXT NOT NULL DEFAULT 'EUR',
    per          TEXT NOT NULL DEFAULT 'year' CHECK (per IN ('month', 'quarter', 'year', 'once')),
    budget_line  TEXT,
    owner_id     INTEGER REFERENCES team_member (id),
    ended        TEXT,
    notice_given TEXT,
    note         TEXT,
    reference    TEXT UNIQUE CHECK (reference <> ''),
    CHECK ((end_date IS NULL) <> (term IS NULL))
) STRICT;
CREATE INDEX contract_contract_vendor ON contract_contract (vendor_id);
CREATE TABLE contract_obligation (
    id          INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract_contract (id) ON DELETE CASCADE,
    title       TEXT NOT NULL CHECK (title <> ''),
    every       TEXT NOT NULL,
    next        TEXT NOT NULL,
    lead        TEXT NOT NULL DEFAULT '0d'
) STRICT;
CREATE INDEX contract_obligation_next ON contract_obligation (next);
CREATE TABLE contract_incident (
    id          INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract_contract (id) ON DELETE CASCADE,
    title       TEXT NOT NULL CHECK (title <> ''),
    date        TEXT NOT NULL,
    severity    TEXT NOT NULL DEFAULT 'normal' CHECK (severity IN ('low', 'normal', 'high')),
    closed      TEXT
) STRICT;
CREATE INDEX contract_incident_contract ON contract_incident (contract_id);
)"},
        {"contract", 2, "the dossier that holds a contract's papers", R"(
ALTER TABLE contract_contract ADD COLUMN dossier_id INTEGER REFERENCES dossier_dossier (id) ON DELETE SET NULL;
)"},
    };
    return list;
}

namespace {

void check_reference_free(store::Database& db, const Contract& c) {
    if (!c.reference) {
        return;
    }
    if (auto other = find_by_reference(db, *c.reference); other && other->id != c.id) {
        throw data_error(fmt::format("reference {} is contract {} already (\"{}\")", *c.reference, other->id, other->title));
    }
}

} // namespace

std::int64_t add_contract(store::Txn& txn, const Contract& c) {
    check_reference_free(txn.db(), c);
    SQLite::Statement q(txn.db().sqlite(), R"(
INSERT INTO contract_contract (title, vendor_id, category, start, end_date, term, notice, renewal, renew_every, amount,
    currency, per, budget_line, owner_id, ended, notice_given, note, reference, dossier_id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19))");
    bind_contract(txn.db(), q, c);
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    if (!c.reference) { // every contract has a reference, so an export imports again
        SQLite::Statement r(txn.db().sqlite(), "UPDATE contract_contract SET reference = format('CON-%04d', id) WHERE id = ?");
        r.bind(1, static_cast<int64_t>(id));
        r.exec();
    }
    txn.record({"contract.contract", id, "add", c.title, std::nullopt, txn.snapshot("contract_contract", id)});
    return id;
}

void update_contract(store::Txn& txn, const Contract& c) {
    check_reference_free(txn.db(), c);
    auto before = txn.snapshot("contract_contract", c.id);
    SQLite::Statement q(txn.db().sqlite(), R"(
UPDATE contract_contract SET title = ?1, vendor_id = ?2, category = ?3, start = ?4, end_date = ?5, term = ?6,
    notice = ?7, renewal = ?8, renew_every = ?9, amount = ?10, currency = ?11, per = ?12, budget_line = ?13,
    owner_id = ?14, ended = ?15, notice_given = ?16, note = ?17, reference = ?18, dossier_id = ?19
WHERE id = ?20)");
    bind_contract(txn.db(), q, c);
    q.bind(20, static_cast<int64_t>(c.id));
    q.exec();
    txn.record_edit("contract.contract", "contract_contract", c.id, c.title, before);
}

Contract get_contract(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_select) + "WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    auto rows = read_contracts(db, q);
    if (rows.empty()) {
        throw not_found(fmt::format("no contract {} (see `officectl contract list`)", id));
    }
    return rows.front();
}

std::optional<Contract> find_by_reference(store::Database& db, const std::string& reference) {
    SQLite::Statement q(db.sqlite(), std::string(k_select) + "WHERE reference = ?");
    q.bind(1, reference);
    auto rows = read_contracts(db, q);
    if (rows.empty()) {
        return std::nullopt;
    }
    return rows.front();
}

std::vector<Contract> list_contracts(store::Database& db, const ContractFilter& f) {
    SQLite::Statement q(db.sqlite(), std::string(k_select) + R"(
WHERE (?1 IS NULL OR vendor_id = ?1) AND (?2 IS NULL OR category = ?2) AND (?3 = 1 OR ended IS NULL)
ORDER BY start, id)");
    store::bind_opt(q, 1, f.vendor_id);
    store::bind_opt(q, 2, f.category);
    q.bind(3, f.include_ended ? 1 : 0);
    return read_contracts(db, q);
}

std::int64_t add_obligation(store::Txn& txn, const Obligation& o) {
    SQLite::Statement q(txn.db().sqlite(),
                        "INSERT INTO contract_obligation (title, every, next, lead, contract_id) VALUES (?1, ?2, ?3, ?4, ?5)");
    bind_obligation(q, o);
    q.bind(5, static_cast<int64_t>(o.contract_id));
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    txn.record({"contract.obligation", id, "add", o.title, std::nullopt, txn.snapshot("contract_obligation", id)});
    return id;
}

void update_obligation(store::Txn& txn, const Obligation& o) {
    auto before = txn.snapshot("contract_obligation", o.id);
    SQLite::Statement q(txn.db().sqlite(),
                        "UPDATE contract_obligation SET title = ?1, every = ?2, next = ?3, lead = ?4 WHERE id = ?5");
    bind_obligation(q, o);
    q.bind(5, static_cast<int64_t>(o.id));
    q.exec();
    txn.record_edit("contract.obligation", "contract_obligation", o.id, o.title, before);
}

Obligation get_obligation(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), "SELECT id, contract_id, title, every, next, lead FROM contract_obligation WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep()) {
        throw not_found(fmt::format("no obligation {} (see `officectl contract show`)", id));
    }
    return read_obligation(q);
}

std::vector<Obligation> list_obligations(store::Database& db, std::optional<std::int64_t> contract_id) {
    SQLite::Statement q(db.sqlite(), R"(
SELECT id, contract_id, title, every, next, lead FROM contract_obligation WHERE ?1 IS NULL OR contract_id = ?1
ORDER BY next, id)");
    store::bind_opt(q, 1, contract_id);
    std::vector<Obligation> out;
    while (q.executeStep()) {
        out.push_back(read_obligation(q));
    }
    return out;
}

std::int64_t add_incident(store::Txn& txn, const Incident& i) {
    SQLite::Statement q(txn.db().sqlite(),
                        "INSERT INTO contract_incident (title, date, severity, closed, contract_id) VALUES (?1, ?2, ?3, ?4, ?5)");
    bind_incident(q, i);
    q.bind(5, static_cast<int64_t>(i.contract_id));
    q.exec();
    auto id = txn.db().sqlite().getLastInsertRowid();
    txn.record({"contract.incident", id, "add", i.title, std::nullopt, txn.snapshot("contract_incident", id)});
    return id;
}

void update_incident(store::Txn& txn, const Incident& i) {
    auto before = txn.snapshot("contract_incident", i.id);
    SQLite::Statement q(txn.db().sqlite(),
                        "UPDATE contract_incident SET title = ?1, date = ?2, severity = ?3, closed = ?4 WHERE id = ?5");
    bind_incident(q, i);
    q.bind(5, static_cast<int64_t>(i.id));
    q.exec();
    txn.record_edit("contract.incident", "contract_incident", i.id, i.title, before);
}

Incident get_incident(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), "SELECT id, contract_id, title, date, severity, closed FROM contract_incident WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep()) {
        throw not_found(fmt::format("no incident {} (see `officectl contract incidents`)", id));
    }
    return read_incident(q);
}

std::vector<Incident> list_incidents(store::Database& db, std::optional<std::int64_t> contract_id, bool open_only) {
    SQLite::Statement q(db.sqlite(), R"(
SELECT id, contract_id, title, date, severity, closed FROM contract_incident
WHERE (?1 IS NULL OR contract_id = ?1) AND (?2 = 0 OR closed IS NULL) ORDER BY date, id)");
    store::bind_opt(q, 1, contract_id);
    q.bind(2, open_only ? 1 : 0);
    std::vector<Incident> out;
    while (q.executeStep()) {
        out.push_back(read_incident(q));
    }
    return out;
}

} // namespace officectl::contract
