#pragma once
// The correspondence register's SQL: items, attachments, thread references and
// the full-text index. People by team_member id, relations by contact id.

#include "officectl/mail/item.hpp"
#include "officectl/mail/mail_stats.hpp"
#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"

#include <optional>
#include <string>
#include <vector>

namespace officectl::mail {

const std::vector<store::Migration>& item_migrations();

struct Prefixes {
    std::string in = "IN";
    std::string out = "OUT";
};

struct Registered {
    std::string number;
    std::int64_t id = 0;
    std::optional<std::string> closed; // the item whose follow-up this registration closed (the answered one)
};

// Registers the item with the next number of its direction and year, its
// attachments, its place in a thread and its full text. An outgoing item that
// answers an open incoming one closes it (whichever of the two came first).
// `compact_journal` (imports): journal the item's keys instead of the whole row.
Registered add_item(store::Txn& txn, Item item, const Prefixes& prefixes, bool compact_journal = false);

// Item `id`'s words in the full-text index (which reads the register, migration
// mail 5): taken out before `undo` changes or removes the row, put back after.
void unindex_item(store::Database& db, std::int64_t id);
void reindex_item(store::Database& db, std::int64_t id);

// How an item is known to the import: by Message-ID and content hash.
struct Known {
    bool duplicate = false; // the same message is registered already
};
Known known_message(store::Database& db, const std::string& message_id, const std::string& content_hash);
// Whether an item of that direction with their reference `ref` is registered.
bool ref_registered(store::Database& db, Direction direction, const std::string& ref);

// By number (IN-2026-0001, case-insensitive) or id; no_input when none.
Item get_item(store::Database& db, std::string_view number);
std::vector<Item> list_items(store::Database& db, const ItemFilter& filter, core::Date today);
// Items awaiting an answer, oldest first.
std::vector<Item> followups(store::Database& db, std::optional<std::int64_t> assignee_id, bool overdue_only,
                            core::Date today);
// The item and the items of its thread (what it answers, what answers it).
std::vector<Item> thread_of(store::Database& db, const Item& item);

// Writes tags, assignee, due, status, done date and note (the fields that change
// after registration). False when nothing changed.
bool update_item(store::Txn& txn, const Item& item);

// `mail edit`: writes what was registered wrong (channel, date, parties, subject,
// references, due date, body) and keeps the full-text index true: the item's old
// words are taken out of it before the row changes, the new ones put in after.
// The number, direction, confidential flag and dedup identity (content_hash: an
// import of the original recognises it still) never change. False when nothing
// changed. The caller checks the correction (item_rules: correction_refusal).
bool correct_item(store::Txn& txn, const Item& item);

// A relation's correspondence in numbers (counted by the store, not loaded).
struct ContactMailCounts {
    int in = 0;
    int out = 0;
    int open = 0;    // incoming, awaiting an answer
    int overdue = 0; // of those, past their due date
};
ContactMailCounts contact_mail_counts(store::Database& db, std::int64_t contact_id, core::Date today);

// The rows behind `mail stats`, for items registered in [from, to].
std::vector<StatsRow> stats_rows(store::Database& db, core::DateRange range);
// How many items were registered in the range, per channel and direction.
struct Volume {
    Channel channel = Channel::letter;
    Direction direction = Direction::in;
    int count = 0;
    int confidential = 0;
};
std::vector<Volume> volume(store::Database& db, core::DateRange range);
// Incoming items due on or before `until` that were not answered by their due
// date: every item that was ever overdue, with its first answer if any.
std::vector<StatsRow> late_rows(store::Database& db, core::Date until);

// Archives what is finished: items done (or outgoing) registered before `before`,
// with `tag` when given. Returns how many; open items are never archived.
int archive_items(store::Txn& txn, core::Date before, const std::optional<std::string>& tag, bool dry_run);

struct SearchHit {
    Item item;
    std::string snippet;
};
// Full text (subject, body, from, to) plus field terms, best match first.
// Confidential bodies are searched only with `show_confidential`.
std::vector<SearchHit> search_items(store::Database& db, std::string_view query, bool show_confidential,
                                    core::Date today, int limit);

} // namespace officectl::mail
