#pragma once
// Importing correspondence: mail files (through io::read_mail) and register lines
// from other systems (CSV). One transaction, owned by the caller: all or nothing.
// Idempotent: what is registered already is counted as a duplicate.

#include "officectl/io/csv_reader.hpp"
#include "officectl/io/mail_in_order.hpp"
#include "officectl/mail/item_store.hpp"
#include "officectl/mail/mail_rules.hpp"
#include "officectl/store/txn.hpp"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace officectl::mail {

struct ImportOptions {
    std::vector<std::string> own; // our addresses or globs (mail.own): their mail is outgoing
    std::vector<MailRule> rules;  // [[mail.rule]], applied to each item
    Prefixes prefixes;
    std::string zone;             // the office's zone: an e-mail's date is its local date there
    core::Date today;             // for mail without a Date header
    std::string keep_dir;         // --keep-attachments: the store's files folder; empty: record only
};

struct ImportReport {
    int imported = 0;
    int duplicates = 0;
    int closed = 0; // follow-ups closed by answers in this import
    std::map<std::string, int> skipped; // why -> how many
    int skipped_total() const;
    // `imported N, duplicates N, skipped N (why)`.
    std::string summary() const;
};

// Mail being read for an import: listing and parsing start when it is made, on
// threads of their own (one per core but one, the writer's; 1 to 3), so the
// store can be opened and migrated meanwhile.
class MailReading {
public:
    MailReading(const std::vector<std::string>& paths, const std::string& keep_dir);
    io::MailPipeline& pipeline() { return m_pipeline; }

private:
    io::MailPipeline m_pipeline;
};

// Registers what `reading` reads (once), on this thread alone. `progress(n)` is
// called every 1000 messages (for a person watching a tty). A path that cannot be
// read is an error (no_input) and nothing is registered once the caller rolls back.
ImportReport import_mail(store::Txn& txn, MailReading& reading, const ImportOptions& options,
                         const std::function<void(int)>& progress = nullptr);
// The same, reading `paths` from here (with options.keep_dir).
ImportReport import_mail(store::Txn& txn, const std::vector<std::string>& paths, const ImportOptions& options,
                         const std::function<void(int)>& progress = nullptr);

// Register lines from another system. Columns by name: direction, channel, date,
// from, to, subject, ref, our_ref, tags, assignee, due (missing ones default to
// in and letter; date to today). With `key_ref`, a row whose `ref` is registered
// already (same direction) is a duplicate; otherwise its content decides.
// A bad row throws `file:line: why`.
ImportReport import_register_csv(store::Txn& txn, io::CsvReader& csv, const ImportOptions& options, bool key_ref);

// What the rules would do with each message of `path`, registering nothing.
// `matched` points into options.rules. A file that is not mail is a data Error.
struct RulePreview {
    std::string subject;
    std::string from;
    std::vector<const MailRule*> matched;
};
std::vector<RulePreview> preview_rules(store::Database& db, const std::string& path, const ImportOptions& options);

// Applies the rules to an item about to be registered, resolving an assignee
// handle through the people directory (a config Error when there is no such person).
void apply_rules_to(store::Database& db, const std::vector<MailRule>& rules, Item& item);

} // namespace officectl::mail
