#pragma once
// Process improvement: indicators measured from the store's own figures,
// findings (a problem with its evidence), SMART plans to solve them, the
// actions that carry a plan out (team tasks) and the reviews that adjust it.

#include "officectl/core/choices.hpp"
#include "officectl/core/dates.hpp"
#include "officectl/core/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::improve {

// A target such as `< 5`, `>= 90`, `= 0`.
struct Target {
    enum class Op { lt, le, gt, ge, eq };
    Op op = Op::le;
    double value = 0;
    friend bool operator==(const Target&, const Target&) = default;
};

// Which way is better, for the trend.
enum class Better { lower, higher };

// An indicator: built in (computed by officectl) or configured (a query).
struct Indicator {
    std::string name;        // mail_answer_days
    std::string title;       // Median days to answer a letter
    std::string definition;  // what is counted, how, and what it leaves out
    std::string unit;        // days, items, %
    std::optional<Target> target;
    Better better = Better::lower;
    std::optional<std::string> query; // configured: SQL returning one number (:from, :to bound)
    std::string origin = "built in";  // or the config file and line
};

// One indicator's value in one period (nullopt: nothing to measure, or the future).
struct Measure {
    core::DateRange period;
    std::string label; // 2026-11, 2026-W49
    std::optional<double> value;
};

struct Series {
    Indicator indicator;
    std::vector<Measure> measures; // oldest first
};

enum class Impact { low, medium, high };
inline constexpr core::Choices<Impact, 3> impacts{{{{Impact::low, "low"}, {Impact::medium, "medium"}, {Impact::high, "high"}}}};
// open: no plan yet; planned: a plan is under way; solved: a plan closed it.
enum class FindingStatus { open, planned, solved };
inline constexpr core::Choices<FindingStatus, 3> finding_statuses{
    {{{FindingStatus::open, "open"}, {FindingStatus::planned, "planned"}, {FindingStatus::solved, "solved"}}}};
std::string_view impact_name(Impact i);
std::optional<Impact> parse_impact(std::string_view word);

struct Finding {
    std::int64_t id = 0;
    std::string title;                    // Facturen te laat goedgekeurd
    std::optional<std::string> process;   // aankoop
    Impact impact = Impact::medium;
    std::optional<std::string> evidence;
    std::optional<std::string> kpi;       // an indicator's name
    core::Date found;
    FindingStatus status = FindingStatus::open;
};

enum class PlanType { corrective, preventive, improvement };
inline constexpr core::Choices<PlanType, 3> plan_types{
    {{{PlanType::corrective, "corrective"}, {PlanType::preventive, "preventive"}, {PlanType::improvement, "improvement"}}}};
std::string_view plan_type_name(PlanType t);
std::optional<PlanType> parse_plan_type(std::string_view word);

struct Plan {
    std::int64_t id = 0;
    std::int64_t finding_id = 0;
    std::string title;                    // Goedkeuringstermijn halveren
    PlanType type = PlanType::improvement;
    std::optional<std::string> indicator; // measurable: an indicator's name
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<core::Date> by;
    std::optional<std::string> owner;     // a team handle
    std::optional<core::Money> cost;      // what it is expected to cost
    std::optional<std::string> effect;    // the expected effect, in words
    bool draft = false;                   // stored without being SMART
    core::Date created;
    std::optional<core::Date> closed;
};

// An action of a plan: a team task (so `team task list` shows it).
struct Action {
    std::int64_t plan_id = 0;
    std::int64_t task_id = 0;
    std::string title;
    std::string owner;
    std::optional<core::Date> due;
    std::optional<core::Date> done;
};

// A review of a plan: a note and, when the plan changed, what changed, with why.
struct Review {
    std::int64_t id = 0;
    std::int64_t plan_id = 0;
    core::Date date;
    std::string note;
    std::optional<std::string> field;     // target, by, baseline, indicator, owner
    std::optional<std::string> old_value;
    std::optional<std::string> new_value;
    std::optional<double> measured;       // the indicator's value at the review
};

} // namespace officectl::improve
