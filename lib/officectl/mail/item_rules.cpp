#include "officectl/mail/item_rules.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace officectl::mail {

std::optional<Direction> parse_direction(std::string_view s) {
    if (s == "in") {
        return Direction::in;
    }
    if (s == "out") {
        return Direction::out;
    }
    return std::nullopt;
}

std::string_view direction_name(Direction d) { return d == Direction::in ? "in" : "out"; }

std::optional<Channel> parse_channel(std::string_view s) {
    for (auto c : {Channel::email, Channel::letter, Channel::fax, Channel::phone, Channel::hand}) {
        if (channel_name(c) == s) {
            return c;
        }
    }
    if (s == "e-mail" || s == "mail") {
        return Channel::email;
    }
    return std::nullopt;
}

std::string_view channel_name(Channel c) {
    switch (c) {
    case Channel::email: return "email";
    case Channel::letter: return "letter";
    case Channel::fax: return "fax";
    case Channel::phone: return "phone";
    case Channel::hand: return "hand";
    }
    return "letter";
}

std::optional<Status> parse_status(std::string_view s) {
    for (auto st : {Status::open, Status::waiting, Status::done, Status::archived}) {
        if (status_name(st) == s) {
            return st;
        }
    }
    return std::nullopt;
}

std::string_view status_name(Status s) {
    switch (s) {
    case Status::open: return "open";
    case Status::waiting: return "waiting";
    case Status::done: return "done";
    case Status::archived: return "archived";
    }
    return "open";
}

std::string item_number(std::string_view prefix, int year, int seq) { return fmt::format("{}-{:04}-{:04}", prefix, year, seq); }

Direction direction_of(std::string_view from_addr, const std::vector<std::string>& own) {
    for (const auto& pattern : own) {
        if (core::glob_match(pattern, from_addr)) {
            return Direction::out;
        }
    }
    return Direction::in;
}

bool awaits_answer(const Item& item) { return item.status == Status::open || item.status == Status::waiting; }

bool is_overdue(const Item& item, core::Date today) { return awaits_answer(item) && item.due && *item.due < today; }

std::vector<std::string> apply_tag_changes(std::vector<std::string> tags, const std::vector<std::string>& changes) {
    for (const auto& raw : changes) {
        auto change = core::to_lower(core::trim(raw));
        if (change.empty()) {
            continue;
        }
        bool remove = change[0] == '-';
        auto tag = (change[0] == '-' || change[0] == '+') ? change.substr(1) : change;
        if (tag.empty()) {
            continue;
        }
        auto it = std::find(tags.begin(), tags.end(), tag);
        if (remove && it != tags.end()) {
            tags.erase(it);
        } else if (!remove && it == tags.end()) {
            tags.push_back(tag);
        }
    }
    std::sort(tags.begin(), tags.end());
    return tags;
}

SearchQuery parse_search(std::string_view query, core::Date today) {
    SearchQuery q;
    std::vector<std::string> words;
    std::string cur;
    bool quoted = false;
    auto flush = [&] {
        if (cur.empty()) {
            return;
        }
        auto colon = cur.find(':');
        if (!quoted && colon != std::string::npos && colon > 0) {
            auto field = core::to_lower(cur.substr(0, colon));
            auto value = cur.substr(colon + 1);
            if (field == "from") {
                q.from.push_back(value);
            } else if (field == "to") {
                q.to.push_back(value);
            } else if (field == "subject") {
                q.subject.push_back(value);
            } else if (field == "tag") {
                q.tags.push_back(core::to_lower(value));
            } else if (field == "date") {
                q.dates = core::parse_range(value, today);
            } else {
                throw usage_error(fmt::format("unknown search field \"{}:\" (use from:, to:, subject:, tag:, date:A..B)", field));
            }
        } else {
            // Each word is an FTS5 string: quoted, inner quotes doubled, so no
            // character in it is taken as query syntax. Words are ANDed.
            std::string escaped;
            for (char c : cur) {
                escaped += c == '"' ? std::string("\"\"") : std::string(1, c);
            }
            words.push_back("\"" + escaped + "\"");
        }
        cur.clear();
    };
    for (char c : query) {
        if (c == '"') {
            flush(); // a quote ends the word before it, or the phrase it closes
            quoted = !quoted;
        } else if (c == ' ' && !quoted) {
            flush();
        } else {
            cur += c;
        }
    }
    flush();
    q.text = core::join(words, " ");
    return q;
}

} // namespace officectl::mail
