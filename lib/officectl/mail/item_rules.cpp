#include "officectl/mail/item_rules.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/io/file_digest.hpp"

#include <fmt/format.h>

#include <cctype>

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
    // One spelling per channel whatever the path: case, spaces, hyphens,
    // underscores and dots do not count (`E-mail`, `e-mail`, `EMAIL`, `e mail`).
    std::string word;
    for (char c : core::to_lower(core::trim(s))) {
        if (c != '-' && c != ' ' && c != '_' && c != '.' && c != '\t') {
            word += c;
        }
    }
    if (auto c = channels.parse(word)) {
        return c;
    }
    if (word == "mail") {
        return Channel::email;
    }
    return std::nullopt;
}

std::string_view channel_name(Channel c) { return channels.name(c); }

std::optional<Status> parse_status(std::string_view s) { return statuses.parse(s); }

std::string_view status_name(Status s) { return statuses.name(s); }

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

namespace {

// Trimmed, lower case, every run of white space one space: how a field counts
// for the item's identity.
std::string normalised(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : core::to_lower(core::trim(text))) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = true;
            continue;
        }
        if (space && !out.empty()) {
            out += ' ';
        }
        space = false;
        out += c;
    }
    return out;
}

} // namespace

std::string dedup_key(const Item& item) {
    bool in = item.direction == Direction::in;
    const auto& addr = in ? item.from_addr : item.to_addr;
    const auto& contact = in ? item.from_contact : item.to_contact;
    const auto& text = in ? item.from_text : item.to_text;
    std::string party;
    if (addr && !core::trim(*addr).empty()) {
        party = "addr:" + normalised(*addr);
    } else if (contact) {
        party = fmt::format("relation:{}", *contact);
    } else if (text) {
        party = "name:" + normalised(*text);
    }
    std::vector<std::string> files;
    for (const auto& a : item.attachments) {
        files.push_back(normalised(a.sha256));
    }
    std::sort(files.begin(), files.end());
    return io::sha256_hex(fmt::format("item\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", direction_name(item.direction),
                                      channel_name(item.channel), core::format_date(item.date), party,
                                      normalised(item.subject), normalised(item.their_ref.value_or("")),
                                      normalised(item.body.value_or("")), core::join(files, ",")));
}

std::optional<std::string> correction_refusal(const Item& registered, const Item& corrected) {
    if (core::trim(corrected.subject).empty()) {
        return "--subject: a subject is required";
    }
    if (corrected.date.year() != registered.date.year()) {
        return fmt::format("--date: {} is not in {}, the year of {}; the number never changes, so an item of "
                           "another year is registered anew (`officectl mail log`)",
                           core::format_date(corrected.date), static_cast<int>(registered.date.year()),
                           registered.number);
    }
    return std::nullopt;
}

std::optional<std::string> reopen_refusal(const Item& item) {
    if (item.direction == Direction::out) {
        return fmt::format("{} is outgoing: it awaits no answer, there is no follow-up to reopen", item.number);
    }
    if (awaits_answer(item)) {
        return fmt::format("{} is not closed: it is {} (close it with `officectl mail done {}`)", item.number,
                           status_name(item.status), item.number);
    }
    if (item.status == Status::archived) {
        return fmt::format("{} is archived: an archived item stays closed (register the new question with "
                           "`officectl mail log`)",
                           item.number);
    }
    return std::nullopt;
}

void reopen(Item& item) {
    item.status = Status::open;
    item.done_on.reset();
}

std::string reply_subject(std::string_view subject) {
    // Re (en), AW (de), TR (fr, transféré is not a reply but mail clients stack it
    // the same way), Antw (nl), Réf (fr), SV (sv), with or without a count "Re[2]:".
    static const std::string_view prefixes[] = {"re", "aw", "antw", "tr", "sv", "réf", "ref", "wg", "fw", "fwd"};
    auto rest = subject;
    for (bool again = true; again;) {
        again = false;
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) {
            rest.remove_prefix(1);
        }
        for (auto p : prefixes) {
            if (rest.size() <= p.size()) {
                continue;
            }
            bool same = true; // ASCII letters in any case; other bytes as they are
            for (size_t i = 0; i < p.size() && same; ++i) {
                auto c = static_cast<unsigned char>(rest[i]);
                same = (c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c)) == p[i];
            }
            if (!same) {
                continue;
            }
            auto after = rest.substr(p.size());
            if (!after.empty() && after.front() == '[') { // Re[2]:
                auto close = after.find(']');
                after = close == std::string_view::npos ? after : after.substr(close + 1);
            }
            if (!after.empty() && after.front() == ':') {
                rest = after.substr(1);
                again = true;
                break;
            }
        }
    }
    return "Re: " + std::string(rest.empty() ? subject : rest);
}

} // namespace officectl::mail
