#include "officectl/render/render.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/text_width.hpp"
#include "officectl/core/visible_text.hpp"
#include "officectl/render/render_json.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace officectl::render {

// Defined in render_text.cpp, render_csv.cpp, render_md.cpp, render_json.cpp.
std::string render_text_table(const Table& table, const RenderOptions& o);
std::string render_csv_table(const Table& table, const RenderOptions& o);
std::string render_md_table(const Table& table, const RenderOptions& o);
std::string render_json_table(const Table& table, bool show_confidential);
std::string render_xlsx_table(const Table& table, const RenderOptions& o);   // render_xlsx.cpp
std::string render_xlsx_report(const Report& report, const RenderOptions& o); // render_xlsx.cpp
std::string render_html_table(const Table& table, const RenderOptions& o);   // render_html.cpp
std::string render_html_report(const Report& report, const RenderOptions& o); // render_html.cpp

std::string render_table(const Table& table, const RenderOptions& o) {
    bool machine = o.format == Format::csv || o.format == Format::json;
    if (machine && table.total_rows() > 0 && !o.totals) {
        return render_table(table.without_totals(), o);
    }
    switch (o.format) {
    case Format::table: return render_text_table(table, o);
    case Format::csv: return render_csv_table(table, o);
    case Format::md: return render_md_table(table, o);
    case Format::json: return render_json_table(table, o.show_confidential);
    case Format::json_schema: return json_schema_of_table(table);
    case Format::xlsx: return render_xlsx_table(table, o);
    case Format::html: return render_html_table(table, o);
    }
    return {};
}

std::string render_record(const Table& table, const RenderOptions& o) {
    if (o.format == Format::json_schema) {
        return json_schema_of_record(table);
    }
    if (table.rows().size() != 1 || o.format == Format::csv || o.format == Format::xlsx) {
        return render_table(table, o);
    }
    if (o.format == Format::html) { // a page of `field: value` rows
        Table record = table;
        record.vertical();
        return render_html_table(record, o);
    }
    const auto& row = table.rows().front();
    if (o.format == Format::json) {
        // The row's object, de-indented from its place in an array.
        std::string row = render_json_row(table, 0, o.show_confidential);
        std::string out;
        for (size_t i = 0; i < row.size(); ++i) {
            out += row[i];
            if (row[i] == '\n' && row.compare(i + 1, 2, "  ") == 0) {
                i += 2;
            }
        }
        return out + "\n";
    }
    int label_width = 0;
    for (size_t i = 0; i < row.size(); ++i) {
        if (!is_blank(row[i])) {
            label_width = std::max(label_width, core::display_width(table.columns()[i].name));
        }
    }
    std::string out;
    for (size_t i = 0; i < row.size(); ++i) {
        if (is_blank(row[i])) {
            continue;
        }
        const auto& name = table.columns()[i].name;
        auto value = core::visible_text(cell_text(row[i], o), true);
        if (o.format == Format::md) {
            out += fmt::format("- **{}**: {}\n", name, value);
        } else {
            out += fmt::format("{}:{}{}\n", name,
                               std::string(static_cast<size_t>(label_width - core::display_width(name) + 1), ' '), value);
        }
    }
    return out;
}

namespace {

std::string paragraph_text(const Paragraph& p, const RenderOptions& o) {
    return p.confidential && !o.show_confidential ? std::string("(confidential: --show-confidential shows it)") : p.text;
}

std::string underline(const std::string& text, char c, bool color) {
    auto title = core::visible_text(text, false);
    std::string rule(static_cast<size_t>(core::display_width(title)), c);
    return color ? fmt::format("\033[1m{}\033[0m\n{}\n", title, rule) : fmt::format("{}\n{}\n", title, rule);
}

std::string report_text(const Report& r, const RenderOptions& o) {
    std::string out = underline(r.title, '=', o.color);
    for (const auto& s : r.sections) {
        if (!s.title.empty()) { // an untitled section continues under the report's title
            out += fmt::format("\n{}", underline(s.title, '-', o.color));
        }
        for (const auto& b : s.blocks) {
            out += "\n";
            if (const auto* p = std::get_if<Paragraph>(&b)) {
                out += fmt::format("{}\n", core::visible_text(paragraph_text(*p, o), true));
            } else {
                const auto& t = std::get<Table>(b);
                if (!t.title().empty()) {
                    out += fmt::format("{}:\n", core::visible_text(t.title(), false));
                }
                out += t.is_vertical() ? render_record(t, o) : render_text_table(t, o);
            }
        }
    }
    return out;
}

std::string report_md(const Report& r, const RenderOptions& o) {
    std::string out = fmt::format("# {}\n", core::visible_text(r.title, false));
    for (const auto& s : r.sections) {
        if (!s.title.empty()) {
            out += fmt::format("\n## {}\n", core::visible_text(s.title, false));
        }
        for (const auto& b : s.blocks) {
            out += "\n";
            if (const auto* p = std::get_if<Paragraph>(&b)) {
                out += fmt::format("{}\n", core::visible_text(paragraph_text(*p, o), true));
            } else {
                const auto& t = std::get<Table>(b);
                if (!t.title().empty()) {
                    out += fmt::format("### {}\n\n", core::visible_text(t.title(), false));
                }
                out += t.is_vertical() ? render_record(t, o) : render_md_table(t, o);
            }
        }
    }
    return out;
}

std::string report_json(const Report& r, const RenderOptions& o) {
    nlohmann::ordered_json sections = nlohmann::ordered_json::array();
    for (const auto& s : r.sections) {
        nlohmann::ordered_json blocks = nlohmann::ordered_json::array();
        for (const auto& b : s.blocks) {
            if (const auto* p = std::get_if<Paragraph>(&b)) {
                blocks.push_back({{"type", "paragraph"}, {"text", paragraph_text(*p, o)}});
            } else {
                const auto& t = std::get<Table>(b);
                nlohmann::ordered_json cols = nlohmann::ordered_json::array();
                for (const auto& c : t.columns()) {
                    cols.push_back(c.name);
                }
                blocks.push_back({{"type", "table"}, {"title", t.title()}, {"columns", cols}, {"rows", table_json(o.totals ? t : t.without_totals(), o.show_confidential)}});
            }
        }
        sections.push_back({{"title", s.title}, {"blocks", blocks}});
    }
    nlohmann::ordered_json doc = {{"title", r.title}, {"sections", sections}};
    return doc.dump(2) + "\n";
}

} // namespace

std::string render_report(const Report& report, const RenderOptions& o) {
    switch (o.format) {
    case Format::table: return report_text(report, o);
    case Format::md: return report_md(report, o);
    case Format::json: return report_json(report, o);
    case Format::json_schema: return json_schema_of_report(report);
    case Format::xlsx: return render_xlsx_report(report, o);
    case Format::html: return render_html_report(report, o);
    case Format::csv: break;
    }
    throw usage_error("a report has several tables and cannot be CSV; use -o md, -o html, -o json or the default text");
}

} // namespace officectl::render
