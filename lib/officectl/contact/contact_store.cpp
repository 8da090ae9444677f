#include "officectl/contact/contact_store.hpp"

#include "officectl/contact/contact_rules.hpp"
#include "officectl/contact/kbo.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/store/maintenance.hpp"

#include "officectl/store/sql.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>

namespace officectl::contact {
namespace {

constexpr std::string_view k_entity = "contact";

constexpr const char* k_select = R"(
SELECT c.id, c.name, c.kind, c.type, c.segment, c.org_id, org.name, c.role, c.email, c.domain, c.phone,
       c.address, c.vat, c.lang, c.tags, c.note
FROM contact c LEFT JOIN contact org ON org.id = c.org_id
)";

Contact read_contact(SQLite::Statement& q) {
    Contact c;
    c.id = q.getColumn(0).getInt64();
    c.name = q.getColumn(1).getString();
    c.kind = parse_kind(q.getColumn(2).getString()).value_or(Kind::organisation);
    c.type = parse_type(q.getColumn(3).getString()).value_or(Type::other);
    c.segment = store::opt_text(q, 4);
    if (!q.getColumn(5).isNull()) {
        c.org_id = q.getColumn(5).getInt64();
    }
    c.organisation = store::opt_text(q, 6);
    c.role = store::opt_text(q, 7);
    c.email = store::opt_text(q, 8);
    c.domain = store::opt_text(q, 9);
    c.phone = store::opt_text(q, 10);
    c.address = store::opt_text(q, 11);
    c.vat = store::opt_text(q, 12);
    if (auto l = store::opt_text(q, 13)) {
        c.lang = core::parse_language(*l);
    }
    c.tags = store::tags_from_json(q.getColumn(14).getString());
    c.note = store::opt_text(q, 15);
    return c;
}

std::vector<Contact> read_all(SQLite::Statement& q) {
    std::vector<Contact> out;
    while (q.executeStep()) {
        out.push_back(read_contact(q));
    }
    return out;
}

// Binds the writable columns as ?1..?15 in table order.
void bind_fields(SQLite::Statement& q, const Contact& c) {
    q.bind(1, c.name);
    q.bind(2, std::string(kind_name(c.kind)));
    q.bind(3, std::string(type_name(c.type)));
    store::bind_opt(q, 4, c.segment);
    store::bind_opt(q, 5, c.org_id);
    store::bind_opt(q, 6, c.role);
    store::bind_opt(q, 7, c.email);
    store::bind_opt(q, 8, c.domain ? std::optional<std::string>(core::to_lower(*c.domain)) : std::nullopt);
    store::bind_opt(q, 9, c.phone);
    store::bind_opt(q, 10, c.address);
    store::bind_opt(q, 11, c.vat);
    store::bind_opt(q, 12, c.lang ? std::optional<std::string>(core::language_code(*c.lang)) : std::nullopt);
    q.bind(13, store::tags_to_json(c.tags));
    store::bind_opt(q, 14, c.note);
}

// Checks what needs the store: the organisation exists and is one, the company
// number is valid and not someone else's.
Contact checked(store::Database& db, Contact c, const std::vector<std::string>& segments) {
    if (c.vat) {
        c.vat = require_kbo(*c.vat);
    }
    check_contact(c, segments);
    if (c.org_id) {
        auto org = find_contact_by_id(db, *c.org_id);
        if (!org || org->kind != Kind::organisation) {
            throw data_error(fmt::format("{}: works at \"{}\", which is not an organisation", c.name,
                                         org ? org->name : std::to_string(*c.org_id)));
        }
    }
    if (c.vat) {
        SQLite::Statement q(db.sqlite(), "SELECT name FROM contact WHERE vat = ? AND id <> ?");
        q.bind(1, *c.vat);
        q.bind(2, static_cast<int64_t>(c.id));
        if (q.executeStep()) {
            throw data_error(fmt::format("company number {} is already {} (see `officectl contact show {}`)",
                                         format_kbo(*c.vat), q.getColumn(0).getString(), *c.vat));
        }
    }
    return c;
}

} // namespace

