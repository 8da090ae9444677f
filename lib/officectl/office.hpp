#pragma once
// The top of the library: what every domain contributes to the whole. Adding a
// domain adds its migrations and config keys here, in the declared order.

#include "officectl/config/schema.hpp"
#include "officectl/store/migrations.hpp"

#include <vector>

namespace officectl {

// Every domain's migrations, in the order they must apply.
const std::vector<store::Migration>& all_migrations();
// Every key config.toml may hold.
const config::Schema& config_schema();

} // namespace officectl
