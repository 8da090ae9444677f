#include "officectl/contact/contact_csv.hpp"

#include "officectl/contact/contact_rules.hpp"
#include "officectl/contact/contact_store.hpp"
#include "officectl/contact/kbo.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <array>
#include <map>

namespace officectl::contact {
namespace {

constexpr std::array<std::string_view, 14> k_columns{"name", "kind",  "type",  "segment", "organisation",
                                                     "role", "email", "domain", "phone",  "address",
                                                     "vat",  "lang",  "tags",  "note"};

struct Row {
    int line = 0;
    std::map<std::string_view, std::string> fields; // present columns only
    bool person = false;
};

std::optional<std::string> value(const Row& r, std::string_view col) {
    auto it = r.fields.find(col);
    if (it == r.fields.end() || core::trim(it->second).empty()) {
        return std::nullopt;
    }
    return std::string(core::trim(it->second));
}

bool has(const Row& r, std::string_view col) { return r.fields.contains(col); }

// The stored relation this row describes, if any: by company number, e-mail, then name.
std::optional<Contact> existing(store::Database& db, const Row& r) {
    if (auto vat = value(r, "vat")) {
        auto found = find_contacts(db, require_kbo(*vat));
        if (!found.empty()) {
            return found.front();
        }
    }
    if (auto email = value(r, "email")) {
        auto found = find_contacts(db, *email);
        if (found.size() == 1) {
            return found.front();
        }
    }
    auto name = value(r, "name").value_or("");
    for (const auto& c : list_contacts(db, {})) {
        if (core::to_lower(c.name) == core::to_lower(name) &&
            core::to_lower(c.organisation.value_or("")) == core::to_lower(value(r, "organisation").value_or(""))) {
            return c;
        }
    }
    return std::nullopt;
}

void apply(store::Database& db, Contact& c, const Row& r) {
    c.name = value(r, "name").value_or("");
    if (has(r, "kind")) {
        auto k = value(r, "kind").value_or("organisation");
        c.kind = parse_kind(k).value_or(c.kind);
        if (!parse_kind(k)) {
            throw data_error(fmt::format("unknown kind \"{}\" (organisation or person)", k));
        }
    } else if (!c.id) {
        c.kind = value(r, "organisation") ? Kind::person : Kind::organisation;
    }
    if (has(r, "type")) {
        auto t = value(r, "type").value_or("other");
        if (!parse_type(t)) {
            throw data_error(fmt::format("unknown type \"{}\" (client, supplier, authority, partner, press, other)", t));
        }
        c.type = *parse_type(t);
    }
    auto text = [&](std::string_view col, std::optional<std::string>& field) {
        if (has(r, col)) {
            field = value(r, col);
        }
    };
    text("segment", c.segment);
    text("role", c.role);
    text("email", c.email);
    text("domain", c.domain);
    text("phone", c.phone);
    text("address", c.address);
    text("vat", c.vat);
    text("note", c.note);
    if (has(r, "lang")) {
        auto l = value(r, "lang");
        if (l && !core::parse_language(*l)) {
            throw data_error(fmt::format("invalid language \"{}\": expected nl, fr or en", *l));
        }
        c.lang = l ? core::parse_language(*l) : std::nullopt;
    }
    if (has(r, "tags")) {
        c.tags = normalise_tags(value(r, "tags").value_or(""));
    }
    if (has(r, "organisation")) {
        c.org_id.reset();
        if (auto org = value(r, "organisation")) {
            std::optional<Contact> match;
            for (const auto& o : find_contacts(db, *org)) {
                if (o.kind == Kind::organisation && core::to_lower(o.name) == core::to_lower(*org)) {
                    match = o;
                }
            }
            if (!match) {
                throw not_found(fmt::format("unknown organisation \"{}\"", *org));
            }
            c.org_id = match->id;
        }
    }
    if (c.vat) {
        c.vat = require_kbo(*c.vat);
    }
}

} // namespace

ImportCounts import_contacts(store::Txn& txn, io::CsvReader& csv,
                             const std::function<std::vector<std::string>(std::string_view)>& segments_of, bool update) {
    std::map<std::size_t, std::string_view> cols;
    for (size_t i = 0; i < csv.header().size(); ++i) {
        auto name = core::to_lower(csv.header()[i]);
        bool known = false;
        for (auto c : k_columns) {
            if (c == name) {
                cols[i] = c;
                known = true;
            }
        }
        if (!known) {
            throw data_error(fmt::format("{}:1: unknown column \"{}\" (expected name, kind, type, segment, organisation, "
                                         "role, email, domain, phone, address, vat, lang, tags, note)",
                                         csv.name(), csv.header()[i]));
        }
    }
    std::vector<Row> rows;
    io::CsvRow raw;
    while (csv.next(raw)) {
        Row r;
        r.line = raw.line;
        for (const auto& [i, name] : cols) {
            r.fields[name] = raw.fields[i];
        }
        if (!value(r, "name")) {
            throw data_error(fmt::format("{}:{}: a name is required", csv.name(), r.line));
        }
        r.person = value(r, "organisation").has_value() || value(r, "kind") == std::optional<std::string>("person");
        rows.push_back(std::move(r));
    }
    // Organisations first, so the people in the same file find theirs.
    std::stable_partition(rows.begin(), rows.end(), [](const Row& r) { return !r.person; });
    ImportCounts counts;
    for (const auto& r : rows) {
        try {
            auto stored = existing(txn.db(), r);
            Contact c = stored ? *stored : Contact{};
            apply(txn.db(), c, r);
            if (stored && !update) {
                std::vector<std::string> changes;
                auto changed = [&](std::string_view what, const std::optional<std::string>& was,
                                   const std::optional<std::string>& now) {
                    if (was && now && core::to_lower(*was) != core::to_lower(*now)) {
                        changes.push_back(fmt::format("{} \"{}\" -> \"{}\"", what, *was, *now));
                    }
                };
                changed("name", stored->name, c.name);
                changed("company number", stored->vat, c.vat);
                changed("e-mail", stored->email, c.email);
                if (!changes.empty()) {
                    throw data_error(fmt::format("matches relation #{} \"{}\" but would change its {}: give --update to "
                                                 "change it, or correct the row",
                                                 stored->id, stored->name, core::join(changes, ", ")));
                }
            }
            auto segments = segments_of(type_name(c.type));
            if (!stored) {
                add_contact(txn, c, segments);
                ++counts.added;
            } else if (update_contact(txn, c, segments)) {
                ++counts.updated;
            } else {
                ++counts.unchanged;
            }
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("{}:{}: {}", csv.name(), r.line, e.what()));
        }
    }
    return counts;
}

render::Table export_contacts(store::Database& db) {
    render::Table t;
    for (auto c : k_columns) {
        t.column(std::string(c));
    }
    for (const auto& c : list_contacts(db, {})) {
        t.add_row({c.name, std::string(kind_name(c.kind)), std::string(type_name(c.type)), render::cell_or_empty(c.segment),
                   render::cell_or_empty(c.organisation), render::cell_or_empty(c.role), render::cell_or_empty(c.email),
                   render::cell_or_empty(c.domain), render::cell_or_empty(c.phone), render::cell_or_empty(c.address),
                   render::cell_or_empty(c.vat),
                   c.lang ? render::Cell{std::string(core::language_code(*c.lang))} : render::Cell{},
                   c.tags.empty() ? render::Cell{} : render::Cell{core::join(c.tags, ",")}, render::cell_or_empty(c.note)});
    }
    return t;
}

} // namespace officectl::contact
