#pragma once
// What config.toml says about the team's development: the skill levels each
// role needs ([team.required]), how often each kind of interview comes back
// ([team.review]), and the onboarding checklists ([[team.onboarding]]).

#include "officectl/config/config.hpp"
#include "officectl/core/period.hpp"

#include <map>
#include <string>
#include <vector>

namespace officectl::teamwork {

struct OnboardingStep {
    std::string role;     // a role, or "*" for everyone
    std::string task;     // the task's title
    core::Period after;   // due this long after the start date
    std::string where;    // config file:line
};

struct TeamSettings {
    std::map<std::string, std::map<std::string, int>> required; // role -> skill -> level
    std::map<std::string, core::Period> review_cycles;          // kind -> period
    std::vector<OnboardingStep> onboarding;
};

// Throws a config Error (78) naming file and line for a bad value.
TeamSettings load_team_settings(const config::Config& config);
void add_team_schema(config::Schema& schema);

// `excel=3` -> {"excel", 3}; throws a data Error unless a skill and a level 0-4.
std::pair<std::string, int> parse_skill_level(std::string_view text);

} // namespace officectl::teamwork