const std::vector<store::Migration>& migrations() {
    static const std::vector<store::Migration> list{
        {"contact", 1, "relations", R"(
CREATE TABLE contact (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL CHECK (name <> ''),
    kind    TEXT NOT NULL CHECK (kind IN ('organisation', 'person')),
    type    TEXT NOT NULL CHECK (type IN ('client', 'supplier', 'authority', 'partner', 'press', 'other')),
    segment TEXT,
    org_id  INTEGER REFERENCES contact (id),
    role    TEXT,
    email   TEXT,
    domain  TEXT,
    phone   TEXT,
    address TEXT,
    vat     TEXT UNIQUE CHECK (vat GLOB 'BE[01][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
    lang    TEXT CHECK (lang IN ('nl', 'fr', 'en')),
    tags    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    note    TEXT,
    CHECK (org_id IS NULL OR kind = 'person')
) STRICT;
CREATE INDEX contact_by_org ON contact (org_id);
CREATE INDEX contact_by_email ON contact (email COLLATE NOCASE);
CREATE INDEX contact_by_domain ON contact (domain);
CREATE INDEX contact_by_name ON contact (name COLLATE NOCASE);
)"},
    };
    return list;
}

std::map<std::int64_t, std::string> contact_names_by_id(store::Database& db) {
    SQLite::Statement q(db.sqlite(), "SELECT id, name FROM contact");
    std::map<std::int64_t, std::string> out;
    while (q.executeStep()) {
        out[q.getColumn(0).getInt64()] = q.getColumn(1).getString();
    }
    return out;
}

std::optional<Contact> find_contact_by_id(store::Database& db, std::int64_t id) {
    SQLite::Statement q(db.sqlite(), std::string(k_select) + "WHERE c.id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep()) {
        return std::nullopt;
    }
    return read_contact(q);
}

std::vector<Contact> find_contacts(store::Database& db, std::string_view text) {
    auto t = std::string(core::trim(text));
    if (t.empty()) {
        return {};
    }
    auto digits = t[0] == '#' ? t.substr(1) : t;
    if (!digits.empty() && digits.size() < 10 && digits.find_first_not_of("0123456789") == std::string::npos) {
        if (auto c = find_contact_by_id(db, std::stoll(digits))) {
            return {*c};
        }
        return {};
    }
    if (auto vat = normalise_kbo(t)) {
        SQLite::Statement q(db.sqlite(), std::string(k_select) + "WHERE c.vat = ?");
        q.bind(1, *vat);
        return read_all(q);
    }
    if (t.find('@') != std::string::npos) {
        SQLite::Statement q(db.sqlite(), std::string(k_select) + "WHERE c.email = ? COLLATE NOCASE ORDER BY c.id");
        q.bind(1, t);
        return read_all(q);
    }
    SQLite::Statement exact(db.sqlite(), std::string(k_select) + "WHERE fold(c.name) = fold(?) ORDER BY c.id");
    exact.bind(1, t);
    auto found = read_all(exact);
    if (!found.empty()) {
        return found;
    }
    SQLite::Statement part(db.sqlite(), std::string(k_select) +
                                            "WHERE instr(fold(c.name), fold(?)) > 0 ORDER BY c.name COLLATE NOCASE LIMIT 20");
    part.bind(1, t);
    return read_all(part);
}

Contact get_contact(store::Database& db, std::string_view text) {
    auto found = find_contacts(db, text);
    if (found.empty()) {
        throw not_found(fmt::format("no contact \"{}\" (see `officectl contact list`)", text));
    }
    if (found.size() > 1) {
        std::vector<std::string> names;
        for (const auto& c : found) {
            names.push_back(fmt::format("#{} {}", c.id, c.name));
        }
        throw data_error(fmt::format("\"{}\" matches {} contacts: {}; name one by its #id", text, found.size(),
                                     core::join(names, ", ")));
    }
    return found.front();
}

std::vector<Contact> list_contacts(store::Database& db, const ContactFilter& f) {
    SQLite::Statement q(db.sqlite(), std::string(k_select) + R"(
WHERE (?1 IS NULL OR c.type = ?1)
  AND (?2 IS NULL OR c.kind = ?2)
  AND (?3 IS NULL OR EXISTS (SELECT 1 FROM json_each(c.tags) WHERE value = ?3))
  AND (?4 IS NULL OR c.lang = ?4)
  AND (?5 IS NULL OR c.segment = ?5)
  AND (?6 IS NULL OR c.org_id = ?6)
  AND (?7 IS NULL OR instr(fold(c.name || ' ' || ifnull(c.email, '') || ' ' || ifnull(c.domain, '')), fold(?7)) > 0)
ORDER BY coalesce(org.name, c.name) COLLATE NOCASE, c.org_id IS NOT NULL, c.name COLLATE NOCASE
LIMIT ?8)");
    store::bind_opt(q, 1, f.type ? std::optional<std::string>(type_name(*f.type)) : std::nullopt);
    store::bind_opt(q, 2, f.kind ? std::optional<std::string>(kind_name(*f.kind)) : std::nullopt);
    store::bind_opt(q, 3, f.tag ? std::optional<std::string>(core::to_lower(*f.tag)) : std::nullopt);
    store::bind_opt(q, 4, f.lang ? std::optional<std::string>(core::language_code(*f.lang)) : std::nullopt);
    store::bind_opt(q, 5, f.segment);
    store::bind_opt(q, 6, f.org_id);
    store::bind_opt(q, 7, f.text);
    q.bind(8, f.limit > 0 ? f.limit : -1);
    return read_all(q);
}

std::optional<Contact> contact_for_address(store::Database& db, std::string_view address) {
    auto domain = address_domain(address);
    // Candidates: that exact address, or a domain that is the address's or a parent of it.
    SQLite::Statement q(db.sqlite(), std::string(k_select) + R"(
WHERE c.email = ?1 COLLATE NOCASE
   OR (c.domain IS NOT NULL AND (?2 = c.domain OR ?2 LIKE '%.' || c.domain)))");
    q.bind(1, std::string(core::trim(address)));
    q.bind(2, domain);
    auto candidates = read_all(q);
    if (auto id = match_address(address, candidates)) {
        for (auto& c : candidates) {
            if (c.id == *id) {
                return c;
            }
        }
    }
    return std::nullopt;
}

std::int64_t add_contact(store::Txn& txn, const Contact& in, const std::vector<std::string>& segments) {
    auto& db = txn.db();
    auto c = checked(db, in, segments);
    SQLite::Statement q(db.sqlite(), R"(
INSERT INTO contact (name, kind, type, segment, org_id, role, email, domain, phone, address, vat, lang, tags, note)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14))");
    bind_fields(q, c);
    q.exec();
    auto id = db.sqlite().getLastInsertRowid();
    txn.record({k_entity, id, "add", c.name, std::nullopt, txn.snapshot("contact", id)});
    return id;
}

