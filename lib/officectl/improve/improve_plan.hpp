#pragma once
// Carrying a plan out: its actions as team tasks, reviews that adjust it with
// their reason, and closing it (the finding is solved when its last plan closes).

#include "officectl/improve/improve.hpp"
#include "officectl/store/txn.hpp"

#include <string>
#include <vector>

namespace officectl::improve {

// Stores the plan after checking it is SMART (a data Error naming every missing
// part, unless it is a draft, which is stored marked incomplete); its finding
// becomes planned.
std::int64_t create_plan(store::Txn& txn, Plan plan, core::Date today);

// Adds the action as a team task of `owner` (origin `improve:PLAN`) linked to the plan.
std::int64_t add_action(store::Txn& txn, const Plan& plan, const std::string& title, const std::string& owner,
                        std::optional<core::Date> due, core::Date today);
// The plan's actions with their tasks' current state.
std::vector<Action> plan_actions(store::Database& db, std::int64_t plan_id);
// Marks the action's task done on `day`; no_input when the task is no action of a plan.
Action finish_action(store::Txn& txn, std::int64_t task_id, core::Date day);

// `target=5`, `by=2027-06-30`, `baseline=11`, `owner=bert`, `indicator=NAME`:
// the field and its new value. A usage Error naming the fields otherwise.
std::pair<std::string, std::string> parse_adjustment(std::string_view text);

// Records the review; with an adjustment, changes the plan and keeps the old
// and new value beside the note. Returns the plan as it now stands.
Plan review_plan(store::Txn& txn, Plan plan, const std::string& note,
                 const std::optional<std::pair<std::string, std::string>>& adjustment, std::optional<double> measured,
                 core::Date today);

// Closes the plan; its finding is solved when none of its plans stays open.
void close_plan(store::Txn& txn, Plan plan, core::Date day);

} // namespace officectl::improve
