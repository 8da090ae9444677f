#pragma once
// Drafting letters, memos and invitations from templates: Markdown with {name}
// placeholders filled through fmt named arguments ({{ and }} are literal braces).
// The shipped templates (examples/templates/NAME.LANG.md) are built in; a file of
// the same name in the config folder's templates/ replaces one.

#include "officectl/core/dates.hpp"
#include "officectl/core/language.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::mail {

// The built-in template NAME in LANG; nullopt when there is none.
std::optional<std::string_view> builtin_template(std::string_view name, core::Language lang);
// The names of the built-in templates (letter, memo, invitation).
std::vector<std::string> builtin_template_names();

// `2 december 2026`, `1er décembre 2026`, `2 December 2026`: how a Belgian
// letter writes the date.
std::string long_date(core::Date d, core::Language lang);
// What a letter says unless told otherwise: place, salutation, closing, and
// dashes for missing references, in the language.
std::map<std::string, std::string> default_vars(core::Language lang);
// The placeholders a template uses, in order of first use.
std::vector<std::string> placeholders(std::string_view text);
// Fills the template. A placeholder without a value is a data Error naming all
// that are missing (`template letter.nl needs: when, where (--var name=value)`).
std::string render_draft(std::string_view text, const std::string& name, const std::map<std::string, std::string>& vars);

} // namespace officectl::mail
