#pragma once
// Renderers for Table and Report. The output is a string; printing it is the
// app's job.

#include "officectl/core/language.hpp"
#include "officectl/render/report.hpp"
#include "officectl/render/table.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace officectl::render {

// json_schema: the JSON Schema of what json prints (render_json_schema.cpp).
// xlsx: an Excel workbook, bytes for a file (render_xlsx.cpp).
// html: one self-contained page with inline styles and SVG charts (render_html.cpp).
enum class Format { table, csv, md, json, json_schema, xlsx, html };
inline constexpr core::Choices<Format, 7> formats{{{{Format::table, "table"},
                                                   {Format::csv, "csv"},
                                                   {Format::md, "md"},
                                                   {Format::html, "html"},
                                                   {Format::json, "json"},
                                                   {Format::json_schema, "json-schema"},
                                                   {Format::xlsx, "xlsx"}}}};

std::optional<Format> parse_format(std::string_view name);

struct RenderOptions {
    Format format = Format::table;
    bool color = false;          // bold headers (table format only)
    int width = 0;               // terminal columns; 0: never truncate
    char csv_separator = ',';    // `;` also switches CSV money to a decimal comma
    core::Language language = core::Language::nl;
    std::string currency = "EUR"; // money in another currency shows its code in CSV
    std::string zone;             // date-times in another zone show it in text output
    bool show_confidential = false; // Secret cells show their value instead of "(confidential)"
    bool totals = false;            // CSV and JSON keep a table's rows of totals (--totals)
    // CSV for Excel (--excel): a UTF-8 BOM (else Excel reads "Chloé" as
    // Windows-1252), CRLF, and text that Excel would take for a formula (=, +,
    // -, @, a tab or CR first) prefixed with ' so that opening the file never
    // runs one. The app sets ';' as the separator with it (a decimal comma then).
    bool excel = false;
};

// Table format: columns aligned by display width, numbers right-aligned, an
// underlined header, text cut with `…` to fit `width`. CSV: RFC 4180 quoting,
// header row, LF line ends (for Excel: see RenderOptions::excel). Markdown: a GitHub table, pipes escaped. JSON: an
// array of objects with typed values (see render_json.cpp for the mapping).
std::string render_table(const Table& table, const RenderOptions& options);
// xlsx: a workbook (binary), one sheet per table, typed cells; libxlsxwriter is
// loaded then (an unavailable Error, exit 69, when it is missing).
// Reports render as text (Format::table), md, html, json or xlsx (a first sheet
// of its sentences, then a sheet per table); CSV is refused (usage Error).
// html: a page with no scripts and no external resources, every style inline,
// numbers right-aligned, marked cells coloured, a table's Chart drawn in SVG.
std::string render_report(const Report& report, const RenderOptions& options);

// One record (a table's single row) for `show`: in table and md format a
// vertical list of `field: value` lines (empty fields left out); in JSON one
// object; in CSV the one-row table.
std::string render_record(const Table& table, const RenderOptions& options);

// One cell as plain text, as the table and Markdown renderers show it.
std::string cell_text(const Cell& cell, const RenderOptions& options);

} // namespace officectl::render
