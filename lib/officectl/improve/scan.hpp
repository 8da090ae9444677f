#pragma once
// Problem detection: indicators off target, and situations found in the data
// that a person would call a problem (one supplier with three incidents in a
// contract term, one person holding most of the overdue follow-ups or tasks,
// budget lines over plan). Each becomes a proposed finding with its evidence.

#include "officectl/config/config.hpp"
#include "officectl/config/schema.hpp"
#include "officectl/improve/improve.hpp"
#include "officectl/store/database.hpp"

#include <vector>

namespace officectl::improve {

struct Settings {
    int incidents_per_term = 3;   // improve.scan.incidents
    double concentration = 0.5;   // improve.scan.concentration: a share of the overdue items held by one person
    int concentration_min = 3;    // ... counted when there are at least this many
};
Settings load_scan_settings(const config::Config& config);
void add_scan_schema(config::Schema& schema);

// The findings the data proposes today, from the indicators' series (their
// last value) and the domains' rows. Nothing is written.
std::vector<Finding> scan(store::Database& db, const std::vector<Series>& series,
                          const Settings& settings, core::Date today);

} // namespace officectl::improve
