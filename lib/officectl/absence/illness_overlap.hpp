#pragma once
// Falling ill during a vacation: the days of illness are sick leave, and the
// vacation days they cover go back into the balance. Recording sickness over a
// leave that counts against the balance (approved or requested) cuts those days
// out of it: shortened at one end, split in two around the illness, or removed
// when the illness covers it. Any other overlap stays refused (add_leave).
// Sickness without an end yet (Leave::open) takes back the rest of the leave
// under way on its first day; leave planned for later stays until the sickness
// gets its end (`absence edit --until`), when the cut is made.

#include "officectl/absence/absence_settings.hpp"
#include "officectl/absence/leave.hpp"
#include "officectl/store/txn.hpp"

#include <vector>

namespace officectl::absence {

struct ReturnedDays {
    Leave leave;          // the counting leave as it was
    core::Date from, to;  // the days cut out of it
};

// For sickness (is_illness) of whole days: makes room for `sick` in the caller's
// transaction and returns what was cut, by date; nothing for any other leave.
// The id of `sick` is ignored when 0 (a new leave); an edited one is skipped.
std::vector<ReturnedDays> return_days_to_illness(store::Txn& txn, const Settings& settings, const Leave& sick);

} // namespace officectl::absence
