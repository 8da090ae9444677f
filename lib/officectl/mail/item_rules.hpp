#pragma once
// Rules of the register as plain functions over values.

#include "officectl/mail/item.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace officectl::mail {

// `IN-2026-0001`.
std::string item_number(std::string_view prefix, int year, int seq);
// Out when the sender matches one of our own addresses or globs
// (`*@ourcompany.be`, `an@ourcompany.be`), in otherwise.
Direction direction_of(std::string_view from_addr, const std::vector<std::string>& own);
// Awaiting an answer: open or waiting.
// The subject of a reply: "Re: " and the subject without the reply prefixes it
// already has, in the languages the office writes ("RE: AW: Offerte" -> "Re: Offerte").
std::string reply_subject(std::string_view subject);

bool awaits_answer(const Item& item);
bool is_overdue(const Item& item, core::Date today);
// `+invoice -todo urgent` applied to tags: + or nothing adds, - removes.
std::vector<std::string> apply_tag_changes(std::vector<std::string> tags, const std::vector<std::string>& changes);

// The identity an item is deduplicated by, one whatever path it came in by
// (`mail log`, `mail reply`, a CSV import, an mbox or Maildir import): a SHA-256
// of its direction, channel (as parse_channel names it: `E-mail` and `mail` are
// `email`), date, correspondent (the other party: its address, else its relation,
// else its name), subject, their reference, body and attachments' digests; text
// trimmed, in lower case, with white space collapsed. Stored as `content_hash`.
std::string dedup_key(const Item& item);

// `mail edit`: why `corrected` cannot replace `registered` (nullopt: it can). The
// number stays, so the date stays in the number's year; a subject is required.
std::optional<std::string> correction_refusal(const Item& registered, const Item& corrected);
// `mail reopen`: why `item`'s follow-up cannot be reopened (nullopt: it can). Only
// an incoming item closed by `mail done` or by an answer (status done) reopens.
std::optional<std::string> reopen_refusal(const Item& item);
// Opens the follow-up again: status open, no done date.
void reopen(Item& item);

// A search query split into full-text words and field terms:
//   from:ricoh to:an subject:factuur tag:tax date:2026-11-01..2026-11-30 word "a phrase"
struct SearchQuery {
    std::string text; // FTS5 MATCH expression for the words (empty: none)
    std::vector<std::string> from, to, subject, tags;
    std::optional<core::DateRange> dates;
};
// Throws a usage Error for an unknown field or a bad date range.
SearchQuery parse_search(std::string_view query, core::Date today);

} // namespace officectl::mail
