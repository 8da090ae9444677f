#pragma once
// The absence domain's SQL: the only place that reads or writes absence_leave
// and absence_entitlement. Functions taking a Txn& write (and journal).

#include "officectl/absence/leave.hpp"
#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"

#include <map>
#include <optional>
#include <vector>

namespace officectl::absence {

const std::vector<store::Migration>& migrations();

struct LeaveFilter {
    std::optional<std::string> who;
    std::optional<core::Date> from; // leaves overlapping [from, to]
    std::optional<core::Date> to;
    std::optional<LeaveStatus> status;
    std::optional<std::string> type;
    bool include_rejected = false;
};

// Refuses (data Error naming it) a leave overlapping another of the same person
// that is not rejected; no_input for an unknown person.
std::int64_t add_leave(store::Txn& txn, const Leave& leave);
void update_leave(store::Txn& txn, const Leave& leave);
void remove_leave(store::Txn& txn, const Leave& leave);
// Throws a no_input Error for an unknown id.
Leave get_leave(store::Database& db, std::int64_t id);
std::vector<Leave> list_leaves(store::Database& db, const LeaveFilter& filter);

// A person's own yearly entitlement, when it differs from the config's.
void set_entitlement(store::Txn& txn, const std::string& who, int year, double days);
std::optional<double> entitlement_override(store::Database& db, const std::string& who, int year);
// Everyone's own entitlement for a year, by handle.
std::map<std::string, double> entitlement_overrides(store::Database& db, int year);

} // namespace officectl::absence
