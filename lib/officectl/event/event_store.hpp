#pragma once
// Events' SQL: the only place that reads or writes event_event, event_task,
// event_supplier and event_guest. The tasks themselves are the team's
// (teamwork_task), written through its interface by event_plan.

#include "officectl/event/event.hpp"
#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"

#include <map>
#include <vector>

namespace officectl::event {

const std::vector<store::Migration>& migrations();

std::int64_t add_event(store::Txn& txn, const Event& e);
void update_event(store::Txn& txn, const Event& e);
Event get_event(store::Database& db, std::int64_t id);
// By date; from `from` on when given.
std::vector<Event> list_events(store::Database& db, std::optional<core::Date> from = std::nullopt,
                               std::optional<core::Date> to = std::nullopt);
// Removes the event with its suppliers, guests and task links (the tasks are the
// team's: event_plan removes them first).
void remove_event(store::Txn& txn, const Event& e);
// The last event of a kind before `day` with lessons kept.
std::optional<Event> last_with_lessons(store::Database& db, const std::string& kind, core::Date day);

void link_task(store::Txn& txn, std::int64_t event_id, const EventTask& t);
std::vector<EventTask> event_tasks(store::Database& db, std::int64_t event_id);
// Every event's task links, by event (for views over many events).
std::map<std::int64_t, std::vector<EventTask>> all_event_tasks(store::Database& db);
// The event a team task belongs to, if any.
std::optional<std::int64_t> event_of_task(store::Database& db, std::int64_t task_id);

std::int64_t add_supplier(store::Txn& txn, const Supplier& s);
void update_supplier(store::Txn& txn, const Supplier& s);
Supplier get_supplier(store::Database& db, std::int64_t id);
std::vector<Supplier> list_suppliers(store::Database& db, std::int64_t event_id);
// Every event's suppliers, by event.
std::map<std::int64_t, std::vector<Supplier>> all_suppliers(store::Database& db);

// Adds the guest, or updates the one with that e-mail; returns whether it was new.
bool upsert_guest(store::Txn& txn, Guest& g);
void set_rsvp(store::Txn& txn, const Guest& g, Rsvp rsvp);
std::optional<Guest> find_guest(store::Database& db, std::int64_t event_id, const std::string& email);
std::vector<Guest> list_guests(store::Database& db, std::int64_t event_id);
// How many guests of each event gave each answer: event -> answer -> count.
std::map<std::int64_t, std::map<Rsvp, int>> rsvp_totals(store::Database& db);

} // namespace officectl::event
