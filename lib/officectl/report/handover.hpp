#pragma once
// `team handover`: when someone falls ill or leaves, one command hands all of
// their open work to someone else — team tasks (those an event or a plan made
// among them), mail follow-ups, service-note actions, and the decisions and
// actions of meetings — and lists what moved. The counterpart of `due`: the
// same open items, per person, changed through each domain's store.

#include "officectl/render/table.hpp"
#include "officectl/store/txn.hpp"

#include <optional>
#include <string>
#include <vector>

namespace officectl::report {

struct HandoverRequest {
    std::string from;                      // a handle (or anything team::get_member reads)
    std::string to;
    std::optional<core::Date> due_before;  // only what is due before this day (then undated work stays)
    core::Date today;
    bool show_confidential = false;        // a confidential letter's subject (else "(confidential)")
};

struct MovedItem {
    std::string domain;    // team, mail, agenda (a task another domain made: that domain)
    std::string reference; // task 41, IN-2026-0012, NOTE-2026-0003, minute 7
    std::string what;      // task, follow-up, note action, decision, meeting action
    std::string title;     // "(confidential)" for a confidential letter, unless shown
    std::optional<core::Date> due;
};

// Moves the work in the caller's transaction; by due date, undated last.
// Errors: no_input for an unknown person, usage when both are the same.
std::vector<MovedItem> hand_over(store::Txn& txn, const HandoverRequest& request);
render::Table handover_table(const std::vector<MovedItem>& moved);

} // namespace officectl::report