bool update_contact(store::Txn& txn, const Contact& in, const std::vector<std::string>& segments) {
    auto& db = txn.db();
    auto c = checked(db, in, segments);
    if (c.kind == Kind::person) {
        SQLite::Statement people(db.sqlite(), "SELECT count(*) FROM contact WHERE org_id = ?");
        people.bind(1, static_cast<int64_t>(c.id));
        people.executeStep();
        if (people.getColumn(0).getInt() > 0) {
            throw data_error(fmt::format("{} has people working there; it stays an organisation", c.name));
        }
    }
    auto before = txn.snapshot("contact", c.id);
    if (!before) {
        throw not_found(fmt::format("no contact #{}", c.id));
    }
    SQLite::Statement q(db.sqlite(), R"(
UPDATE contact SET name = ?1, kind = ?2, type = ?3, segment = ?4, org_id = ?5, role = ?6, email = ?7, domain = ?8,
       phone = ?9, address = ?10, vat = ?11, lang = ?12, tags = ?13, note = ?14
WHERE id = ?15)");
    bind_fields(q, c);
    q.bind(15, static_cast<int64_t>(c.id));
    q.exec();
    return txn.record_edit(k_entity, "contact", c.id, c.name, before);
}

std::vector<std::string> contact_references(store::Database& db, const Contact& c, bool with_staff) {
    std::vector<std::string> out;
    for (const auto& ref : store::references_to(db, "contact", c.id)) {
        if (with_staff || ref.table != "contact" || ref.column != "org_id") {
            out.push_back(store::describe_reference(db, ref));
        }
    }
    return out;
}

void remove_contact(store::Txn& txn, const Contact& c) {
    auto refs = contact_references(txn.db(), c);
    if (!refs.empty()) {
        throw data_error(fmt::format("contact {} is still referred to by {}; merge it into another contact instead",
                                     c.name, core::join(refs, ", ")));
    }
    auto before = txn.snapshot("contact", c.id);
    SQLite::Statement q(txn.db().sqlite(), "DELETE FROM contact WHERE id = ?");
    q.bind(1, static_cast<int64_t>(c.id));
    q.exec();
    txn.record({k_entity, c.id, "rm", c.name, before, std::nullopt});
}

