#pragma once
// People's development: skill levels (0-4) over time, training, and the
// planning, functioning and evaluation interviews that come back in cycles.

#include "officectl/core/choices.hpp"
#include "officectl/core/dates.hpp"
#include "officectl/core/money.hpp"
#include "officectl/core/period.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace officectl::teamwork {

struct SkillLevel {
    std::string who;
    std::string skill;
    int level = 0; // 0 none .. 4 expert
    core::Date date;
};

enum class TrainingStatus { planned, done };
inline constexpr core::Choices<TrainingStatus, 2> training_statuses{
    {{{TrainingStatus::planned, "planned"}, {TrainingStatus::done, "done"}}}};

struct Training {
    std::int64_t id = 0;
    std::string who;
    std::string title;
    std::optional<core::Date> date;
    std::optional<std::string> provider;
    std::optional<core::Money> cost;
    TrainingStatus status = TrainingStatus::planned;
};

struct Review {
    std::int64_t id = 0;
    std::string who;
    std::string kind; // planning, functioning, evaluation
    core::Date date;
    std::optional<std::string> notes; // confidential
};

// An interview that comes up: the last one (if any) and when the next is due.
struct ReviewDue {
    std::string who;
    std::string kind;
    std::optional<core::Date> last;
    core::Date due;
};

// The next interview of a kind: a cycle after the last one; with none on record,
// a cycle after the start date, or today when that has passed. Nothing is known
// (nullopt) with neither an interview nor a start date.
std::optional<core::Date> next_review(std::optional<core::Date> last, std::optional<core::Date> start,
                                      const core::Period& cycle, core::Date today);

} // namespace officectl::teamwork
