#pragma once
// Leave against the store: counting a person's leave with their work week,
// balances, staffing rules, who is out, and the agenda's view of absences.

#include "officectl/absence/absence_settings.hpp"
#include "officectl/absence/leave_store.hpp"
#include "officectl/agenda/free_slots.hpp"
#include "officectl/core/calendar.hpp"
#include "officectl/store/database.hpp"

#include <string>
#include <vector>

namespace officectl::absence {

// The leave counted with its person's work week (days within [from, to] when given).
LeaveCount count_for(store::Database& db, const core::Calendar& calendar, const Leave& leave,
                     std::optional<core::Date> from = std::nullopt, std::optional<core::Date> to = std::nullopt);

Balance balance(store::Database& db, const Settings& settings, const core::Calendar& calendar, const std::string& who,
                int year, core::Date today);
// The balances of several people (everyone not gone when `who` is empty), from
// one read of the people, two years of leave and the entitlements.
std::vector<Balance> balances(store::Database& db, const Settings& settings, const core::Calendar& calendar,
                              const std::vector<std::string>& who, int year, core::Date today);

// A working day on which fewer people of a role are present than a rule asks.
struct StaffingBreach {
    core::Date day;
    std::string role;
    int present = 0;
    int min = 0;
    std::vector<std::string> away; // the people of that role who are out
};

// The breaches in the range, counting `extra` (a leave being added) as taken.
std::vector<StaffingBreach> staffing_breaches(store::Database& db, const Settings& settings,
                                              const core::Calendar& calendar, core::DateRange range,
                                              const std::optional<Leave>& extra = std::nullopt);

// The staffing policy for a leave being recorded: the breaches it causes (those
// that were there without it are not its doing), and whether they refuse it.
// Sickness is never refused (the manager must know, and find cover); other leave
// is, unless forced.
struct StaffingReview {
    std::vector<StaffingBreach> breaches; // caused by the leave
    bool refused = false;                 // breaches, not sickness, not forced
};
StaffingReview review_staffing(store::Database& db, const Settings& settings, const core::Calendar& calendar,
                               const Leave& leave, bool force);

// An appointment someone has while they are away.
struct Collision {
    Leave leave;
    std::int64_t appointment = 0;
    std::string title;
    core::Instant start;
    core::Instant end;
};
std::vector<Collision> collisions(store::Database& db, core::DateRange range, const std::string& zone);

// Whether someone is out on a day (a whole day; a half day leaves them present).
bool is_away(const std::vector<Leave>& leaves, const std::string& who, core::Date day);

// When a leave keeps someone away, in a zone: whole days from midnight to
// midnight, a morning until noon, an afternoon from noon.
std::pair<core::Instant, core::Instant> leave_interval(const Leave& leave, const std::string& zone);

// The agenda's view of absences: requested and approved leave makes people
// unavailable, whole days or half days, in the office's zone.
class Availability : public agenda::AbsenceSource {
public:
    Availability(store::Database& db, std::string zone) : m_db(db), m_zone(std::move(zone)) {}
    std::vector<agenda::Away> away(const std::string& handle, core::Instant from, core::Instant to) const override;

private:
    store::Database& m_db;
    std::string m_zone;
};

} // namespace officectl::absence
