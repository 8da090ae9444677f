#include "officectl/render/table.hpp"

#include <stdexcept>

namespace officectl::render {

bool is_blank(const Cell& cell) {
    if (const auto* l = std::get_if<List>(&cell)) {
        return l->items.empty();
    }
    if (const auto* s = std::get_if<Structured>(&cell)) {
        return s->text.empty();
    }
    return std::holds_alternative<std::monostate>(cell);
}

Table& Table::column(std::string name, ColumnType type, std::string schema) {
    m_columns.push_back({std::move(name), type, std::move(schema)});
    return *this;
}

void Table::add_total_row(std::vector<Cell> cells) {
    add_row(std::move(cells));
    ++m_total_rows;
}

Table Table::without_totals() const {
    Table t = *this;
    t.m_rows.resize(m_rows.size() - m_total_rows);
    t.m_total_rows = 0;
    return t;
}

void Table::add_row(std::vector<Cell> cells) {
    if (cells.size() != m_columns.size()) {
        throw std::logic_error("Table::add_row: " + std::to_string(cells.size()) + " cells for " +
                               std::to_string(m_columns.size()) + " columns");
    }
    m_rows.push_back(std::move(cells));
}

std::size_t Table::keep_first(std::size_t n) {
    if (m_rows.size() <= n) {
        return 0;
    }
    auto dropped = m_rows.size() - n;
    auto data_rows = m_rows.size() - m_total_rows;
    m_total_rows = n > data_rows ? n - data_rows : 0;
    m_rows.resize(n);
    return dropped;
}

Cell secret_if(bool confidential, const std::optional<std::string>& value) {
    if (!value) {
        return Cell{};
    }
    return secret_if(confidential, *value);
}

Cell secret_if(bool confidential, const std::string& value) {
    if (confidential) {
        return Secret{value};
    }
    return Cell{value};
}

std::optional<std::size_t> Table::column_index(const std::string& name) const {
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].name == name) {
            return i;
        }
    }
    return std::nullopt;
}

void Table::mark(std::size_t row, const std::string& column, Mark m) {
    auto i = column_index(column);
    if (!i) {
        throw std::logic_error("Table::mark: no column " + column);
    }
    m_marks[{row, *i}] = m;
}

const Mark* Table::mark(std::size_t row, std::size_t column) const {
    auto it = m_marks.find({row, column});
    return it == m_marks.end() ? nullptr : &it->second;
}

} // namespace officectl::render
