#include "officectl/render/svg_chart.hpp"

#include "officectl/core/text_width.hpp"
#include "officectl/core/visible_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace officectl::render {
namespace {

// Colour-blind safe (Okabe and Ito).
constexpr std::array<std::string_view, 4> k_colours{"#0072B2", "#E69F00", "#009E73", "#CC79A7"};

std::optional<double> number(const Cell& cell) {
    if (const auto* i = std::get_if<std::int64_t>(&cell)) {
        return static_cast<double>(*i);
    }
    if (const auto* d = std::get_if<double>(&cell)) {
        return std::isfinite(*d) ? std::optional<double>(*d) : std::nullopt;
    }
    if (const auto* m = std::get_if<core::Money>(&cell)) {
        return static_cast<double>(m->cents) / 100.0;
    }
    if (const auto* m = std::get_if<Minutes>(&cell)) {
        return m->value / 60.0; // hours
    }
    return std::nullopt;
}

std::vector<std::size_t> indices(const Table& table, const std::vector<std::string>& names) {
    std::vector<std::size_t> out;
    for (const auto& n : names) {
        if (auto i = table.column_index(n)) {
            out.push_back(*i);
        }
    }
    return out;
}

std::string coordinate(double v) { return fmt::format("{:.1f}", v); }

} // namespace

std::string_view marked_style(Mark m) {
    switch (m) {
    case Mark::late: return "color:#b42318;font-weight:bold;";
    case Mark::off_target: return "color:#b42318;font-weight:bold;background:#fef3f2;";
    case Mark::ok: return "color:#067647;";
    }
    return "";
}

std::string sparkline_for(const Table& table, std::size_t row, std::size_t column) {
    const auto& chart = table.chart();
    if (!chart || chart->kind != Chart::Kind::sparkline || table.column_index(chart->in_column) != column) {
        return {};
    }
    std::vector<std::optional<double>> values;
    for (auto i : indices(table, chart->values)) {
        values.push_back(number(table.rows()[row][i]));
    }
    std::vector<double> known;
    for (const auto& v : values) {
        if (v) {
            known.push_back(*v);
        }
    }
    if (known.empty()) {
        return {};
    }
    auto [lo, hi] = std::minmax_element(known.begin(), known.end());
    double span = *hi - *lo;
    constexpr double width = 90, height = 20, pad = 2;
    double step = values.size() > 1 ? (width - 2 * pad) / static_cast<double>(values.size() - 1) : 0;
    std::string points;
    std::string last;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            continue;
        }
        double y = span == 0 ? height / 2 : pad + (height - 2 * pad) * (1 - (*values[i] - *lo) / span);
        last = fmt::format("{},{}", coordinate(pad + step * static_cast<double>(i)), coordinate(y));
        points += (points.empty() ? "" : " ") + last;
    }
    auto comma = last.find(',');
    return fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
                       "role=\"img\"><polyline fill=\"none\" stroke=\"{2}\" stroke-width=\"1.5\" points=\"{3}\"/>"
                       "<circle cx=\"{4}\" cy=\"{5}\" r=\"2\" fill=\"{2}\"/></svg>",
                       width, height, k_colours[0], points, last.substr(0, comma), last.substr(comma + 1));
}

std::string bar_chart_for(const Table& table, const RenderOptions& o) {
    const auto& chart = table.chart();
    if (!chart || chart->kind != Chart::Kind::bars) {
        return {};
    }
    auto columns = indices(table, chart->values);
    auto label = table.column_index(chart->label);
    if (columns.empty() || !label) {
        return {};
    }
    std::size_t rows = table.rows().size() - table.total_rows();
    double top = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        for (auto c : columns) {
            top = std::max(top, number(table.rows()[r][c]).value_or(0));
        }
    }
    if (rows == 0 || top <= 0) {
        return {};
    }
    constexpr double label_width = 210, plot_width = 360, bar = 10, gap = 8, legend = 22;
    double group = bar * static_cast<double>(columns.size()) + gap;
    double height = legend + group * static_cast<double>(rows);
    std::string out = fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
                                  "viewBox=\"0 0 {0} {1}\" role=\"img\" style=\"font-family:Segoe UI,Helvetica,Arial,"
                                  "sans-serif;font-size:11px;margin:0 0 16px 0\">",
                                  label_width + plot_width + 80, coordinate(height));
    double x = label_width;
    for (std::size_t k = 0; k < columns.size(); ++k) {
        const auto& name = table.columns()[columns[k]].name;
        out += fmt::format("<rect x=\"{}\" y=\"4\" width=\"10\" height=\"10\" fill=\"{}\"/>"
                           "<text x=\"{}\" y=\"13\" fill=\"#1f2328\">{}</text>",
                           coordinate(x), k_colours[k % k_colours.size()], coordinate(x + 14), html_escape(name));
        x += 24 + 7 * static_cast<double>(name.size());
    }
    for (std::size_t r = 0; r < rows; ++r) {
        double y = legend + group * static_cast<double>(r);
        // Cut by display width, never inside a character.
        auto name = core::truncate_to_width(core::visible_text(cell_text(table.rows()[r][*label], o), false), 34);
        out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#1f2328\">{}</text>",
                           coordinate(label_width - 6), coordinate(y + group / 2 + 3), html_escape(name));
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const auto& cell = table.rows()[r][columns[k]];
            double v = std::max(0.0, number(cell).value_or(0));
            double w = plot_width * v / top;
            double by = y + bar * static_cast<double>(k);
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>", coordinate(label_width),
                               coordinate(by), coordinate(w), bar - 1, k_colours[k % k_colours.size()]);
            out += fmt::format("<text x=\"{}\" y=\"{}\" fill=\"#57606a\">{}</text>", coordinate(label_width + w + 4),
                               coordinate(by + bar - 1), html_escape(cell_text(cell, o)));
        }
    }
    return out + "</svg>\n";
}

} // namespace officectl::render
