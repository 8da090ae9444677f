#pragma once
// The top of the library: what every domain contributes to the whole. Adding a
// domain adds its migrations and config keys here, in the declared order.

#include "officectl/config/config.hpp"
#include "officectl/config/schema.hpp"
#include "officectl/store/catalog.hpp"
#include "officectl/store/migrations.hpp"

#include <vector>

namespace officectl {

// Every domain's migrations, in the order they must apply.
const std::vector<store::Migration>& all_migrations();
// Every domain's entities: names, labels, confidential columns, files, indexes.
const store::Catalog& catalog();
// Every key config.toml may hold.
const config::Schema& config_schema();
// Checks what the schema's types cannot: the domains' own reading of their keys
// (a mail rule's regular expression). A config Error (78) naming file and line.
void validate_config(const config::Config& config);

} // namespace officectl
