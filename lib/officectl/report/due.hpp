#pragma once
// `officectl due`: one list of everything that needs action, across domains —
// mail follow-ups and service-note actions, contract notice deadlines, term
// ends and obligations, dossier retention, interviews, leave requests to
// decide, team tasks (event tasks and plan actions among them), meeting
// decisions and actions — overdue first, then by date.

#include "officectl/config/config.hpp"
#include "officectl/render/table.hpp"
#include "officectl/store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace officectl::report {

struct DueItem {
    std::string domain;     // mail, contract, dossier, team, absence, agenda, event, improve
    std::string reference;  // IN-2026-0012, CON-0003, task 41
    std::string what;       // follow-up, notice, retention, interview, leave request, task, decision
    std::string title;
    std::optional<std::string> who; // a handle: who acts on it
    core::Date due;
};

// Items due on or before `until` (overdue included); with `who`, only that person's.
std::vector<DueItem> due_items(store::Database& db, const config::Config& config, core::Date today, core::Date until,
                               const std::optional<std::string>& who);
render::Table due_table(const std::vector<DueItem>& items, core::Date today);

} // namespace officectl::report
