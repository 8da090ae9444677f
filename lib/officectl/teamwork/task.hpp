#pragma once
// Tasks given to people of the team: who, by when, how urgent, how long, where
// they came from (a letter, a meeting), and when they were done.

#include "officectl/core/choices.hpp"
#include "officectl/core/dates.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace officectl::teamwork {

enum class Priority { high, normal, low };
inline constexpr core::Choices<Priority, 3> priorities{
    {{{Priority::high, "high"}, {Priority::normal, "normal"}, {Priority::low, "low"}}}};
std::string_view priority_name(Priority p);
std::optional<Priority> parse_priority(std::string_view word);

struct Task {
    std::int64_t id = 0;
    std::string title;
    std::string assignee;                 // a handle
    std::optional<core::Date> due;
    Priority priority = Priority::normal;
    std::optional<int> estimate_minutes;  // how long it takes
    std::optional<std::string> origin;    // "mail:IN-2026-0012", "agenda:12"
    std::optional<core::Date> done;
    core::Date created;
    bool is_open() const { return !done.has_value(); }
    bool is_overdue(core::Date today) const { return is_open() && due && *due < today; }
};

struct TaskFilter {
    std::optional<std::string> who;
    bool overdue = false;       // open and past due
    std::optional<bool> open;   // nullopt: all
    std::optional<core::DateRange> due_within;
    std::optional<std::string> origin_prefix; // `onboarding:`, `event:`: tasks another domain made
};

// `mail:IN-2026-0012`: a domain, a colon, its reference. Throws a usage Error otherwise.
void check_origin(std::string_view origin);
// The domain a task came from: "event" for origin `event:3`, ... ("team" for a
// task of the team's own, or an origin no domain owns).
std::string origin_domain(const Task& t);

} // namespace officectl::teamwork
