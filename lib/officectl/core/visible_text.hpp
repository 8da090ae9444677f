#pragma once
// Text from data made safe to show on a terminal: what a stranger wrote (a mail's
// Subject, a vendor's name) reaches the screen as characters, never as commands.

#include <string>
#include <string_view>

namespace officectl::core {

// Control characters shown as visible symbols: C0 controls as their Control
// Pictures (ESC as ␛, BEL as ␇, U+2400 + code), DEL as ␡, C1 controls
// (U+0080..U+009F), noncharacters (U+FDD0..U+FDEF, U+xFFFE/F) and bytes that
// are not UTF-8 as U+FFFD. With `keep_breaks`,
// line feeds and tabs stay (and CR LF becomes LF), for text shown on several
// lines; without, they are shown too. Text without any of these comes back as is.
std::string visible_text(std::string_view text, bool keep_breaks);

// The text with each byte that is not UTF-8 replaced by U+FFFD, and nothing else
// changed (valid UTF-8 comes back byte for byte): for JSON, which must be UTF-8.
std::string repaired_utf8(std::string_view text);

} // namespace officectl::core
