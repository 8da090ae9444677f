#include "officectl/render/table.hpp"

#include <stdexcept>

namespace officectl::render {

Table& Table::column(std::string name, ColumnType type) {
    m_columns.push_back({std::move(name), type});
    return *this;
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

} // namespace officectl::render
