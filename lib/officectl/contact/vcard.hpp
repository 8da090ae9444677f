#pragma once
// vCard 4.0 (RFC 6350), for a mail client or a phone: one card per relation,
// CRLF line ends, lines folded at 75 octets, text values escaped.

#include "officectl/contact/contact.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace officectl::contact {

std::string to_vcards(const std::vector<Contact>& contacts);
// A TEXT value escaped per RFC 6350 3.4: backslash, comma, semicolon, newline.
std::string vcard_escape(std::string_view text);
// One content line folded at 75 octets (never inside a UTF-8 sequence), CRLF-terminated.
std::string vcard_fold(std::string_view line);

} // namespace officectl::contact
