#include "officectl/mail/mail_rules.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/mail/item_rules.hpp"

#include <fmt/format.h>

#include <regex>

namespace officectl::mail {

bool pattern_matches(const std::string& pattern, const std::string& text) {
    if (!pattern.empty() && pattern[0] == '~') {
        std::regex re(pattern.substr(1), std::regex::ECMAScript | std::regex::icase);
        return std::regex_search(text, re);
    }
    return core::glob_match(pattern, text);
}

std::vector<MailRule> load_rules(const config::Config& config) {
    std::vector<MailRule> rules;
    for (const auto& t : config.get_tables("mail.rule")) {
        MailRule r;
        r.where = config.where(t.line);
        auto fail = [&](const std::string& why) { return config_error(fmt::format("{}: mail.rule: {}", r.where, why)); };
        auto get = [&](const char* key) -> std::optional<std::string> {
            auto it = t.values.find(key);
            if (it == t.values.end()) {
                return std::nullopt;
            }
            return it->second;
        };
        r.from = get("from");
        r.to = get("to");
        r.subject = get("subject");
        r.channel = get("channel");
        for (const auto* p : {&r.from, &r.to, &r.subject, &r.channel}) {
            if (*p && !p->value().empty() && p->value()[0] == '~') {
                try {
                    std::regex check(p->value().substr(1));
                } catch (const std::regex_error& e) {
                    throw fail(fmt::format("bad regular expression \"{}\": {}", p->value(), e.what()));
                }
            }
        }
        if (!r.from && !r.to && !r.subject && !r.channel) {
            throw fail("match on at least one of from, to, subject, channel");
        }
        if (auto tags = get("tags")) {
            r.tags = apply_tag_changes({}, core::split(*tags, ','));
        }
        r.assign = get("assign");
        if (auto due = get("due")) {
            try {
                auto text = *due;
                r.due = core::parse_period(!text.empty() && text[0] == '+' ? text.substr(1) : text);
            } catch (const Error& e) {
                throw fail(fmt::format("due: {}", e.what()));
            }
        }
        if (auto c = get("confidential")) {
            if (*c != "true" && *c != "false") {
                throw fail("confidential: expected true or false");
            }
            r.confidential = *c == "true";
        }
        if (auto s = get("status")) {
            r.status = parse_status(*s);
            if (!r.status) {
                throw fail(fmt::format("status: unknown status \"{}\" (open, waiting, done or archived)", *s));
            }
        }
        if (r.tags.empty() && !r.assign && !r.due && !r.confidential && !r.status) {
            throw fail("set at least one of tags, assign, due, confidential, status");
        }
        rules.push_back(std::move(r));
    }
    return rules;
}

bool rule_matches(const MailRule& r, const Item& it) {
    auto any = [](const std::string& pattern, std::initializer_list<std::optional<std::string>> texts) {
        for (const auto& t : texts) {
            if (t && pattern_matches(pattern, *t)) {
                return true;
            }
        }
        return false;
    };
    if (r.from && !any(*r.from, {it.from_addr, it.from_text})) {
        return false;
    }
    if (r.to && !any(*r.to, {it.to_addr, it.to_text})) {
        return false;
    }
    if (r.subject && !pattern_matches(*r.subject, it.subject)) {
        return false;
    }
    if (r.channel && !pattern_matches(*r.channel, std::string(channel_name(it.channel)))) {
        return false;
    }
    return true;
}

std::string describe_effect(const MailRule& r) {
    std::vector<std::string> sets;
    if (!r.tags.empty()) {
        sets.push_back("tags " + core::join(r.tags, ","));
    }
    if (r.assign) {
        sets.push_back("assign " + *r.assign);
    }
    if (r.due) {
        sets.push_back("due +" + core::format_period(*r.due));
    }
    if (r.confidential) {
        sets.push_back(*r.confidential ? "confidential" : "not confidential");
    }
    if (r.status) {
        sets.push_back("status " + std::string(status_name(*r.status)));
    }
    return core::join(sets, "; ");
}

std::vector<std::pair<std::string, core::Period>> retention_periods(const config::Config& config) {
    static const std::string prefix = "mail.retention.";
    std::vector<std::pair<std::string, core::Period>> out;
    for (const auto& e : config.entries()) {
        if (e.key.rfind(prefix, 0) == 0) {
            out.emplace_back(e.key.substr(prefix.size()), core::parse_period(*config.get_string(e.key)));
        }
    }
    return out;
}

RuleOutcome apply_rules(const std::vector<MailRule>& rules, Item& it) {
    RuleOutcome out;
    for (const auto& r : rules) {
        if (!rule_matches(r, it)) {
            continue;
        }
        out.matched.push_back(&r);
        it.tags = apply_tag_changes(it.tags, r.tags);
        if (r.assign) {
            out.assign = r.assign;
        }
        if (r.due) {
            it.due = core::add_period(it.date, *r.due);
        }
        if (r.confidential) {
            it.confidential = *r.confidential;
        }
        if (r.status) {
            it.status = *r.status;
        }
    }
    return out;
}

} // namespace officectl::mail
