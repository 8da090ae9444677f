#pragma once
// The people directory: everyone inside the company, by handle. Every domain
// refers to people by handle, never by a free-text copy of a name.

#include "officectl/core/calendar.hpp"
#include "officectl/core/dates.hpp"
#include "officectl/core/language.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace officectl::team {

struct Member {
    std::int64_t id = 0;
    std::string handle; // `an`, `bert.p`: lower case, stable, what other records use
    std::string name;   // "An Peeters"
    std::optional<std::string> email;
    std::optional<std::string> role;
    std::optional<std::string> manager;       // the manager's handle
    std::optional<int> minutes_per_week;      // contract hours; unset: the company's working week
    std::optional<core::WorkWeek> work_days;  // unset: the company's work.days
    std::optional<core::Date> start;
    std::optional<core::Date> end;            // last day in the company
    std::optional<core::Language> lang;
    friend bool operator==(const Member&, const Member&) = default;
};

// Where someone stands on a given day.
enum class MemberStatus { joining, active, left };
inline constexpr core::Choices<MemberStatus, 3> member_statuses{
    {{{MemberStatus::active, "active"}, {MemberStatus::joining, "joining"}, {MemberStatus::left, "left"}}}};
MemberStatus status_on(const Member& m, core::Date day);
std::string_view status_name(MemberStatus s);
// A working day's minutes: the contract hours spread over their working days
// (`company` when they have none of their own), else `default_minutes`.
double minutes_per_day(const Member& m, const core::WorkWeek& company, int default_minutes);

enum class MemberSort { handle, name, start, role };
inline constexpr core::Choices<MemberSort, 4> member_sorts{
    {{{MemberSort::handle, "handle"}, {MemberSort::name, "name"}, {MemberSort::start, "start"}, {MemberSort::role, "role"}}}};

struct MemberFilter {
    // nullopt: everyone not yet gone (active and joining).
    std::optional<MemberStatus> status;
    bool all = false; // everyone, gone included
    std::optional<std::string> role;
    std::optional<std::string> manager;
    MemberSort sort = MemberSort::handle;
    int limit = 0;
};

} // namespace officectl::team
