#pragma once
// An event against the rest of the store: its plan is team tasks (so `team
// task list` and the workload see them) counted back from the day onto working
// days; guests come from CSV; invitations are written per guest's language.

#include "officectl/core/calendar.hpp"
#include "officectl/event/event_kinds.hpp"
#include "officectl/event/event_rules.hpp"
#include "officectl/event/event_store.hpp"
#include "officectl/io/csv_reader.hpp"
#include "officectl/teamwork/task.hpp"

#include <map>
#include <string>
#include <vector>

namespace officectl::event {

// One task of the plan with its place in it.
struct PlanRow {
    EventTask link;
    teamwork::Task task;
};

// Adds the kind's tasks and formalities for the event's owner, each due its
// offset before the day, moved back onto a working day. Returns how many.
int apply_kind(store::Txn& txn, const Event& e, const Kind& kind, const core::Calendar& calendar, core::Date today);
// A task of the plan, due on `due` (an `offset_days` when given that way).
std::int64_t add_event_task(store::Txn& txn, const Event& e, const std::string& title, const std::string& owner,
                            core::Date due, std::optional<int> offset_days, StepKind kind, core::Date today);
// The plan by due date.
std::vector<PlanRow> plan_of(store::Database& db, std::int64_t event_id);

// After `event edit` (`was` as stored, `e` as corrected, written by the caller):
// a new day moves the open tasks of the plan that were counted from the day (their
// offset kept, onto a working day); a new owner takes over the open tasks the old
// one had. Returns how many tasks changed.
int replan_event(store::Txn& txn, const Event& was, const Event& e, const core::Calendar& calendar);
// A new budget line is refused while a supplier has a commitment on the old one.
void check_line_change(store::Database& db, const Event& was, const Event& e);

// What the event holds besides itself (event_rules: describe_contents).
EventContents contents_of(store::Database& db, const Event& e);
// Removes the event with everything it holds: its plan's team tasks, its
// suppliers (their open commitments cancelled; an invoiced one stays in the
// budget's books) and its guests.
void remove_planned_event(store::Txn& txn, const Event& e);

// Keeps the budget in step with a supplier: contracted with a quote, on an
// event with a budget line, it is a commitment on that line (in the supplier's
// name, dated `today`; a changed quote changes it); no longer contracted, its
// commitment is cancelled. Writes the supplier. A quote and an invoiced amount
// in two currencies are refused (a data Error): they are compared and added.
void save_supplier(store::Txn& txn, const Event& e, Supplier& s, core::Date today);

// Guests from CSV (name and email required; organisation, language or lang):
// idempotent by e-mail, an answer given is kept, all rows or none.
io::ImportCounts import_guests(store::Txn& txn, io::CsvReader& csv, std::int64_t event_id);

// The values mail's `invitation` template takes for one guest, in the guest's
// language (nl, fr, en): to, subject, when, where, rsvp (the answer date), date
// (today), body, and the language's salutation and closing. `from`, `from_role`
// are the caller's.
std::map<std::string, std::string> invitation_vars(const Event& e, const Guest& g, core::Date today, core::Date rsvp_by);

} // namespace officectl::event
