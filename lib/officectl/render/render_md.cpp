// GitHub-flavoured Markdown tables; numbers right-aligned, pipes escaped.

#include "officectl/core/limits.hpp"
#include "officectl/core/text_width.hpp"
#include "officectl/core/visible_text.hpp"
#include "officectl/render/render.hpp"

namespace officectl::render {
namespace {

// A cell's text: control characters shown as symbols, at most k_cell_columns of it.
std::string cell_md(const std::string& text) {
    return core::truncate_to_width(core::visible_text(text, true), core::limits::k_cell_columns);
}

std::string escape_md(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '|') {
            out += "\\|";
        } else if (c == '\n') {
            out += "<br>";
        } else if (c != '\r') {
            out += c;
        }
    }
    return out;
}

} // namespace

std::string render_md_table(const Table& table, const RenderOptions& o) {
    std::string out = "|";
    std::string rule = "|";
    for (const auto& c : table.columns()) {
        out += " " + escape_md(c.name) + " |";
        bool right = c.type == ColumnType::integer || c.type == ColumnType::decimal || c.type == ColumnType::money || c.type == ColumnType::duration;
        rule += right ? " ---: |" : " --- |";
    }
    out += "\n" + rule + "\n";
    for (const auto& row : table.rows()) {
        out += "|";
        for (const auto& cell : row) {
            out += " " + escape_md(cell_md(cell_text(cell, o))) + " |";
        }
        out += "\n";
    }
    return out;
}

} // namespace officectl::render
