#pragma once
// Business travel: a trip of one or more travellers, its legs (each departing
// and arriving in its own time zone) and its stays. A leg takes the travellers'
// time in the agenda; a cost on a trip with a budget line is committed on it.

#include "officectl/core/choices.hpp"
#include "officectl/core/clock.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::trip {

enum class Mode { train, flight, car, taxi, bus };
inline constexpr core::Choices<Mode, 5> modes{
    {{{Mode::train, "train"}, {Mode::flight, "flight"}, {Mode::car, "car"}, {Mode::taxi, "taxi"}, {Mode::bus, "bus"}}}};
// Read whatever the case, spaces around ignored.
std::string_view mode_name(Mode m);
std::optional<Mode> parse_mode(std::string_view word);

struct Trip {
    std::int64_t id = 0;
    std::string title;                       // Klantbezoek Parijs
    std::vector<std::string> travellers;     // team handles
    std::optional<std::string> purpose;
    std::optional<std::int64_t> line_id;     // the budget line its costs go to
    std::optional<std::string> note;
};

struct Leg {
    std::int64_t id = 0;
    std::int64_t trip_id = 0;
    Mode mode = Mode::train;
    std::string from;                        // Brussel-Zuid
    std::string to;                          // Paris-Nord
    core::ZonedInstant depart;               // in the zone of departure
    core::ZonedInstant arrive;               // in the zone of arrival
    std::optional<std::string> carrier;      // Eurostar 9315
    std::optional<std::string> ref;          // PNR, booking number
    std::optional<core::Money> cost;         // excl. VAT
    std::optional<std::int64_t> appointment_id; // the agenda entry it blocks
    std::optional<std::int64_t> commitment_id;  // its cost on the budget line
};

struct Stay {
    std::int64_t id = 0;
    std::int64_t trip_id = 0;
    std::string hotel;
    core::Date check_in;
    core::Date check_out;                    // the morning of leaving: nights are [in, out)
    std::optional<std::string> address;
    std::optional<std::string> ref;
    std::optional<core::Money> cost;
    std::optional<std::int64_t> commitment_id;
};

} // namespace officectl::trip
