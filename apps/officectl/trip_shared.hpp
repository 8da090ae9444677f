#pragma once
// What the trip verbs share (defined in cli_trip.cpp): a trip from the command line.

#include "context.hpp"

#include "officectl/trip/trip.hpp"

namespace officectl::app {

// The trip numbered `text`; a usage Error when it is no number, no_input when unknown.
trip::Trip trip_argument(Context& ctx, const std::string& text);

} // namespace officectl::app
