#pragma once
// Internal to render/: the JSON value of a table, shared by the table and report renderers.

#include "officectl/render/report.hpp"
#include "officectl/render/table.hpp"

#include <nlohmann/json.hpp>

namespace officectl::render {

nlohmann::ordered_json table_json(const Table& table, bool show_confidential);
// One row as a JSON object, indented as an element of a table's array.
std::string render_json_row(const Table& table, size_t row, bool show_confidential);

// The JSON Schema of a table's, a record's, a report's JSON (render_json_schema.cpp).
std::string json_schema_of_table(const Table& table);
std::string json_schema_of_record(const Table& table);
std::string json_schema_of_report(const Report& report);

} // namespace officectl::render
