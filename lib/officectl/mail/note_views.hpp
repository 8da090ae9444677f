#pragma once
// Service notes as Tables and Reports: the list, the status (who acknowledged,
// which actions are done), the printable note, and the weekly section.

#include "officectl/core/language.hpp"
#include "officectl/mail/note.hpp"
#include "officectl/render/report.hpp"
#include "officectl/store/database.hpp"

#include <map>
#include <vector>

namespace officectl::mail {

render::Table notes_table(const std::vector<Note>& notes);
render::Report note_status(const Note& n, core::Date today);
// The note as it is handed out: a header (number, date, from, to, subject,
// effective date) in the store's language, then the body and the actions.
// `names` gives people's full names by handle.
render::Report note_print(const Note& n, core::Language lang, const std::map<std::string, std::string>& names);
// Notes with missing acknowledgements and overdue actions, for the weekly report.
render::Section notes_weekly_section(store::Database& db, core::DateRange week);

} // namespace officectl::mail
