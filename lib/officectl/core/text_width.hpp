#pragma once
// Display width of UTF-8 text in terminal columns (through utf8proc): wide CJK
// characters take two, combining marks none. Invalid bytes count as one column.

#include <string>
#include <string_view>

namespace officectl::core {

int display_width(std::string_view utf8);
// Cuts text to at most `width` columns, ending in `…` when something was cut.
std::string truncate_to_width(std::string_view utf8, int width);

} // namespace officectl::core
