#pragma once
// Rules about relations as plain functions over values (no store).

#include "officectl/contact/contact.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace officectl::contact {

// A name, a known type, a person's organisation only for persons, an e-mail and a
// domain that look like ones, a segment from the type's configured list (when
// the list is not empty). Throws a data Error.
void check_contact(const Contact& c, const std::vector<std::string>& segments_of_type);

// The domain of an address, lower case: `Marie.Dubois@Ricoh.BE` -> `ricoh.be`.
std::string address_domain(std::string_view address);

// Which relation an e-mail address belongs to: a contact with that exact address
// first (a person before an organisation), else one whose domain is the address's
// domain or a parent of it (`mail.ricoh.be` is `ricoh.be`'s), else none.
// `candidates` are the contacts with that address or a domain; ties: lowest id.
std::optional<std::int64_t> match_address(std::string_view address, const std::vector<Contact>& candidates);

// Tags: split on commas, trimmed, lower case, sorted, no duplicates or empties.
std::vector<std::string> normalise_tags(std::string_view text);

} // namespace officectl::contact
