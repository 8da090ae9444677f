#pragma once
// Travel's SQL: the only place that reads or writes trip_trip, trip_traveller,
// trip_leg and trip_stay. The agenda entries and budget commitments a trip
// makes are the other domains', written through their interfaces (trip_plan).

#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"
#include "officectl/trip/trip.hpp"

#include <map>
#include <vector>

namespace officectl::trip {

const std::vector<store::Migration>& migrations();

std::int64_t add_trip(store::Txn& txn, const Trip& t);
void update_trip(store::Txn& txn, const Trip& t);
// Its legs and stays go with it.
void remove_trip(store::Txn& txn, const Trip& t);
// A no_input Error for an unknown id.
Trip get_trip(store::Database& db, std::int64_t id);
std::vector<Trip> list_trips(store::Database& db);

std::int64_t add_leg(store::Txn& txn, const Leg& l);
void update_leg(store::Txn& txn, const Leg& l);
void remove_leg(store::Txn& txn, const Leg& l);
Leg get_leg(store::Database& db, std::int64_t id);
// By departure.
std::vector<Leg> list_legs(store::Database& db, std::int64_t trip_id);

std::int64_t add_stay(store::Txn& txn, const Stay& s);
void update_stay(store::Txn& txn, const Stay& s);
void remove_stay(store::Txn& txn, const Stay& s);
Stay get_stay(store::Database& db, std::int64_t id);
// By check-in.
std::vector<Stay> list_stays(store::Database& db, std::int64_t trip_id);

// Every trip's legs and stays, by trip (for work over many trips).
std::map<std::int64_t, std::vector<Leg>> all_legs(store::Database& db);
std::map<std::int64_t, std::vector<Stay>> all_stays(store::Database& db);

// The trips under way at some time in [from, to), by first departure.
std::vector<std::int64_t> trips_between(store::Database& db, core::Instant from, core::Instant to);

} // namespace officectl::trip
