#pragma once
// The kinds of dossier and their rules. Personnel, supplier, vehicle, project
// and insurance files are built in (Belgian practice, each term with its basis),
// so a store without config knows them; `[dossier.kind.NAME]` in config.toml
// overrides their keys or adds kinds.

#include "officectl/config/config.hpp"
#include "officectl/dossier/dossier.hpp"

#include <map>
#include <string>

namespace officectl::dossier {

using Kinds = std::map<std::string, Kind>;

const Kinds& builtin_kinds();
// The built-in kinds with config.toml's changes (whose values the schema has
// checked: a bad term, retention_from or action is a config Error at load).
Kinds load_kinds(const config::Config& config);
// Throws a data Error naming the known kinds when `name` is not one.
const Kind& kind_named(const Kinds& kinds, const std::string& name);
// dossier.copy: copy documents into the store's files folder unless told not to.
bool copy_by_default(const config::Config& config);
void add_dossier_schema(config::Schema& schema);

} // namespace officectl::dossier
