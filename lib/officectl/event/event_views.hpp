#pragma once
// Events as Tables and Reports: the events, one event, its backward plan as a
// timeline (late tasks marked), suppliers, guests with the headcount, planned
// against actual costs, and the weekly section.

#include "officectl/event/event_plan.hpp"
#include "officectl/render/report.hpp"

namespace officectl::event {

render::Table events_table(store::Database& db, const std::vector<Event>& events, core::Date today);
render::Report event_report(store::Database& db, const Event& e, core::Date today);
render::Table plan_table(store::Database& db, const Event& e, core::Date today);
render::Report plan_report(store::Database& db, const Event& e, core::Date today);
render::Table suppliers_table(const std::vector<Supplier>& suppliers);
render::Table guests_table(const std::vector<Guest>& guests);
render::Report budget_report(store::Database& db, const Event& e);
// Events in the next 60 days: late tasks, suppliers not yet chosen, RSVPs.
render::Section event_weekly_section(store::Database& db, core::Date today);

} // namespace officectl::event
