#pragma once
// The tasks' SQL: the only place that reads or writes teamwork_task.

#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"
#include "officectl/teamwork/task.hpp"

#include <vector>

namespace officectl::teamwork {

const std::vector<store::Migration>& task_migrations();

// no_input Error for an unknown assignee.
std::int64_t add_task(store::Txn& txn, const Task& t);
void update_task(store::Txn& txn, const Task& t);
// Removes the task (for the domain that made it: an event removed with its plan).
void remove_task(store::Txn& txn, const Task& t);
// Throws a no_input Error for an unknown id.
Task get_task(store::Database& db, std::int64_t id);
// Open first by due date (none last), then done ones, newest first.
std::vector<Task> list_tasks(store::Database& db, const TaskFilter& filter, core::Date today);

} // namespace officectl::teamwork
