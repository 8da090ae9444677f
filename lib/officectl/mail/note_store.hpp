#pragma once
// Service notes' SQL. People are referred to by team_member id; handles are
// looked up through the team domain, never by joining its table here.

#include "officectl/mail/note.hpp"
#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"

#include <optional>
#include <string>
#include <vector>

namespace officectl::mail {

const std::vector<store::Migration>& migrations();

// Registers the note with the next number of its year, its recipients and
// actions. `n.recipients` and `n.actions` carry member ids. Returns the number.
std::string add_note(store::Txn& txn, Note n, std::string_view prefix);
// A note by its number (`NOTE-2027-0001`, case-insensitive) or id; no_input when none.
Note get_note(store::Database& db, std::string_view number);
// Newest first; `open_only`: with a missing acknowledgement or an open action.
std::vector<Note> list_notes(store::Database& db, bool open_only);

// Records the acknowledgement of one recipient. Returns false when it was
// already recorded (then nothing changes). Errors: data when not a recipient or
// when the note asks no acknowledgement.
bool acknowledge(store::Txn& txn, const Note& n, std::int64_t member_id, const std::string& handle, core::Date day);
std::int64_t add_action(store::Txn& txn, const Note& n, const NoteAction& a);
// Marks an action done (by its id); no_input when there is none.
NoteAction finish_action(store::Txn& txn, std::int64_t action_id, core::Date day);
// Hands an action to another team member (by id); no_input when there is none.
void set_action_owner(store::Txn& txn, std::int64_t action_id, std::int64_t owner_id);

} // namespace officectl::mail
