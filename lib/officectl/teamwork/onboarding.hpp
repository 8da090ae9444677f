#pragma once
// Welcoming a new colleague: the checklist of their role ([[team.onboarding]])
// becomes tasks due after their start date, followed up like any task.

#include "officectl/render/report.hpp"
#include "officectl/store/txn.hpp"
#include "officectl/team/member.hpp"
#include "officectl/teamwork/task.hpp"
#include "officectl/teamwork/teamwork_settings.hpp"

#include <vector>

namespace officectl::teamwork {

// Creates the steps of the person's role and those for everyone ("*") as their
// tasks, origin `onboarding:<handle>`, due `after` their start (today when
// unknown). Steps already created are skipped: running it twice adds nothing.
std::vector<Task> onboard(store::Txn& txn, const TeamSettings& settings, const team::Member& m, core::Date today);

struct OnboardingProgress {
    std::string who;
    int done = 0;
    int total = 0;
    int overdue = 0;
    std::optional<core::Date> next_due;
};

// Everyone with onboarding tasks; with `all` false only those not finished.
std::vector<OnboardingProgress> onboarding_progress(store::Database& db, core::Date today, bool all);
render::Table onboarding_table(const std::vector<OnboardingProgress>& rows, std::string title = "");

} // namespace officectl::teamwork
