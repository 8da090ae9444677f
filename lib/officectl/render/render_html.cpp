// -o html: one self-contained page for a listing or a report, meant to be read
// in a mail client as well as a browser. Every style is inline (Gmail and
// Outlook drop <style> blocks and never fetch anything): no scripts, no external
// resources, no classes. Numbers are right-aligned; a table's chart (table.hpp)
// is drawn as inline SVG, which mail clients show as an image would be.

#include "officectl/core/text_width.hpp"
#include "officectl/core/visible_text.hpp"
#include "officectl/render/render.hpp"
#include "officectl/render/svg_chart.hpp"

#include <fmt/format.h>

#include <string_view>

namespace officectl::render {
namespace {

constexpr std::string_view k_font = "font-family:Segoe UI,Helvetica,Arial,sans-serif;";
constexpr std::string_view k_body = "margin:0;padding:16px;color:#1f2328;background:#ffffff;";
constexpr std::string_view k_table = "border-collapse:collapse;margin:8px 0 16px 0;font-size:14px;";
constexpr std::string_view k_th = "padding:4px 10px;border-bottom:2px solid #57606a;background:#f6f8fa;white-space:nowrap;";
constexpr std::string_view k_td = "padding:4px 10px;border-bottom:1px solid #d0d7de;vertical-align:top;";
constexpr std::string_view k_record_th = "padding:4px 10px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top;white-space:nowrap;";
constexpr std::string_view k_total = "font-weight:bold;border-top:2px solid #57606a;";

bool is_number(ColumnType t) {
    return t == ColumnType::integer || t == ColumnType::decimal || t == ColumnType::money || t == ColumnType::duration;
}

std::string page(const std::string& title, const std::string& body, const RenderOptions& o) {
    return fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>{}</title>\n</head>\n<body style=\"{}{}\">\n{}</body>\n</html>\n",
                       core::language_code(o.language), html_escape(title), k_font, k_body, body);
}

// Text with its line breaks kept, control characters shown as symbols.
std::string html_text(const std::string& text) {
    std::string out;
    for (char c : html_escape(core::visible_text(text, true))) {
        if (c == '\n') {
            out += "<br>";
        } else {
            out += c;
        }
    }
    return out;
}

std::string table_html(const Table& table, const RenderOptions& o) {
    std::string out = fmt::format("<table style=\"{}\">\n<thead><tr>", k_table);
    for (const auto& c : table.columns()) {
        out += fmt::format("<th style=\"{}text-align:{}\">{}</th>", k_th, is_number(c.type) ? "right" : "left",
                           html_escape(c.name));
    }
    out += "</tr></thead>\n<tbody>\n";
    auto first_total = table.rows().size() - table.total_rows();
    for (size_t r = 0; r < table.rows().size(); ++r) {
        const auto& row = table.rows()[r];
        out += "<tr>";
        for (size_t i = 0; i < row.size(); ++i) {
            const auto& column = table.columns()[i];
            auto style = fmt::format("{}{}", k_td, r >= first_total ? k_total : "");
            auto text = cell_text(row[i], o);
            if (is_number(column.type)) {
                style += "text-align:right;white-space:nowrap;";
            } else if (core::display_width(text) <= 12) { // a date, a status, "<= 1.5": never broken
                style += "white-space:nowrap;";
            }
            if (const auto* marked = table.mark(r, i)) {
                style += marked_style(*marked);
            }
            auto svg = table.chart() ? sparkline_for(table, r, i) : std::string();
            out += fmt::format("<td style=\"{}\">{}</td>", style, svg.empty() ? html_text(text) : svg);
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
    if (table.chart()) {
        out += bar_chart_for(table, o);
    }
    return out;
}

std::string record_html(const Table& table, const RenderOptions& o) {
    std::string out = fmt::format("<table style=\"{}\">\n", k_table);
    const auto& row = table.rows().front();
    for (size_t i = 0; i < row.size(); ++i) {
        if (is_blank(row[i])) {
            continue;
        }
        out += fmt::format("<tr><th style=\"{}\">{}</th><td style=\"{}\">{}</td></tr>\n", k_record_th,
                           html_escape(table.columns()[i].name), k_td, html_text(cell_text(row[i], o)));
    }
    return out + "</table>\n";
}

std::string block_html(const Table& t, const RenderOptions& o) {
    std::string out;
    if (!t.title().empty()) {
        out += fmt::format("<h3 style=\"font-size:15px;margin:12px 0 4px 0\">{}</h3>\n", html_escape(t.title()));
    }
    return out + (t.is_vertical() && t.rows().size() == 1 ? record_html(t, o) : table_html(t, o));
}

} // namespace

std::string html_escape(std::string_view raw) {
    // Control characters and noncharacters as visible symbols first: an HTML
    // parser refuses them (and a title or a chart label is text from anyone).
    auto text = core::visible_text(raw, true);
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string render_html_table(const Table& table, const RenderOptions& o) {
    auto title = table.title().empty() ? std::string("officectl") : table.title();
    return page(title, block_html(table, o), o);
}

std::string render_html_report(const Report& r, const RenderOptions& o) {
    std::string body = fmt::format("<h1 style=\"font-size:22px;margin:0 0 8px 0\">{}</h1>\n", html_escape(r.title));
    for (const auto& s : r.sections) {
        if (!s.title.empty()) {
            body += fmt::format("<h2 style=\"font-size:18px;margin:20px 0 6px 0;border-bottom:1px solid #d0d7de\">{}</h2>\n",
                                html_escape(s.title));
        }
        for (const auto& b : s.blocks) {
            if (const auto* p = std::get_if<Paragraph>(&b)) {
                bool hidden = p->confidential && !o.show_confidential;
                body += fmt::format("<p style=\"margin:6px 0\">{}</p>\n",
                                    html_text(hidden ? "(confidential: --show-confidential shows it)" : p->text));
            } else {
                body += block_html(std::get<Table>(b), o);
            }
        }
    }
    return page(r.title, body, o);
}

} // namespace officectl::render
