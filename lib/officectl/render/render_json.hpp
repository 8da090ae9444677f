#pragma once
// Internal to render/: the JSON value of a table, shared by the table and report renderers.

#include "officectl/render/table.hpp"

#include <nlohmann/json.hpp>

namespace officectl::render {

nlohmann::ordered_json table_json(const Table& table);

} // namespace officectl::render
