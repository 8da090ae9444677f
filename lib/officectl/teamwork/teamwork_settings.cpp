#include "officectl/teamwork/teamwork_settings.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

namespace officectl::teamwork {

std::pair<std::string, int> parse_skill_level(std::string_view text) {
    auto eq = text.find('=');
    auto skill = core::to_lower(core::trim(text.substr(0, eq)));
    auto level = eq == std::string_view::npos ? std::string() : std::string(core::trim(text.substr(eq + 1)));
    if (skill.empty() || level.size() != 1 || level[0] < '0' || level[0] > '4') {
        throw data_error(fmt::format("\"{}\": expected skill=level with a level from 0 to 4 (excel=3)", text));
    }
    return {skill, level[0] - '0'};
}

TeamSettings load_team_settings(const config::Config& config) {
    TeamSettings s;
    s.review_cycles = {{"planning", core::parse_period("1y")},
                       {"functioning", core::parse_period("1y")},
                       {"evaluation", core::parse_period("1y")}};
    for (const auto& entry : config.entries()) {
        if (entry.origin == "unset" || entry.origin == "default") {
            continue;
        }
        if (entry.key.rfind("team.required.", 0) == 0) {
            auto role = entry.key.substr(std::string("team.required.").size());
            for (const auto& item : config.get_strings(entry.key)) {
                try {
                    auto [skill, level] = parse_skill_level(item);
                    s.required[role][skill] = level;
                } catch (const Error& e) {
                    throw config_error(fmt::format("{}: {}: {}", entry.origin, entry.key, e.what()));
                }
            }
        } else if (entry.key.rfind("team.review.", 0) == 0) {
            auto kind = entry.key.substr(std::string("team.review.").size());
            s.review_cycles[kind] = core::parse_period(*config.get_string(entry.key));
        }
    }
    for (const auto& t : config.get_tables("team.onboarding")) {
        OnboardingStep step;
        step.where = config.where(t.line);
        auto get = [&](const char* key) {
            auto it = t.values.find(key);
            return it == t.values.end() ? std::string() : it->second;
        };
        step.role = get("role").empty() ? "*" : get("role");
        step.task = get("task");
        if (step.task.empty()) {
            throw config_error(fmt::format("{}: team.onboarding: each step needs a task", step.where));
        }
        try {
            step.after = core::parse_period(get("after").empty() ? "0d" : get("after"));
        } catch (const Error& e) {
            throw config_error(fmt::format("{}: team.onboarding after: {}", step.where, e.what()));
        }
        s.onboarding.push_back(std::move(step));
    }
    return s;
}

void add_team_schema(config::Schema& schema) {
    schema.push_back({"team.required.*", config::ValueKind::string_list, "",
                      "skill levels a role needs, e.g. team.required.secretary = [\"excel=3\", \"frans=2\"] (0-4)",
                      nullptr});
    schema.push_back({"team.review.*", config::ValueKind::string, "",
                      "how often an interview comes back per kind: team.review.functioning = \"1y\" "
                      "(default 1y for planning, functioning, evaluation)",
                      config::check_period});
    schema.push_back({"team.onboarding", config::ValueKind::table_list, "",
                      "onboarding checklist [[team.onboarding]]: role (or * for all), task, after (+0d, 1w: due "
                      "after the start date)",
                      nullptr,
                      {"role", "task", "after"}});
}

} // namespace officectl::teamwork
