#pragma once
// The text of an HTML mail body, through libxml2's HTML parser (a parser built
// for the HTML that is out there: every named and numeric entity, broken markup
// repaired, nesting bounded).

#include <string>
#include <string_view>

namespace officectl::io {

// Plain text from HTML (UTF-8): tags dropped, script and style left out, block
// elements (p, div, br, li, tr, headings) as line breaks, entities decoded
// (a no-break space as a space), runs of spaces and of blank lines collapsed,
// no line breaks at the ends.
std::string html_to_text(std::string_view html);

} // namespace officectl::io
