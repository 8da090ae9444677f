#pragma once
// Rules of the people directory, as plain functions over values (no store).

#include "officectl/team/member.hpp"

#include <string_view>

namespace officectl::team {

// Lower-case letter first, then letters, digits, `.`, `-`, `_`; at most 32.
// Throws a data Error explaining the rule.
void check_handle(std::string_view handle);
// A member's own fields: handle, a name, an e-mail that looks like one, an end
// not before the start, a working week of 0..168 hours. Throws a data Error.
void check_member(const Member& m);
// `38`, `19.5`, `7,6` hours a week, as minutes.
int parse_weekly_hours(std::string_view text);
// `38`, `19.5`.
std::string format_weekly_hours(int minutes);

} // namespace officectl::team
