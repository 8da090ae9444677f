#include "officectl/team/weekly.hpp"

#include "officectl/team/member_store.hpp"

namespace officectl::team {

render::Section weekly_section(store::Database& db, core::DateRange week) {
    render::Section s{"Team", {}};
    auto joining = members_joining(db, week);
    auto leaving = members_leaving(db, week);
    if (joining.empty() && leaving.empty()) {
        s.paragraph("Nobody joins or leaves this week.");
        return s;
    }
    auto people = [](std::string title, const std::vector<Member>& list, bool starts) {
        render::Table t(std::move(title));
        t.column("handle").column("name").column("role").column(starts ? "start" : "end", render::ColumnType::date);
        for (const auto& m : list) {
            t.add_row({m.handle, m.name, render::cell_or_empty(m.role), starts ? render::Cell{*m.start} : render::Cell{*m.end}});
        }
        return t;
    };
    if (!joining.empty()) {
        s.table(people("Joining", joining, true));
    }
    if (!leaving.empty()) {
        s.table(people("Leaving", leaving, false));
    }
    return s;
}

} // namespace officectl::team
