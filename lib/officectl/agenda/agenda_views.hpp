#pragma once
// The agenda as Tables and Reports: occurrences, one appointment, the week per
// person, rooms, conflicts, free slots, decisions, the printed invitation or
// minutes, and the weekly section. Times are shown in `zone`, the office's.

#include "officectl/agenda/booking.hpp"
#include "officectl/agenda/conflicts.hpp"
#include "officectl/agenda/free_slots.hpp"
#include "officectl/render/report.hpp"
#include "officectl/store/database.hpp"

#include <vector>

namespace officectl::agenda {

render::Table occurrences_table(const std::vector<Occurrence>& occs, const std::string& zone);
render::Report appointment_report(const Appointment& a, const std::vector<Occurrence>& next,
                                  const std::vector<AgendaItem>& items, const std::vector<Minute>& minutes,
                                  const std::string& zone, core::Date today);
// One column per day of `days`, one row per person: what each has when.
render::Table week_grid(const std::vector<Occurrence>& occs, const std::vector<std::string>& people,
                        core::DateRange days, const std::string& zone);
render::Table rooms_table(const std::vector<Room>& rooms);
render::Table conflicts_table(const std::vector<Conflict>& conflicts, const std::string& zone, std::string title = "");
// The clashes that refuse a booking, one line each, for the error message.
std::string describe_clashes(const std::vector<Clash>& clashes, const std::string& zone);
render::Table slots_table(const std::vector<FreeSlot>& slots, const std::string& zone);
render::Table minutes_table(const std::vector<Minute>& minutes, core::Date today);
std::string_view minute_state(const Minute& m, core::Date today); // open, done, overdue
// The invitation with its agenda, or (when there are minutes) the minutes.
render::Report meeting_document(const Appointment& a, core::Instant start, const std::vector<AgendaItem>& items,
                                const std::vector<Minute>& minutes, const std::string& zone, bool minutes_wanted);
// Per manager the week's appointments; rooms' occupancy; decisions due or
// overdue; conflicts. Confidential appointments show no title.
render::Section agenda_weekly_section(store::Database& db, core::DateRange week, core::Date today,
                                      const std::string& zone);

// `Tue 2026-12-01 10:00-11:30`, in `zone`.
std::string when_text(const Appointment& a, core::Instant start, core::Instant end, const std::string& zone);

} // namespace officectl::agenda
