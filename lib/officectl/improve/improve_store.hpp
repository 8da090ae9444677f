#pragma once
// The improve tables: findings, plans, the reviews that adjust a plan, and
// the link from a plan to its actions (team tasks). The only place that
// touches improve_*.

#include "officectl/improve/improve.hpp"
#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"

#include <optional>
#include <vector>

namespace officectl::improve {

const std::vector<store::Migration>& migrations();

std::int64_t add_finding(store::Txn& txn, const Finding& f);
void set_finding_status(store::Txn& txn, std::int64_t id, FindingStatus status);
// no_input for an unknown id.
Finding get_finding(store::Database& db, std::int64_t id);
std::vector<Finding> list_findings(store::Database& db, const std::optional<FindingStatus>& status);
// An open (or planned) finding with exactly that title: what `scan --record` does not write twice.
std::optional<Finding> find_unsolved_finding(store::Database& db, const std::string& title);

std::int64_t add_plan(store::Txn& txn, const Plan& p);
void update_plan(store::Txn& txn, const Plan& p);
Plan get_plan(store::Database& db, std::int64_t id);
std::vector<Plan> list_plans(store::Database& db, std::optional<std::int64_t> finding_id, bool open_only);

std::int64_t add_review(store::Txn& txn, const Review& r);
std::vector<Review> list_reviews(store::Database& db, std::int64_t plan_id);

void link_action(store::Txn& txn, std::int64_t plan_id, std::int64_t task_id);
// The task ids of a plan's actions, in the order they were added.
std::vector<std::int64_t> action_task_ids(store::Database& db, std::int64_t plan_id);
// The plan an action (task) belongs to, if any.
std::optional<std::int64_t> plan_of_task(store::Database& db, std::int64_t task_id);

} // namespace officectl::improve
