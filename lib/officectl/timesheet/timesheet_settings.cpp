#include "officectl/timesheet/timesheet_settings.hpp"

namespace officectl::timesheet {

std::vector<std::string> registering_people(const config::Config& config) { return config.get_strings("budget.timesheet"); }

void add_timesheet_schema(config::Schema& schema) {
    schema.push_back({"budget.timesheet", config::ValueKind::string_list, "[]",
                      "who registers their hours (team handles); empty: everyone. `budget hours check` and the weekly "
                      "report look at them"});
}

} // namespace officectl::timesheet
