#pragma once
// Time registration: projects (charged to a budget line at an hourly rate) and
// the hours people log on them. Hours are whole minutes.

#include "officectl/core/dates.hpp"
#include "officectl/core/money.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace officectl::timesheet {

struct Project {
    std::int64_t id = 0;
    std::string name;                    // Verhuis 2027
    std::optional<std::int64_t> line_id; // the budget line its cost goes to
    std::optional<core::Money> rate;     // per hour
    std::optional<std::string> owner;    // a team handle
    std::optional<core::Date> closed;    // no more hours after this day
};

struct Entry {
    std::int64_t id = 0;
    std::string who;                     // a team handle
    std::int64_t project_id = 0;
    std::string project;                 // its name (read only)
    core::Date date;
    int minutes = 0;
    std::optional<std::string> note;
};

} // namespace officectl::timesheet
