#pragma once
// Relations' SQL: the only place that reads or writes the contact table.
// Functions taking a Txn& write (and journal); those taking a Database& only read.

#include "officectl/contact/contact.hpp"
#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace officectl::contact {

const std::vector<store::Migration>& migrations();

// Contacts that `text` names: an id (`12`, `#12`), a company number, an e-mail
// address, a name (case-insensitive), or else every contact whose name contains
// it. Empty when none.
std::vector<Contact> find_contacts(store::Database& db, std::string_view text);
// Exactly one contact: a no_input Error when none, a data Error listing the
// candidates when several.
Contact get_contact(store::Database& db, std::string_view text);
std::optional<Contact> find_contact_by_id(store::Database& db, std::int64_t id);
// Every relation's name by id, for domains that list many references at once.
std::map<std::int64_t, std::string> contact_names_by_id(store::Database& db);
std::vector<Contact> list_contacts(store::Database& db, const ContactFilter& filter);

// The relation an e-mail address belongs to (see match_address), if any.
std::optional<Contact> contact_for_address(store::Database& db, std::string_view address);

// `segments` are the configured segments of the contact's type (may be empty).
// Errors: data (a bad field, a company number already used), no_input (unknown
// organisation). Returns the new id.
std::int64_t add_contact(store::Txn& txn, const Contact& c, const std::vector<std::string>& segments);
// Writes every field of `c` (found by id). False when nothing changed.
bool update_contact(store::Txn& txn, const Contact& c, const std::vector<std::string>& segments);
// What refers to a contact, in the user's words: "2 contacts (as org)", ...; without
// with_staff, not the people who work at it.
std::vector<std::string> contact_references(store::Database& db, const Contact& c, bool with_staff = true);
// Deletes a contact nothing refers to; a data Error listing the references otherwise.
void remove_contact(store::Txn& txn, const Contact& c);

struct MergeResult {
    std::int64_t references_moved = 0;
    std::vector<std::string> fields_filled; // empty fields of the kept contact taken from the other
};
// Keeps `keep`, points every reference to `gone` at it, fills keep's empty fields
// from gone, deletes gone, and journals it. Errors: data when they are the same
// contact or carry different company numbers, and, unless `force`, when they are
// of different types (a supplier and an authority are rarely the same party).
MergeResult merge_contacts(store::Txn& txn, const Contact& keep, const Contact& gone, bool force = false);

// How other domains name an outside party (a vendor, a sender, a hotel).
struct ResolveOptions {
    bool strict = false;    // refuse a name that matches no relation instead of creating one
    Type type = Type::other; // the type of a relation created on the fly
    // Names given in full (an import): only a relation of exactly that name (case
    // and accents aside) is taken; a name that is only part of others' names
    // ("V" in "ISS, NV") makes a new relation, which the import says.
    bool whole_names = false;
};
struct Resolved {
    Contact contact;
    bool created = false; // say so to the user
};
// The one relation `text` names (as find_contacts), or a new organisation of that
// name. Errors: data when several match (listing them), no_input with `strict`.
Resolved resolve_party(store::Txn& txn, std::string_view text, const ResolveOptions& options);

} // namespace officectl::contact
