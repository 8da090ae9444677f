#pragma once
// What the event verbs share (defined in cli_event.cpp): an event from the command line.

#include "context.hpp"

#include "officectl/event/event.hpp"

namespace officectl::app {

// The event numbered `text`; a usage Error when it is no number, no_input when unknown.
event::Event event_argument(Context& ctx, const std::string& text);

} // namespace officectl::app
