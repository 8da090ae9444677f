#include "officectl/teamwork/development_views.hpp"

#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/teamwork/development_store.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

namespace officectl::teamwork {

using render::Cell;
using render::ColumnType;

render::Table skills_matrix(store::Database& db, const TeamSettings& settings, core::Date today, bool gaps_only) {
    auto members = team::list_members(db, {}, today);
    std::map<std::pair<std::string, std::string>, int> level;
    std::set<std::string> skills;
    for (const auto& s : current_skills(db)) {
        level[{s.who, s.skill}] = s.level;
        skills.insert(s.skill);
    }
    for (const auto& [role, needs] : settings.required) {
        for (const auto& [skill, n] : needs) {
            skills.insert(skill);
        }
    }
    render::Table t;
    t.column("who").column("role");
    for (const auto& s : skills) {
        t.column(s);
    }
    for (const auto& m : members) {
        std::vector<Cell> row{m.handle, render::cell_or_empty(m.role)};
        bool any_gap = false;
        for (const auto& s : skills) {
            auto have = level.find({m.handle, s});
            std::optional<int> need;
            if (m.role) {
                if (auto r = settings.required.find(core::to_lower(*m.role)); r != settings.required.end()) {
                    if (auto n = r->second.find(s); n != r->second.end()) {
                        need = n->second;
                    }
                }
            }
            int has = have == level.end() ? 0 : have->second;
            bool gap = need && has < *need;
            any_gap = any_gap || gap;
            if (gaps_only) {
                row.push_back(gap ? Cell{fmt::format("{}<{}", has, *need)} : Cell{});
            } else if (have != level.end()) {
                row.push_back(gap ? Cell{fmt::format("{}<{}", has, *need)} : Cell{std::to_string(has)});
            } else {
                row.push_back(gap ? Cell{fmt::format("-<{}", *need)} : Cell{});
            }
        }
        if (!gaps_only || any_gap) {
            t.add_row(std::move(row));
        }
    }
    return t;
}

render::Table training_table(const std::vector<Training>& training) {
    render::Table t;
    t.column("id", ColumnType::integer).column("who").column("title").column("date", ColumnType::date);
    t.column("provider").column("cost", ColumnType::money).column("status");
    for (const auto& x : training) {
        t.add_row({x.id, x.who, x.title, render::cell_or_empty(x.date), render::cell_or_empty(x.provider),
                   render::cell_or_empty(x.cost), std::string(training_statuses.name(x.status))});
    }
    return t;
}

render::Table reviews_table(const std::vector<Review>& reviews) {
    render::Table t;
    t.column("id", ColumnType::integer).column("who").column("kind").column("date", ColumnType::date).column("notes");
    for (const auto& r : reviews) {
        Cell notes = render::secret_if(true, r.notes);
        t.add_row({r.id, r.who, r.kind, r.date, notes});
    }
    return t;
}

std::vector<ReviewDue> reviews_due(store::Database& db, const TeamSettings& settings, core::Date today, core::Date until) {
    std::map<std::pair<std::string, std::string>, core::Date> last;
    for (const auto& r : list_reviews(db, std::nullopt)) {
        auto& d = last[{r.who, r.kind}];
        d = std::max(d, r.date);
    }
    std::vector<ReviewDue> out;
    for (const auto& m : team::list_members(db, {}, today)) {
        for (const auto& [kind, cycle] : settings.review_cycles) {
            std::optional<core::Date> previous;
            if (auto it = last.find({m.handle, kind}); it != last.end()) {
                previous = it->second;
            }
            auto due = next_review(previous, m.start, cycle, today);
            if (due && *due <= until) {
                out.push_back({m.handle, kind, previous, *due});
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const ReviewDue& a, const ReviewDue& b) {
        return a.due != b.due ? a.due < b.due : a.who < b.who;
    });
    return out;
}

render::Table reviews_due_table(const std::vector<ReviewDue>& due, core::Date today, std::string title) {
    render::Table t(std::move(title));
    t.column("who").column("kind").column("last", ColumnType::date).column("due", ColumnType::date).column("status");
    for (const auto& d : due) {
        t.add_row({d.who, d.kind, render::cell_or_empty(d.last), d.due, std::string(d.due < today ? "overdue" : "due")});
    }
    return t;
}

} // namespace officectl::teamwork
