#pragma once
// What config.toml says about travel: the minimum connection before a leg of
// each mode (`trip.connection.flight = "2h"`) and the document types that are
// an ID (`trip.id_documents`).

#include "officectl/config/config.hpp"
#include "officectl/trip/trip_rules.hpp"

namespace officectl::trip {

// Throws a config Error (78) naming file and key for a bad value.
TripSettings load_trip_settings(const config::Config& config);
void add_trip_schema(config::Schema& schema);

} // namespace officectl::trip
