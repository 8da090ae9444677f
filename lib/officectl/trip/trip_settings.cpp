#include "officectl/trip/trip_settings.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/period.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

namespace officectl::trip {

TripSettings load_trip_settings(const config::Config& config) {
    TripSettings s;
    for (const auto& [entry, path] : config.named_entries("trip.connection.")) {
        auto mode = parse_mode(path.first);
        if (!mode) {
            throw config_error(fmt::format("{}: {}: no such mode (train, flight, car, taxi, bus)", entry.origin, entry.key));
        }
        auto text = *config.get_string(entry.key);
        try {
            s.min_connection_minutes[*mode] = text == "0" ? 0 : core::parse_duration_minutes(text);
        } catch (const Error& e) {
            throw config_error(fmt::format("{}: {}: {}", entry.origin, entry.key, e.what()));
        }
    }
    if (auto ids = config.get_strings("trip.id_documents"); !ids.empty()) {
        s.id_documents.clear();
        for (const auto& id : ids) {
            s.id_documents.push_back(core::to_lower(core::trim(id)));
        }
    }
    return s;
}

void add_trip_schema(config::Schema& schema) {
    schema.push_back({"trip.connection.*", config::ValueKind::string, "",
                      "the least time to change before a leg of a mode: trip.connection.flight = \"2h\" (defaults: "
                      "flight 2h, train and bus 15m, car and taxi 0)"});
    schema.push_back({"trip.id_documents", config::ValueKind::string_list, "",
                      "dossier document types that are an ID for `trip check` (default: passport, paspoort, "
                      "passeport, identiteitskaart, id, eid, carte d'identité)"});
}

} // namespace officectl::trip
