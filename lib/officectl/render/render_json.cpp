// JSON output, stable for scripts:
//   text -> string, integer and decimal -> number, bool -> true/false, empty -> null,
//   date -> "2026-12-01", date-time -> "2026-12-01T10:00:00+01:00" (its own zone's
//   offset), duration -> number of minutes,
//   money -> {"amount": "1234.56", "currency": "EUR"} (a decimal string: exact),
//   json -> the value itself, list -> an array of strings.
// Tables are written directly (no document tree): listings of many thousands of
// rows stay close to the cost of the query.

#include "officectl/core/datetime.hpp"
#include "officectl/core/visible_text.hpp"
#include "officectl/render/render.hpp"
#include "officectl/render/render_json.hpp"

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace officectl::render {
namespace {

// A JSON string literal (RFC 8259): quotes, backslashes and control characters
// escaped; UTF-8 passes through byte for byte, and a byte that is not UTF-8
// becomes U+FFFD (JSON is UTF-8: a parser refused the whole output).
void append_string(std::string& out, std::string_view text) {
    std::string repaired;
    auto s = text;
    if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
        repaired = core::repaired_utf8(text);
        s = repaired;
    }
    out += '"';
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// Appends `text` re-indented by `indent` spaces after each line break.
void append_indented(std::string& out, const std::string& text, int indent) {
    for (char c : text) {
        out += c;
        if (c == '\n') {
            out.append(static_cast<size_t>(indent), ' ');
        }
    }
}

void append_cell(std::string& out, const Cell& cell, ColumnType type, bool show_confidential) {
    struct Visitor {
        std::string& out;
        ColumnType type;
        bool show_confidential;
        void operator()(std::monostate) const { out += type == ColumnType::list ? "[]" : "null"; }
        void operator()(const std::string& s) const {
            if (type == ColumnType::json) {
                auto value = nlohmann::ordered_json::parse(s, nullptr, false);
                if (!value.is_discarded()) {
                    append_indented(out, value.dump(2), 4);
                    return;
                }
            }
            append_string(out, s);
        }
        void operator()(std::int64_t v) const { out += std::to_string(v); }
        void operator()(double v) const { out += std::isfinite(v) ? fmt::format("{}", v) : "null"; }
        void operator()(core::Date d) const { append_string(out, core::format_date(d)); }
        void operator()(const core::ZonedInstant& zi) const { append_string(out, core::format_iso_offset(zi)); }
        void operator()(Minutes m) const { out += std::to_string(m.value); }
        void operator()(const core::Money& m) const {
            out += "{\"amount\": ";
            append_string(out, core::money_decimal(m));
            out += ", \"currency\": ";
            append_string(out, m.currency);
            out += '}';
        }
        void operator()(bool b) const { out += b ? "true" : "false"; }
        void operator()(const Secret& s) const { (*this)(show_confidential ? s.value : s.masked); }
        void operator()(const List& l) const {
            out += '[';
            for (size_t i = 0; i < l.items.size(); ++i) {
                out += i == 0 ? "" : ", ";
                append_string(out, l.items[i]);
            }
            out += ']';
        }
        void operator()(const Structured& s) const {
            auto value = nlohmann::ordered_json::parse(s.json, nullptr, false);
            if (value.is_discarded()) {
                append_string(out, s.text);
            } else {
                append_indented(out, value.dump(2), 4);
            }
        }
    };
    std::visit(Visitor{out, type, show_confidential}, cell);
}

} // namespace

std::string render_json_row(const Table& table, size_t row, bool show_confidential) {
    std::string out = "{";
    const auto& cells = table.rows()[row];
    for (size_t i = 0; i < cells.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        append_string(out, table.columns()[i].name);
        out += ": ";
        append_cell(out, cells[i], table.columns()[i].type, show_confidential);
    }
    out += cells.empty() ? "}" : "\n  }";
    return out;
}

std::string List::json() const {
    std::string out;
    append_cell(out, Cell{*this}, ColumnType::list, false);
    return out;
}

std::string render_json_table(const Table& table, bool show_confidential) {
    if (table.rows().empty()) {
        return "[]\n";
    }
    std::string out = "[";
    for (size_t r = 0; r < table.rows().size(); ++r) {
        out += r == 0 ? "\n  " : ",\n  ";
        out += render_json_row(table, r, show_confidential);
    }
    out += "\n]\n";
    return out;
}

nlohmann::ordered_json table_json(const Table& table, bool show_confidential) {
    return nlohmann::ordered_json::parse(render_json_table(table, show_confidential));
}

} // namespace officectl::render
