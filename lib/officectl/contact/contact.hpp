#pragma once
// Relations: the outside parties the office deals with (suppliers, clients,
// authorities, partners, press) and the people who work there. Every domain that
// names an outside party stores a reference to a contact, never a copy of a name.

#include "officectl/core/language.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::contact {

enum class Kind { organisation, person };
enum class Type { client, supplier, authority, partner, press, other };
inline constexpr core::Choices<Kind, 2> kinds{{{{Kind::organisation, "organisation"}, {Kind::person, "person"}}}};
inline constexpr core::Choices<Type, 6> types{{{{Type::client, "client"},
                                               {Type::supplier, "supplier"},
                                               {Type::authority, "authority"},
                                               {Type::partner, "partner"},
                                               {Type::press, "press"},
                                               {Type::other, "other"}}}};

// Also "organization" and "org", as lists written by others spell it.
std::optional<Kind> parse_kind(std::string_view s);
std::string_view kind_name(Kind k);
std::optional<Type> parse_type(std::string_view s);
std::string_view type_name(Type t);

struct Contact {
    std::int64_t id = 0;
    std::string name;
    Kind kind = Kind::organisation;
    Type type = Type::other;
    std::optional<std::string> segment;
    std::optional<std::int64_t> org_id;      // a person's organisation
    std::optional<std::string> organisation; // its name (read only)
    std::optional<std::string> role;
    std::optional<std::string> email;
    std::optional<std::string> domain; // ricoh.be: mail from any address there is theirs
    std::optional<std::string> phone;
    std::optional<std::string> address;
    std::optional<std::string> vat; // normalised: BE0403170701
    std::optional<core::Language> lang;
    std::vector<std::string> tags;
    std::optional<std::string> note;
    friend bool operator==(const Contact&, const Contact&) = default;
};

struct ContactFilter {
    std::optional<Type> type;
    std::optional<Kind> kind;
    std::optional<std::string> tag;
    std::optional<core::Language> lang;
    std::optional<std::string> segment;
    std::optional<std::int64_t> org_id; // the people of one organisation
    std::optional<std::string> text;    // in name, e-mail or domain
    int limit = 0;
};

} // namespace officectl::contact
