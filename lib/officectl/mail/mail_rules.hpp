#pragma once
// Filtering rules from config ([[mail.rule]]): match on from, to, subject and
// channel (a glob such as `*@minfin.fed.be`, or a regular expression after `~`),
// then set tags, an assignee, a due date (`+10d` after the item's date),
// confidentiality and a status. Applied in order at import and at `mail log`;
// tags add up, later rules override the rest. Plain functions over values.

#include "officectl/config/config.hpp"
#include "officectl/core/period.hpp"
#include "officectl/mail/item.hpp"

#include <optional>
#include <string>
#include <vector>

namespace officectl::mail {

struct MailRule {
    std::string where; // config.toml:12, for messages
    std::optional<std::string> from, to, subject, channel;
    std::vector<std::string> tags;
    std::optional<std::string> assign; // a handle
    std::optional<core::Period> due;
    std::optional<bool> confidential;
    std::optional<Status> status;
};

// Reads and checks the rules; a rule without a match, without an effect, with a
// bad regex, period or status is a config Error (78) naming file and line.
std::vector<MailRule> load_rules(const config::Config& config);
// `~regex` (case-insensitive, searched anywhere) or a glob (case-insensitive, whole text).
bool pattern_matches(const std::string& pattern, const std::string& text);
bool rule_matches(const MailRule& rule, const Item& item);

struct RuleOutcome {
    std::vector<const MailRule*> matched;
    std::optional<std::string> assign; // the handle to resolve (the store knows people)
};
// Applies every matching rule to `item` (tags, due, confidential, status).
RuleOutcome apply_rules(const std::vector<MailRule>& rules, Item& item);
// What a rule sets, for people: `tags tax; assign bert; due +10d`.
std::string describe_effect(const MailRule& rule);

// How long finished items with a tag stay (mail.retention.<tag>), by tag.
std::vector<std::pair<std::string, core::Period>> retention_periods(const config::Config& config);

} // namespace officectl::mail
