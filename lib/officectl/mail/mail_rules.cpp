#include "officectl/mail/mail_rules.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/mail/item_rules.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

namespace officectl::mail {

Pattern Pattern::parse(std::string text) {
    Pattern p;
    p.m_text = std::move(text);
    if (p.m_text.empty() || p.m_text[0] != '~') {
        return p;
    }
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    auto regex = std::make_shared<const RE2>(std::string_view(p.m_text).substr(1), options);
    if (!regex->ok()) {
        throw config_error(fmt::format("bad regular expression \"{}\": {}", p.m_text, regex->error()));
    }
    p.m_regex = std::move(regex);
    return p;
}

bool Pattern::matches(std::string_view text) const {
    if (m_regex) {
        return RE2::PartialMatch(text, *m_regex);
    }
    return core::glob_match(m_text, text);
}

bool pattern_matches(const std::string& pattern, const std::string& text) { return Pattern::parse(pattern).matches(text); }

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
        auto pattern = [&](const char* key) -> std::optional<Pattern> {
            auto text = get(key);
            if (!text) {
                return std::nullopt;
            }
            try {
                return Pattern::parse(*text);
            } catch (const Error& e) {
                throw fail(e.what());
            }
        };
        r.from = pattern("from");
        r.to = pattern("to");
        r.subject = pattern("subject");
        r.channel = pattern("channel");
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
    auto any = [](const Pattern& pattern, std::initializer_list<const std::optional<std::string>*> texts) {
        for (const auto* t : texts) {
            if (*t && pattern.matches(**t)) {
                return true;
            }
        }
        return false;
    };
    if (r.from && !any(*r.from, {&it.from_addr, &it.from_text})) {
        return false;
    }
    if (r.to && !any(*r.to, {&it.to_addr, &it.to_text})) {
        return false;
    }
    if (r.subject && !r.subject->matches(it.subject)) {
        return false;
    }
    if (r.channel && !r.channel->matches(channel_name(it.channel))) {
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
