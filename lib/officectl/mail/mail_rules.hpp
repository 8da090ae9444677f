#pragma once
// Filtering rules from config ([[mail.rule]]): match on from, to, subject and
// channel (a glob such as `*@minfin.fed.be`, or a regular expression after `~`),
// then set tags, an assignee, a due date (`+10d` after the item's date),
// confidentiality and a status. Applied in order at import and at `mail log`;
// tags add up, later rules override the rest. Plain functions over values.

#include "officectl/config/config.hpp"
#include "officectl/core/period.hpp"
#include "officectl/mail/item.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace officectl::mail {

// What a rule matches a field with: a glob (`*@minfin.fed.be`, case-insensitive,
// the whole text) or, after `~`, a regular expression (case-insensitive,
// searched anywhere) in RE2's syntax, which matches in time linear in the text
// and without recursion, whatever the pattern (no backreferences or lookaround).
class Pattern {
public:
    // Throws a config Error for a regular expression RE2 cannot compile.
    static Pattern parse(std::string text);
    bool matches(std::string_view text) const;
    const std::string& text() const { return m_text; }

private:
    std::string m_text;
    std::shared_ptr<const re2::RE2> m_regex; // null for a glob
};

struct MailRule {
    std::string where; // config.toml:12, for messages
    std::optional<Pattern> from, to, subject, channel;
    std::vector<std::string> tags;
    std::optional<std::string> assign; // a handle
    std::optional<core::Period> due;
    std::optional<bool> confidential;
    std::optional<Status> status;
};

// Reads and checks the rules; a rule without a match, without an effect, with a
// bad regex, period or status is a config Error (78) naming file and line.
std::vector<MailRule> load_rules(const config::Config& config);
// `~regex` or a glob, as Pattern reads them (compiled on each call: for one-off checks).
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
