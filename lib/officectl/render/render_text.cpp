// The terminal table: aligned by display width, numbers right-aligned.

#include "officectl/core/limits.hpp"
#include "officectl/core/text_width.hpp"
#include "officectl/core/visible_text.hpp"
#include "officectl/render/render.hpp"

#include <algorithm>

namespace officectl::render {
namespace {

constexpr int k_gap = 2;     // spaces between columns
constexpr int k_min_cut = 8; // never cut a column below this many columns

bool right_aligned(ColumnType t) {
    return t == ColumnType::integer || t == ColumnType::decimal || t == ColumnType::money || t == ColumnType::duration;
}

std::string pad(const std::string& s, int width, bool right) {
    int fill = std::max(0, width - core::display_width(s));
    return right ? std::string(fill, ' ') + s : s + std::string(fill, ' ');
}

void rstrip(std::string& line) {
    while (!line.empty() && line.back() == ' ') {
        line.pop_back();
    }
}

// Text cells may hold line breaks; a terminal row shows them as spaces, other
// control characters as symbols, and at most k_cell_columns of it.
std::string one_line(std::string s) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    std::replace(s.begin(), s.end(), '\r', ' ');
    std::replace(s.begin(), s.end(), '\t', ' ');
    return core::truncate_to_width(core::visible_text(s, false), core::limits::k_cell_columns);
}

} // namespace

std::string render_text_table(const Table& table, const RenderOptions& o) {
    const auto& cols = table.columns();
    std::vector<std::vector<std::string>> cells;
    std::vector<int> widths;
    for (const auto& c : cols) {
        widths.push_back(core::display_width(c.name));
    }
    for (const auto& row : table.rows()) {
        std::vector<std::string> line;
        for (size_t i = 0; i < row.size(); ++i) {
            line.push_back(one_line(cell_text(row[i], o)));
            widths[i] = std::max(widths[i], core::display_width(line.back()));
        }
        cells.push_back(std::move(line));
    }
    // Too wide for the terminal: narrow the widest text column, one column at a time.
    if (o.width > 0 && !cols.empty()) {
        auto total = [&] {
            int t = k_gap * static_cast<int>(cols.size() - 1);
            for (int w : widths) {
                t += w;
            }
            return t;
        };
        while (total() > o.width) {
            int widest = -1;
            for (size_t i = 0; i < cols.size(); ++i) {
                if (cols[i].type == ColumnType::text && widths[i] > k_min_cut &&
                    (widest < 0 || widths[i] > widths[widest])) {
                    widest = static_cast<int>(i);
                }
            }
            if (widest < 0) {
                break;
            }
            --widths[widest];
        }
    }
    std::string out;
    auto emit = [&](const std::vector<std::string>& line, bool header) {
        std::string text;
        for (size_t i = 0; i < cols.size(); ++i) {
            auto value = core::truncate_to_width(line[i], widths[i]);
            text += pad(value, widths[i], !header && right_aligned(cols[i].type));
            if (i + 1 < cols.size()) {
                text += std::string(k_gap, ' ');
            }
        }
        rstrip(text);
        out += (header && o.color) ? "\033[1m" + text + "\033[0m\n" : text + "\n";
    };
    std::vector<std::string> header, rule;
    for (size_t i = 0; i < cols.size(); ++i) {
        header.push_back(cols[i].name);
        rule.push_back(std::string(static_cast<size_t>(widths[i]), '-'));
    }
    emit(header, true);
    emit(rule, false);
    for (const auto& line : cells) {
        emit(line, false);
    }
    return out;
}

} // namespace officectl::render
