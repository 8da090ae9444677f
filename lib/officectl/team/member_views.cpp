#include "officectl/team/member_views.hpp"

#include "officectl/core/strings.hpp"
#include "officectl/team/member_rules.hpp"

#include <fmt/format.h>

namespace officectl::team {

using render::Cell;
using render::ColumnType;

render::Table members_table(const std::vector<Member>& members, core::Date today) {
    render::Table t;
    t.column("handle").column("name").column("role").column("email").column("manager");
    t.column("hours", ColumnType::decimal).column("days");
    t.column("start", ColumnType::date).column("end", ColumnType::date).column("status");
    for (const auto& m : members) {
        t.add_row({m.handle, m.name, render::cell_or_empty(m.role), render::cell_or_empty(m.email),
                   render::cell_or_empty(m.manager),
                   m.minutes_per_week ? Cell{*m.minutes_per_week / 60.0} : Cell{},
                   m.work_days ? Cell{m.work_days->to_string()} : Cell{}, render::cell_or_empty(m.start),
                   render::cell_or_empty(m.end), std::string(status_name(status_on(m, today)))});
    }
    return t;
}

render::Table member_record(const Member& m, core::Date today, const Defaults& d,
                            const std::vector<std::string>& references) {
    render::Table t;
    t.column("id", ColumnType::integer).column("handle").column("name").column("email").column("role");
    t.column("manager").column("hours", ColumnType::decimal).column("days");
    t.column("start", ColumnType::date).column("end", ColumnType::date).column("lang").column("status");
    // `defaults`: the fields that show the company's value, as a list for machines.
    t.column("defaults", ColumnType::json, R"({"type":"array","items":{"type":"string"}})");
    t.column("referred_by", ColumnType::list);
    // Unset fields show the company's value, and `defaults` says which ones those are.
    std::vector<std::string> defaulted;
    if (!m.minutes_per_week) {
        defaulted.emplace_back("hours");
    }
    if (!m.work_days) {
        defaulted.emplace_back("days");
    }
    auto days = m.work_days.value_or(d.work_days);
    int minutes = m.minutes_per_week.value_or(days.count() * d.minutes_per_day);
    t.add_row({static_cast<std::int64_t>(m.id), m.handle, m.name, render::cell_or_empty(m.email),
               render::cell_or_empty(m.role), render::cell_or_empty(m.manager), minutes / 60.0, days.to_string(),
               render::cell_or_empty(m.start), render::cell_or_empty(m.end),
               m.lang ? Cell{std::string(core::language_code(*m.lang))} : Cell{},
               std::string(status_name(status_on(m, today))),
               render::Structured{defaulted.empty() ? "" : core::join(defaulted, ", ") + " (company's)",
                                  render::List{defaulted}.json()},
               render::List{references}});
    return t;
}

} // namespace officectl::team
