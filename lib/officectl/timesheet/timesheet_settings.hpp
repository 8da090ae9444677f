#pragma once
// What config.toml says about time registration: who registers their hours
// (`budget.timesheet = ["bert", "an"]`; unset: everyone).

#include "officectl/config/config.hpp"

#include <string>
#include <vector>

namespace officectl::timesheet {

std::vector<std::string> registering_people(const config::Config& config);
void add_timesheet_schema(config::Schema& schema);

} // namespace officectl::timesheet
