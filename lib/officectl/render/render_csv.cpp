// RFC 4180 CSV: a header row, fields quoted when they hold the separator, a
// quote, a line break or edge spaces; quotes doubled. LF line ends; for Excel a
// BOM, CRLF and formula-like text made inert (RenderOptions::excel).

#include "officectl/render/render.hpp"

#include <variant>

namespace officectl::render {
namespace {

// Free text (not a number, a date or an amount) that a spreadsheet would read
// as a formula: "=HYPERLINK(...)", "+32 2 ...", "-- note", "@SUM(...)". OWASP's
// CSV injection advice: a leading ' makes Excel and LibreOffice keep it text.
bool is_text(const Cell& cell) {
    return std::holds_alternative<std::string>(cell) || std::holds_alternative<Secret>(cell) ||
           std::holds_alternative<List>(cell) || std::holds_alternative<Structured>(cell);
}

std::string inert(std::string text) {
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
        text.insert(0, 1, '\'');
    }
    return text;
}

std::string quote_field(const std::string& s, char sep) {
    bool needs = s.find_first_of(std::string{sep, '"', '\n', '\r'}) != std::string::npos ||
                 (!s.empty() && (s.front() == ' ' || s.back() == ' '));
    if (!needs) {
        return s;
    }
    std::string out = "\"";
    for (char c : s) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

} // namespace

std::string render_csv_table(const Table& table, const RenderOptions& o) {
    std::string out = o.excel ? "\xEF\xBB\xBF" : "";
    auto line = [&](const std::vector<std::string>& fields) {
        for (size_t i = 0; i < fields.size(); ++i) {
            if (i > 0) {
                out += o.csv_separator;
            }
            out += quote_field(fields[i], o.csv_separator);
        }
        out += o.excel ? "\r\n" : "\n";
    };
    std::vector<std::string> header;
    for (const auto& c : table.columns()) {
        header.push_back(c.name);
    }
    line(header);
    for (const auto& row : table.rows()) {
        std::vector<std::string> fields;
        for (const auto& cell : row) {
            fields.push_back(o.excel && is_text(cell) ? inert(cell_text(cell, o)) : cell_text(cell, o));
        }
        line(fields);
    }
    return out;
}

} // namespace officectl::render
