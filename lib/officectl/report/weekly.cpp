#include "officectl/report/weekly.hpp"

#include "officectl/report/due.hpp"
#include "officectl/report/monthly.hpp"

#include "officectl/absence/leave_views.hpp"
#include "officectl/agenda/agenda_views.hpp"
#include "officectl/budget/budget_views.hpp"
#include "officectl/contract/contract_views.hpp"
#include "officectl/dossier/dossier_views.hpp"
#include "officectl/teamwork/task_views.hpp"
#include "officectl/teamwork/teamwork_settings.hpp"
#include "officectl/mail/item_views.hpp"
#include "officectl/mail/note_views.hpp"
#include "officectl/team/weekly.hpp"
#include "officectl/timesheet/timesheet_settings.hpp"
#include "officectl/timesheet/timesheet_views.hpp"
#include "officectl/event/event_store.hpp"
#include "officectl/event/event_views.hpp"
#include "officectl/trip/trip_settings.hpp"
#include "officectl/trip/trip_views.hpp"

#include <fmt/format.h>

#include <array>
#include <map>

namespace officectl::report {
namespace {

// Per domain: what is overdue and what falls due this week and next, from `due`.
render::Section glance_section(store::Database& db, const config::Config& config, core::DateRange week, core::Date today) {
    render::Section s{"At a glance", {}};
    auto next_week_end = core::add_days(week.to, 7);
    std::map<std::string, std::array<std::int64_t, 3>> counts;
    for (const auto& item : due_items(db, config, today, next_week_end, std::nullopt)) {
        auto& c = counts[item.domain];
        if (item.due < today) {
            c[0] += 1;
        } else if (item.due >= week.from || today >= week.from) {
            c[item.due <= week.to ? 1 : 2] += 1;
        }
    }
    render::Table t;
    t.column("domain").column("overdue", render::ColumnType::integer).column("due_this_week", render::ColumnType::integer)
        .column("due_next_week", render::ColumnType::integer);
    for (const auto& [domain, c] : counts) {
        if (c[0] + c[1] + c[2] > 0) { // a later week leaves out what falls due before it
            t.add_row({domain, c[0], c[1], c[2]});
        }
    }
    if (t.empty()) {
        s.paragraph("Nothing overdue or due this week or next.");
    } else {
        s.table(std::move(t));
        s.paragraph("The items: officectl due --within 2w");
    }
    return s;
}

} // namespace

render::Report weekly_report(store::Database& db, core::DateRange week, core::Date today,
                             const config::Config& config) {
    render::Report r;
    r.title = fmt::format("Weekly report {} ({} to {})", core::iso_week_name(week.from), core::format_date(week.from),
                          core::format_date(week.to));
    // The order is deliberate: what needs action at a glance, then the people, then
    // each domain's section.
    r.sections.push_back(glance_section(db, config, week, today));
    r.sections.push_back(team::weekly_section(db, week));
    r.sections.push_back(mail::register_weekly_section(db, week, today));
    r.sections.push_back(mail::notes_weekly_section(db, week));
    r.sections.push_back(contract::contract_weekly_section(db, config.calendar(), today));
    r.sections.push_back(budget::budget_weekly_section(db, today));
    auto last_week = core::iso_week_of(core::add_days(week.from, -7));
    if (auto hours = timesheet::hours_weekly_section(
            db, timesheet::check_hours(db, config.calendar(), config.work_hours().minutes(), last_week, today,
                                       timesheet::registering_people(config)))) {
        r.sections.push_back(std::move(*hours));
    }
    r.sections.push_back(dossier::dossier_weekly_section(db, dossier::load_kinds(config), today));
    r.sections.push_back(teamwork::tasks_weekly_section(db, teamwork::load_team_settings(config), config.calendar(), config.work_hours().minutes(), week, today,
                                                        config.get_string("time.zone").value_or("Europe/Brussels")));
    r.sections.push_back(absence::absence_weekly_section(db, absence::load_settings(config), config.calendar(), week, today));
    if (!trip::list_trips(db).empty()) { // only for offices that plan travel here
        r.sections.push_back(trip::trip_weekly_section(db, trip::load_trip_settings(config), week,
                                                       config.get_string("time.zone").value_or("Europe/Brussels")));
    }
    if (!event::list_events(db).empty()) { // only for offices that plan events here
        r.sections.push_back(event::event_weekly_section(db, today));
    }
    if (auto improvement = improve_section(db, config, today)) { // only once findings or plans are kept here
        r.sections.push_back(std::move(*improvement));
    }
    r.sections.push_back(agenda::agenda_weekly_section(db, week, today, config.get_string("time.zone").value_or("Europe/Brussels")));
    // Public holidays and closing days of the week, from the configured calendar.
    auto calendar = config.calendar();
    render::Section days{"Days off", {}};
    render::Table t;
    t.column("date", render::ColumnType::date).column("day").column("name");
    for (auto d = week.from; d <= week.to; d = core::add_days(d, 1)) {
        if (auto name = calendar.day_off_name(d)) {
            t.add_row({d, date::format("%a", date::sys_days{d}), *name});
        }
    }
    if (t.empty()) {
        days.paragraph("No public holidays or closing days this week.");
    } else {
        days.table(std::move(t));
    }
    r.sections.push_back(std::move(days));
    return r;
}

} // namespace officectl::report
