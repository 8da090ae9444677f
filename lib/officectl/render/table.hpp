#pragma once
// Every listing is a Table: named, typed columns and rows of cells. Renderers
// turn it into an aligned terminal table, CSV, Markdown or JSON; nothing else in
// officectl formats output by hand.

#include "officectl/core/datetime.hpp"
#include "officectl/core/money.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace officectl::render {

// `json` cells hold JSON text (or a Structured value): embedded as a value in JSON
// output, shown as text elsewhere. `list` cells hold a List: a JSON array of
// strings, shown joined by ", " elsewhere.
enum class ColumnType { text, integer, decimal, date, datetime, duration, money, boolean, json, list };

struct Column {
    std::string name; // also the JSON key: lower case, words joined by `_`
    ColumnType type = ColumnType::text;
    std::string schema; // a `json` column: the JSON Schema of its values (-o json-schema); empty: any value
};

// A length of time in minutes (a ColumnType::duration cell).
struct Minutes {
    int value = 0;
    friend bool operator==(const Minutes&, const Minutes&) = default;
};

// A confidential value: every renderer shows `masked` ("(confidential)") unless
// the user asked for --show-confidential (RenderOptions::show_confidential). A
// view marks what is confidential; whether it is shown is decided here, once.
struct Secret {
    std::string value;
    std::string masked = "(confidential)";
    friend bool operator==(const Secret&, const Secret&) = default;
};

// Several values of one kind (people, tags, missing documents): a JSON array.
struct List {
    std::vector<std::string> items;
    std::string json() const; // the JSON array (render_json.cpp)
    friend bool operator==(const List&, const List&) = default;
};

// A value with a shape of its own (a span of time): `text` for people in the
// table, CSV and Markdown; `json` (JSON text) for machines.
struct Structured {
    std::string text;
    std::string json;
    friend bool operator==(const Structured&, const Structured&) = default;
};

// std::monostate is an empty cell (JSON null).
using Cell = std::variant<std::monostate, std::string, std::int64_t, double, core::Date, core::ZonedInstant,
                          Minutes, core::Money, bool, Secret, List, Structured>;

// A cell that asks for attention: overdue, off target. -o html colours it; the
// other formats show the value as it is (the table says it in words already).
enum class Mark { late, off_target, ok };

// A chart of a table's own numbers, drawn by -o html as inline SVG (the other
// formats have the numbers themselves).
struct Chart {
    enum class Kind {
        sparkline, // each row's `values` as a small line, drawn in its `in_column` cell
        bars,      // one group of bars per row (labelled by `label`), one bar per column of `values`
    };
    Kind kind = Kind::bars;
    std::vector<std::string> values; // column names, in order
    std::string label;               // bars: the column naming each row
    std::string in_column;           // sparkline: the column whose cell the line replaces
};

class Table {
public:
    Table() = default;
    explicit Table(std::string title) : m_title(std::move(title)) {}

    Table& column(std::string name, ColumnType type = ColumnType::text, std::string schema = {});
    // Throws std::logic_error when the row does not have one cell per column.
    void add_row(std::vector<Cell> cells);
    // A row of totals, after the data rows: shown in the table and Markdown; left out
    // of CSV and JSON (data rows only) unless the user asks with --totals.
    void add_total_row(std::vector<Cell> cells);
    std::size_t total_rows() const { return m_total_rows; }
    // The table without its rows of totals.
    Table without_totals() const;

    const std::string& title() const { return m_title; }
    // A one-row table shown as `field: value` lines inside a report (see render_record).
    Table& vertical(bool v = true) {
        m_vertical = v;
        return *this;
    }
    bool is_vertical() const { return m_vertical; }
    const std::vector<Column>& columns() const { return m_columns; }
    const std::vector<std::vector<Cell>>& rows() const { return m_rows; }
    bool empty() const { return m_rows.empty(); }
    // Keeps the first `n` rows; returns how many were dropped.
    std::size_t keep_first(std::size_t n);

    // The cell at `row` (counted from 0, as added), `column` (by name) asks for
    // attention. Throws std::logic_error for a column the table does not have.
    void mark(std::size_t row, const std::string& column, Mark m);
    const Mark* mark(std::size_t row, std::size_t column) const;
    Table& chart(Chart c) {
        m_chart = std::move(c);
        return *this;
    }
    const std::optional<Chart>& chart() const { return m_chart; }
    // The index of the column named `name`; nullopt when there is none.
    std::optional<std::size_t> column_index(const std::string& name) const;

private:
    std::string m_title; // shown above the table inside a report
    bool m_vertical = false;
    std::vector<Column> m_columns;
    std::vector<std::vector<Cell>> m_rows;
    std::size_t m_total_rows = 0; // the last rows of m_rows
    std::map<std::pair<std::size_t, std::size_t>, Mark> m_marks;
    std::optional<Chart> m_chart;
};

// Nothing to show: an empty cell, an empty List, a Structured value without text.
bool is_blank(const Cell& cell);

// The value as a Secret when `confidential`, as itself otherwise; empty stays empty.
Cell secret_if(bool confidential, const std::optional<std::string>& value);
Cell secret_if(bool confidential, const std::string& value);

// Helpers for optional values.
template <typename T> Cell cell_or_empty(const std::optional<T>& v) {
    if (v) {
        return Cell{*v};
    }
    return Cell{};
}

} // namespace officectl::render
