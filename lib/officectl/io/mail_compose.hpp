#pragma once
// A message to send: what `report weekly --mail-to` writes for `sendmail -t`.
// Built by GMime in the mail module (mail_module.hpp), as the reader is.
#include "officectl/core/datetime.hpp"

#include <optional>
#include <string>
#include <vector>

namespace officectl::io {

struct OutgoingMail {
    std::optional<std::string> from; // none: the mail transfer agent sets it (sendmail -t, msmtp's `from`)
    std::vector<std::string> to;     // "ann@example.be" or "Ann Peeters <ann@example.be>"
    std::string subject;
    core::Instant date;
    std::string text; // the text/plain alternative
    std::string html; // the text/html alternative (a whole page)
};

// The whole message: From, To, Subject (RFC 2047 where it is not ASCII), Date,
// Message-ID, MIME-Version, and a multipart/alternative body of the text and
// the HTML, both UTF-8 and quoted-printable (7-bit lines of at most 76). Throws a
// usage Error naming the option for an address that is none (--mail-to,
// --mail-from), one with a line break (no header can be smuggled in), one
// over 254 characters or with letters outside ASCII before its @, or a From of
// more than one address. Several addresses in one --mail-to may be separated
// by ',' or ';' (Outlook's habit).
std::string compose_mail(const OutgoingMail& mail);

} // namespace officectl::io
