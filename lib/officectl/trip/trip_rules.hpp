#pragma once
// The trip rules as plain functions over a trip's legs and stays and what the
// rest of the store says about its travellers: legs that connect in place and
// in time (a minimum connection per mode), a stay for every night not spent
// travelling, nothing overlapping the travellers' appointments or leave, an ID
// valid through the trip. Each finding is one line.

#include "officectl/core/dates.hpp"
#include "officectl/core/period.hpp"
#include "officectl/trip/trip.hpp"

#include <map>
#include <string>
#include <vector>

namespace officectl::trip {

// Refuses (data Error) a leg that arrives before it departs, compared in UTC.
void check_leg(const Leg& leg);
void check_stay(const Stay& stay);

// The local day of the first departure and of the last arrival; nullopt without legs.
std::optional<core::DateRange> trip_days(const std::vector<Leg>& legs);
// The legs by departure (UTC).
std::vector<Leg> in_order(std::vector<Leg> legs);

struct TripSettings {
    std::map<Mode, int> min_connection_minutes{
        {Mode::flight, 120}, {Mode::train, 15}, {Mode::bus, 15}, {Mode::car, 0}, {Mode::taxi, 0}};
    std::vector<std::string> id_documents{"passport", "paspoort", "passeport", "identiteitskaart", "id", "eid",
                                          "carte d'identité"};
};

// What the store says about one traveller during the trip.
struct TravellerFacts {
    std::string who;
    struct Busy {
        std::string title;
        core::ZonedInstant start;
        core::Instant end;
        std::optional<std::string> room;  // booked in the office
    };
    std::vector<Busy> appointments;       // overlapping the trip's span (its own legs excluded)
    struct Away {
        std::string type;
        core::Date from;
        core::Date to;
    };
    std::vector<Away> leave;              // requested or approved, overlapping the trip's days
    struct IdDocument {
        std::string type;
        std::string dossier;              // DOS-0001 "Peeters, An"
        std::optional<core::Date> expires;
    };
    std::vector<IdDocument> ids;
};

// Every finding, in the order legs, nights, people; empty when the trip is sound.
std::vector<std::string> find_problems(const std::vector<Leg>& legs, const std::vector<Stay>& stays,
                                       const std::vector<TravellerFacts>& travellers, const TripSettings& settings);

} // namespace officectl::trip
