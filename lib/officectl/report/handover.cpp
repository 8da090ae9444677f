#include "officectl/report/handover.hpp"

#include "officectl/agenda/meeting_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/mail/item_store.hpp"
#include "officectl/mail/note_store.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/teamwork/task_store.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace officectl::report {
namespace {

// Whether work due on `due` is in the handover: all of it, or what is due before the day.
bool in_scope(const std::optional<core::Date>& due, const HandoverRequest& r) {
    return !r.due_before || (due && *due < *r.due_before);
}

} // namespace

std::vector<MovedItem> hand_over(store::Txn& txn, const HandoverRequest& r) {
    auto& db = txn.db();
    auto from = team::get_member(db, r.from);
    auto to = team::get_member(db, r.to);
    if (from.id == to.id) {
        throw usage_error(fmt::format("the work is {}'s already: give someone else", from.handle));
    }
    if (to.end && *to.end < r.today) {
        throw data_error(fmt::format("{} left on {}: hand the work to someone who is here", to.handle,
                                     core::format_date(*to.end)));
    }
    if (to.start && *to.start > r.today) {
        throw data_error(fmt::format("{} starts on {}: hand the work to someone who is here", to.handle,
                                     core::format_date(*to.start)));
    }
    std::vector<MovedItem> moved;

    teamwork::TaskFilter tasks;
    tasks.who = from.handle;
    tasks.open = true;
    for (auto& t : teamwork::list_tasks(db, tasks, r.today)) {
        if (in_scope(t.due, r)) {
            t.assignee = to.handle;
            teamwork::update_task(txn, t);
            moved.push_back({teamwork::origin_domain(t), fmt::format("task {}", t.id), "task", t.title, t.due});
        }
    }

    for (auto& item : mail::followups(db, from.id, false, r.today)) {
        if (in_scope(item.due, r)) {
            item.assignee_id = to.id;
            mail::update_item(txn, item);
            moved.push_back({"mail", item.number, "follow-up", item.confidential && !r.show_confidential ? "(confidential)" : item.subject,
                             item.due});
        }
    }

    for (const auto& note : mail::list_notes(db, true)) {
        for (const auto& a : note.actions) {
            if (!a.done && a.owner_id == from.id && in_scope(a.due, r)) {
                mail::set_action_owner(txn, a.id, to.id);
                moved.push_back({"mail", note.number, "note action", a.text, a.due});
            }
        }
    }

    agenda::MinuteFilter minutes;
    minutes.owner = from.handle;
    minutes.open_only = true;
    for (const auto& m : agenda::list_minutes(db, minutes)) {
        if (in_scope(m.due, r)) {
            agenda::set_minute_owner(txn, m.id, to.handle);
            moved.push_back({"agenda", fmt::format("minute {}", m.id),
                             m.kind == agenda::MinuteKind::decision ? "decision" : "meeting action", m.text, m.due});
        }
    }

    // Dated work first, soonest first; undated last; otherwise in the order found.
    std::stable_sort(moved.begin(), moved.end(), [](const MovedItem& a, const MovedItem& b) {
        if (a.due.has_value() != b.due.has_value()) {
            return a.due.has_value();
        }
        return a.due && *a.due < *b.due;
    });
    return moved;
}

render::Table handover_table(const std::vector<MovedItem>& moved) {
    render::Table t;
    t.column("reference").column("domain").column("what").column("due", render::ColumnType::date).column("title");
    for (const auto& m : moved) {
        t.add_row({m.reference, m.domain, m.what, render::cell_or_empty(m.due), m.title});
    }
    return t;
}

} // namespace officectl::report
