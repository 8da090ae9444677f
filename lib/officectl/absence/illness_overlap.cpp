#include "officectl/absence/illness_overlap.hpp"

#include "officectl/absence/leave_rules.hpp"
#include "officectl/absence/leave_store.hpp"

namespace officectl::absence {

std::vector<ReturnedDays> return_days_to_illness(store::Txn& txn, const Settings& settings, const Leave& sick) {
    std::vector<ReturnedDays> returned;
    if (!is_illness(sick) || sick.half || sick.status == LeaveStatus::rejected) {
        return returned; // half a day ill on a day off: the overlap check decides
    }
    LeaveFilter f;
    f.who = sick.who;
    f.from = sick.from;
    // Open sickness takes back the leave under way on its first day; leave planned
    // later stays until the sickness gets its end (then this runs again, on edit).
    f.to = sick.open ? sick.from : sick.to;
    for (auto leave : list_leaves(txn.db(), f)) {
        if (leave.id == sick.id || leave.open || !settings.type(leave.type).counts) {
            continue;
        }
        auto cut_from = std::max(leave.from, sick.from);
        auto cut_to = std::min(leave.to, sick.to);
        returned.push_back({leave, cut_from, cut_to});
        bool keeps_start = leave.from < sick.from;
        bool keeps_end = leave.to > sick.to;
        if (!keeps_start && !keeps_end) {
            remove_leave(txn, leave);
            continue;
        }
        auto original_to = leave.to;
        if (keeps_start) {
            leave.to = core::add_days(sick.from, -1);
        } else {
            leave.from = core::add_days(sick.to, 1);
        }
        update_leave(txn, leave);
        if (keeps_start && keeps_end) { // split around the illness: the rest is a leave of its own
            Leave rest = leave;
            rest.id = 0;
            rest.from = core::add_days(sick.to, 1);
            rest.to = original_to;
            add_leave(txn, rest);
        }
    }
    return returned;
}

} // namespace officectl::absence
