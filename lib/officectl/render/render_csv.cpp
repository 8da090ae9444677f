// RFC 4180 CSV: a header row, fields quoted when they hold the separator, a
// quote, a line break or edge spaces; quotes doubled. LF line ends.

#include "officectl/render/render.hpp"

namespace officectl::render {
namespace {

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
    std::string out;
    auto line = [&](const std::vector<std::string>& fields) {
        for (size_t i = 0; i < fields.size(); ++i) {
            if (i > 0) {
                out += o.csv_separator;
            }
            out += quote_field(fields[i], o.csv_separator);
        }
        out += '\n';
    };
    std::vector<std::string> header;
    for (const auto& c : table.columns()) {
        header.push_back(c.name);
    }
    line(header);
    for (const auto& row : table.rows()) {
        std::vector<std::string> fields;
        for (const auto& cell : row) {
            fields.push_back(cell_text(cell, o));
        }
        line(fields);
    }
    return out;
}

} // namespace officectl::render
