#pragma once
// The SQL of skills, training and reviews: the only place that touches
// teamwork_skill, teamwork_training and teamwork_review.

#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"
#include "officectl/teamwork/development.hpp"

#include <vector>

namespace officectl::teamwork {

const std::vector<store::Migration>& development_migrations();

// Records a level on a day (the latest day's level is the current one).
void set_skill(store::Txn& txn, const SkillLevel& s);
// Everyone's current level per skill.
std::vector<SkillLevel> current_skills(store::Database& db);

std::int64_t add_training(store::Txn& txn, const Training& t);
void update_training(store::Txn& txn, const Training& t);
Training get_training(store::Database& db, std::int64_t id);
std::vector<Training> list_training(store::Database& db, const std::optional<std::string>& who);

std::int64_t add_review(store::Txn& txn, const Review& r);
std::vector<Review> list_reviews(store::Database& db, const std::optional<std::string>& who);

} // namespace officectl::teamwork