MergeResult merge_contacts(store::Txn& txn, const Contact& keep, const Contact& gone, bool force) {
    if (keep.id == gone.id) {
        throw data_error(fmt::format("cannot merge {} into itself", keep.name));
    }
    if (keep.vat && gone.vat && keep.vat != gone.vat) {
        throw data_error(fmt::format("{} ({}) and {} ({}) have different company numbers: not the same relation",
                                     keep.name, format_kbo(*keep.vat), gone.name, format_kbo(*gone.vat)));
    }
    if (keep.type != gone.type && !force) {
        throw data_error(fmt::format("{} ({}) and {} ({}) are of different types: not the same relation? "
                                     "(--force merges anyway)",
                                     keep.name, type_name(keep.type), gone.name, type_name(gone.type)));
    }
    if (gone.kind == Kind::organisation && keep.kind == Kind::person) {
        throw data_error(fmt::format("cannot merge organisation {} into person {}", gone.name, keep.name));
    }
    MergeResult result;
    Contact merged = keep;
    auto fill = [&](std::optional<std::string>& mine, const std::optional<std::string>& theirs, const char* field) {
        if (!mine && theirs) {
            mine = theirs;
            result.fields_filled.emplace_back(field);
        }
    };
    fill(merged.email, gone.email, "email");
    fill(merged.domain, gone.domain, "domain");
    fill(merged.phone, gone.phone, "phone");
    fill(merged.address, gone.address, "address");
    fill(merged.segment, gone.segment, "segment");
    fill(merged.role, gone.role, "role");
    fill(merged.note, gone.note, "note");
    if (!merged.lang && gone.lang) {
        merged.lang = gone.lang;
        result.fields_filled.emplace_back("lang");
    }
    auto vat = merged.vat ? merged.vat : gone.vat;
    if (!merged.vat && gone.vat) {
        result.fields_filled.emplace_back("vat");
    }
    for (const auto& t : gone.tags) {
        if (std::find(merged.tags.begin(), merged.tags.end(), t) == merged.tags.end()) {
            merged.tags.push_back(t);
        }
    }
    std::sort(merged.tags.begin(), merged.tags.end());
    if (merged.org_id == gone.id) {
        merged.org_id.reset();
    }
    // Re-point first (the people of `gone` now work at `keep`), then take its number.
    result.references_moved = store::repoint_references(txn, "contact", gone.id, keep.id);
    auto gone_before = txn.snapshot("contact", gone.id);
    SQLite::Statement del(txn.db().sqlite(), "DELETE FROM contact WHERE id = ?");
    del.bind(1, static_cast<int64_t>(gone.id));
    del.exec();
    txn.record({k_entity, gone.id, "merge", fmt::format("{} -> #{} {}", gone.name, keep.id, keep.name), gone_before,
                std::nullopt});
    merged.vat = vat;
    update_contact(txn, merged, {});
    return result;
}

Resolved resolve_party(store::Txn& txn, std::string_view text, const ResolveOptions& options) {
    // An address is matched as `mail import` matches a sender (contact_for_address):
    // the person with that address, else the relation whose --domain it is in.
    auto trimmed = core::trim(text);
    if (trimmed.find('@') != std::string_view::npos && trimmed.find(' ') == std::string_view::npos) {
        if (auto c = contact_for_address(txn.db(), trimmed)) {
            return {*c, false};
        }
    }
    auto found = find_contacts(txn.db(), text);
    if (options.whole_names) { // only the relation of that very name (case and accents aside)
        auto name = core::fold(core::trim(text));
        std::erase_if(found, [&](const Contact& c) { return core::fold(c.name) != name; });
    }
    if (found.size() == 1) {
        return {found.front(), false};
    }
    if (found.size() > 1) {
        get_contact(txn.db(), text); // throws, listing the candidates
    }
    if (options.strict) {
        throw not_found(fmt::format("no relation \"{}\" (add it with `officectl contact add`, or leave out --strict)", text));
    }
    Contact c;
    c.name = std::string(core::trim(text));
    c.type = options.type;
    if (c.name.find('@') != std::string::npos) { // an address: the relation is its domain's organisation
        c.email = c.name;
    }
    c.id = add_contact(txn, c, {});
    return {c, true};
}

} // namespace officectl::contact
