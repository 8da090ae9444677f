#pragma once
// Rules of service notes, as plain functions over values.

#include "officectl/core/language.hpp"
#include "officectl/mail/note.hpp"

#include <string>
#include <string_view>

namespace officectl::mail {

// `NOTE-2027-0001`: the prefix, the year of issue, a number per year.
std::string note_number(std::string_view prefix, int year, int seq);
// Recipients who must still acknowledge (none when no acknowledgement is asked).
std::vector<const NoteRecipient*> missing_acknowledgements(const Note& n);
std::vector<const NoteAction*> open_actions(const Note& n);
// Open while an acknowledgement is missing or an action is not done.
bool note_is_open(const Note& n);
// The labels of a printed note in the store's language.
struct NoteLabels {
    std::string_view title, number, date, from, to, subject, effective, attachment, actions, owner, due;
};
const NoteLabels& note_labels(core::Language lang);

} // namespace officectl::mail
