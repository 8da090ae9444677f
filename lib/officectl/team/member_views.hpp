#pragma once
// The people directory as Tables, for `team member list` and `show`.

#include "officectl/render/table.hpp"
#include "officectl/team/member.hpp"

#include <vector>

namespace officectl::team {

// Company defaults, for what a member leaves unset.
struct Defaults {
    core::WorkWeek work_days;
    int minutes_per_day = 8 * 60;
};

render::Table members_table(const std::vector<Member>& members, core::Date today);
// One row with every field: unset hours and days show the company's values, and
// `defaults` names them; `referred_by` lists what refers to the member.
render::Table member_record(const Member& m, core::Date today, const Defaults& defaults,
                            const std::vector<std::string>& references);

} // namespace officectl::team
