#pragma once
// The pieces of -o html (render_html.cpp): escaping, the colour of a marked
// cell, and a table's Chart as inline SVG. SVG inside the page, not an image
// file: nothing is fetched, and Gmail, Outlook on the web, Apple Mail and
// browsers draw it.
#include "officectl/render/render.hpp"

#include <string>
#include <string_view>

namespace officectl::render {

// & < > " ' as entities, control characters and noncharacters as visible
// symbols (core::visible_text): text anyone wrote, safe in a page.
std::string html_escape(std::string_view text);
// The inline style of a marked cell.
std::string_view marked_style(Mark m);
// The row's sparkline as an <svg>, when the table's chart is a sparkline drawn
// in `column`; empty otherwise (and for a row without a number). One number is a dot.
std::string sparkline_for(const Table& table, std::size_t row, std::size_t column);
// The table's bar chart as an <svg> (a group of bars per row, a legend for the
// columns); empty when its chart is no bar chart or it has no numbers.
std::string bar_chart_for(const Table& table, const RenderOptions& o);

} // namespace officectl::render
