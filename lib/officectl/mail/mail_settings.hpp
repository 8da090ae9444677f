#pragma once
// The register's numbering from config: the prefixes of incoming, outgoing and
// service-note numbers (IN-2026-0001, OUT-..., NOTE-...), checked together when
// the config is read, so a numbering that cannot work never meets the store.

#include "officectl/config/config.hpp"
#include "officectl/mail/item_store.hpp"

namespace officectl::mail {

// mail.prefix_in and mail.prefix_out. Throws a config Error (78) naming the file
// and line when they are equal (the first outgoing item would be refused:
// "UNIQUE constraint failed: mail_item.number") or equal to mail.note_prefix.
// An empty prefix, or one with spaces or control characters, is refused by the
// schema already.
Prefixes load_prefixes(const config::Config& config);

} // namespace officectl::mail
