#pragma once
// Skills as a matrix (people by skills), gaps against the roles' required
// levels, training, interviews and those due, onboarding progress.

#include "officectl/render/report.hpp"
#include "officectl/store/database.hpp"
#include "officectl/teamwork/development.hpp"
#include "officectl/teamwork/teamwork_settings.hpp"

#include <vector>

namespace officectl::teamwork {

// People by skills; with `gaps_only`, only the cells below what the person's
// role requires, shown as `level<required`.
render::Table skills_matrix(store::Database& db, const TeamSettings& settings, core::Date today, bool gaps_only);
render::Table training_table(const std::vector<Training>& training);
// Interview notes are always confidential: Secret cells.
render::Table reviews_table(const std::vector<Review>& reviews);
// The interviews due by `until` (overdue ones included), per active person and kind.
std::vector<ReviewDue> reviews_due(store::Database& db, const TeamSettings& settings, core::Date today, core::Date until);
render::Table reviews_due_table(const std::vector<ReviewDue>& due, core::Date today, std::string title = "");

} // namespace officectl::teamwork
