#pragma once
// Kinds of event with their template plan and formalities: `reception` and
// `seminar` built in, changed or added with `[event.kind.NAME]` in config:
//   tasks = ["-30d Uitnodigingen versturen", "-14d Catering bevestigen"]
//   formalities = ["-60d Vergunning gemeente aanvragen", "-21d Unisono/SABAM-aangifte"]

#include "officectl/config/config.hpp"
#include "officectl/event/event.hpp"

#include <map>
#include <string>
#include <vector>

namespace officectl::event {

struct Kind {
    std::string name;
    std::vector<PlanStep> tasks;
    std::vector<PlanStep> formalities;
};

using Kinds = std::map<std::string, Kind>;

// Throws a config Error (78) naming file and key for a step that does not parse.
Kinds load_event_kinds(const config::Config& config);
void add_event_schema(config::Schema& schema);

} // namespace officectl::event
