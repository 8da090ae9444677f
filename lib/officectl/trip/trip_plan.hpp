#pragma once
// A trip against the rest of the store: its legs take the travellers' time in
// the agenda (an appointment per leg, so `agenda list`, `agenda free` and the
// clash check see them), its costs are committed on the trip's budget line, and
// the check reads the travellers' appointments, leave and ID documents.

#include "officectl/core/calendar.hpp"
#include "officectl/trip/trip_rules.hpp"
#include "officectl/trip/trip_store.hpp"

namespace officectl::trip {

// Stores the leg with its agenda entry and, when the trip has a budget line and
// the leg a cost, its commitment. Returns the leg's id.
std::int64_t plan_leg(store::Txn& txn, const Trip& trip, Leg leg);
// Writes a corrected leg (`trip leg edit`; `was` is the leg as stored). Its agenda
// entry follows: the same entry, moved and retitled (its sequence raised, so a
// calendar that has it updates it). A changed cost cancels the open commitment and
// commits the new cost; a commitment invoiced already is refused (a data Error
// naming it). The caller checks the leg (check_leg).
void replan_leg(store::Txn& txn, const Trip& trip, const Leg& was, Leg leg);
// The agenda's day warnings for a leg (a weekend, a public holiday or closing
// day, a traveller's day off), in the zone it departs from: travelling then is
// booked all the same, but worth a word. For an edit (`was`), only new ones.
std::vector<std::string> leg_day_warnings(store::Database& db, const Trip& trip, const Leg& leg, const Leg* was,
                                          const core::Calendar& calendar);
// Takes the leg off the agenda, cancels its commitment, removes it.
void unplan_leg(store::Txn& txn, const Leg& leg);
std::int64_t plan_stay(store::Txn& txn, const Trip& trip, Stay stay);
void unplan_stay(store::Txn& txn, const Stay& stay);
// After the trip's title or travellers changed: its legs' agenda entries follow.
void replan_trip(store::Txn& txn, const Trip& trip);
// The trip with its legs, stays, agenda entries and open commitments.
void remove_planned_trip(store::Txn& txn, const Trip& trip);

// The findings of `find_problems` for a stored trip.
std::vector<std::string> check_trip(store::Database& db, const Trip& trip, const TripSettings& settings);
// The same for many trips, reading the agenda, leave and IDs they share once.
std::vector<std::vector<std::string>> check_trips(store::Database& db, const std::vector<Trip>& trips,
                                                  const TripSettings& settings);

// The appointment title a leg gets in the agenda.
std::string leg_title(const Trip& trip, const Leg& leg);

} // namespace officectl::trip
