#include "officectl/teamwork/onboarding.hpp"

#include "officectl/core/strings.hpp"
#include "officectl/teamwork/task_store.hpp"

#include <map>

namespace officectl::teamwork {

std::vector<Task> onboard(store::Txn& txn, const TeamSettings& settings, const team::Member& m, core::Date today) {
    auto origin = "onboarding:" + m.handle;
    TaskFilter mine;
    mine.who = m.handle;
    auto existing = list_tasks(txn.db(), mine, today);
    std::vector<Task> made;
    for (const auto& step : settings.onboarding) {
        bool for_them = step.role == "*" || (m.role && core::to_lower(*m.role) == core::to_lower(step.role));
        bool done_before = std::any_of(existing.begin(), existing.end(), [&](const Task& t) {
            return t.origin == origin && t.title == step.task;
        });
        if (!for_them || done_before) {
            continue;
        }
        Task t;
        t.title = step.task;
        t.assignee = m.handle;
        t.due = core::add_period(m.start.value_or(today), step.after);
        t.origin = origin;
        t.created = today;
        t.id = add_task(txn, t);
        made.push_back(std::move(t));
    }
    return made;
}

std::vector<OnboardingProgress> onboarding_progress(store::Database& db, core::Date today, bool all) {
    std::map<std::string, OnboardingProgress> per;
    TaskFilter onboarding;
    onboarding.origin_prefix = "onboarding:";
    for (const auto& t : list_tasks(db, onboarding, today)) {
        auto& p = per[t.assignee];
        p.who = t.assignee;
        ++p.total;
        if (t.done) {
            ++p.done;
            continue;
        }
        p.overdue += t.is_overdue(today) ? 1 : 0;
        if (t.due && (!p.next_due || *t.due < *p.next_due)) {
            p.next_due = t.due;
        }
    }
    std::vector<OnboardingProgress> out;
    for (auto& [who, p] : per) {
        if (all || p.done < p.total) {
            out.push_back(std::move(p));
        }
    }
    return out;
}

render::Table onboarding_table(const std::vector<OnboardingProgress>& rows, std::string title) {
    render::Table t(std::move(title));
    t.column("who").column("done", render::ColumnType::integer).column("steps", render::ColumnType::integer);
    t.column("overdue", render::ColumnType::integer).column("next_due", render::ColumnType::date);
    for (const auto& p : rows) {
        t.add_row({p.who, static_cast<std::int64_t>(p.done), static_cast<std::int64_t>(p.total),
                   static_cast<std::int64_t>(p.overdue), render::cell_or_empty(p.next_due)});
    }
    return t;
}

} // namespace officectl::teamwork
