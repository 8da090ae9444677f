#pragma once
// Travel as Tables and Reports: the trips, one trip with its legs, stays and
// costs, the itinerary day by day (each time in its own zone) for a manager to
// print, the check's findings, and the weekly section.

#include "officectl/render/report.hpp"
#include "officectl/trip/trip_rules.hpp"
#include "officectl/trip/trip_store.hpp"

namespace officectl::trip {

render::Table trips_table(store::Database& db, const std::vector<Trip>& trips);
render::Report trip_report(store::Database& db, const Trip& trip);
render::Report itinerary(store::Database& db, const Trip& trip);
render::Report check_report(const Trip& trip, const std::vector<std::string>& findings);
// Trips under way this week and next, with their findings.
render::Section trip_weekly_section(store::Database& db, const TripSettings& settings, core::DateRange week,
                                    const std::string& zone);

} // namespace officectl::trip
