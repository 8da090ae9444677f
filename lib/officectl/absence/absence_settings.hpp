#pragma once
// What config.toml says about absence: the leave types ([[absence.type]], or
// the built-in list), the yearly entitlement and carry-over, staffing rules
// ([[absence.staffing]]).

#include "officectl/absence/leave.hpp"
#include "officectl/config/config.hpp"

#include <vector>

namespace officectl::absence {

struct Settings {
    std::vector<LeaveType> types;
    int entitlement_days = 20; // a full-time year
    int carry_over_max = 5;    // days of last year's balance that carry over
    double low_balance = 2;    // the weekly report names balances at or below this
    std::vector<StaffingRule> staffing;
    bool pro_rata_months = true; // a year joined or left: the entitlement per month employed

    // Throws a data Error naming the known types for an unknown one.
    const LeaveType& type(const std::string& name) const;
};

// The built-in types: vacation (counts), sick, training, unpaid, parental, time-credit, other.
std::vector<LeaveType> builtin_types();

// Reads and checks the settings; a config Error (78) names file and line.
Settings load_settings(const config::Config& config);

// The config keys of the absence domain, for office.cpp's schema.
void add_schema(config::Schema& schema);

} // namespace officectl::absence
