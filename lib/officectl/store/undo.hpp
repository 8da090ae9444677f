#pragma once
// `officectl undo`: takes back one command, whole: every row its transaction
// changed, in every table (an import of 2 000 mails is one command), from the
// changeset the journal kept (store/changeset.hpp). It refuses rather than
// clobber: when a later command touched one of those rows, or a later row refers
// to one it would remove. It is journalled like any change, so undoing an undo
// redoes. Copies in the files folder that nothing refers to any more go too.

#include "officectl/store/database.hpp"
#include "officectl/store/txn.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace officectl::store {

struct UndoStep {
    std::string action; // "remove", "restore", "revert"
    std::string entity; // "mail.item"
    std::int64_t id = 0;
    std::string label; // as the journal names it (sealed values stay sealed)
};

struct UndoResult {
    std::int64_t change = 0;   // the journal entry the user named (or the last one)
    std::int64_t txn = 0;      // its transaction
    std::string command;       // its command line, as `history` shows it
    std::optional<std::int64_t> redone; // it was itself an undo: of this transaction
    std::vector<UndoStep> steps;        // the journalled records taken back
    int other_rows = 0;                 // rows that belong to them (attendees, attachments, the full-text index)
    std::int64_t journal_id = 0;        // the undo's own first journal entry (0 for a dry run)
    std::vector<std::string> files_removed; // copies nothing refers to any more
};

// Takes back the command of journal entry `change` (the last command when
// nullopt). Errors: no_input when there is no such entry; data (65) when it
// cannot be undone (a later command touched its rows, naming that command; its
// content was purged; it was journalled before undo was kept). `dry_run`: the
// whole undo is done and checked, then rolled back.
UndoResult undo(Database& db, const Actor& actor, std::optional<std::int64_t> change, bool dry_run);

} // namespace officectl::store
