#pragma once
// Internal to render/: the JSON value of a table, shared by the table and report renderers.

#include "officectl/render/table.hpp"

#include <nlohmann/json.hpp>

namespace officectl::render {

nlohmann::ordered_json table_json(const Table& table, bool show_confidential);
// One row as a JSON object, indented as an element of a table's array.
std::string render_json_row(const Table& table, size_t row, bool show_confidential);

} // namespace officectl::render
