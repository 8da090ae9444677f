#include "officectl/mail/item_import.hpp"

#include "officectl/contact/contact_store.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/io/file_digest.hpp"
#include "officectl/io/mail_in_order.hpp"
#include "officectl/io/mail_reader.hpp"
#include "officectl/mail/item_rules.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <thread>

namespace officectl::mail {
namespace {

std::string display(const io::MailAddress& a) {
    if (a.name.empty() || a.name == a.addr) {
        return a.addr;
    }
    return fmt::format("{} <{}>", a.name, a.addr);
}

// Address -> relation, remembered for one import (the same correspondents recur).
using ContactMemo = std::map<std::string, std::optional<std::int64_t>>;

std::optional<std::int64_t> relation_of(store::Database& db, const std::string& addr, ContactMemo& memo) {
    auto it = memo.find(addr);
    if (it == memo.end()) {
        auto c = contact::contact_for_address(db, addr);
        it = memo.emplace(addr, c ? std::optional(c->id) : std::nullopt).first;
    }
    return it->second;
}

Item item_from_mail(store::Database& db, io::ParsedMail& m, const ImportOptions& o, ContactMemo& memo) {
    Item it;
    it.channel = Channel::email;
    it.direction = m.from ? direction_of(m.from->addr, o.own) : Direction::in;
    it.status = it.direction == Direction::in ? Status::open : Status::done;
    it.date = o.today; // no Date header, or a date no mail can have: the day it is registered
    if (m.date) {
        auto instant = core::Instant{std::chrono::seconds{*m.date}};
        auto day = core::local_date(instant, o.zone);
        if (day.year() >= date::year{1970} && day <= core::add_months(o.today, 12)) {
            it.at = *m.date;
            it.date = day;
        }
    }
    if (m.from) {
        it.from_text = display(*m.from);
        it.from_addr = m.from->addr;
    }
    if (!m.to.empty()) {
        std::vector<std::string> all;
        for (const auto& t : m.to) {
            all.push_back(display(t));
        }
        it.to_text = core::join(all, ", ");
        it.to_addr = m.to.front().addr;
    }
    // The correspondent is the other party: the sender of what comes in, the
    // first addressee of what goes out.
    if (it.direction == Direction::in && it.from_addr) {
        it.from_contact = relation_of(db, *it.from_addr, memo);
    }
    if (it.direction == Direction::out && it.to_addr) {
        it.to_contact = relation_of(db, *it.to_addr, memo);
    }
    it.subject = m.subject;
    if (!m.body.empty()) {
        it.body = std::move(m.body);
    }
    if (!m.message_id.empty()) {
        it.message_id = m.message_id;
    }
    it.reply_message_ids = std::move(m.in_reply_to);
    it.source = m.source;
    for (auto& a : m.attachments) {
        it.attachments.push_back({a.name, a.type, static_cast<std::int64_t>(a.size), a.sha256,
                                  a.path.empty() ? std::nullopt : std::optional(a.path)});
    }
    it.content_hash = dedup_key(it); // the identity every path shares
    return it;
}

} // namespace

std::vector<RulePreview> preview_rules(store::Database& db, const std::string& path, const ImportOptions& o) {
    std::vector<RulePreview> out;
    ContactMemo memo;
    io::read_mail(
        path,
        [&](io::ParsedMail&& m) {
            auto item = item_from_mail(db, m, o, memo); // exactly what an import would register
            RulePreview p{item.subject, item.from_text.value_or(""), {}};
            for (const auto& r : o.rules) {
                if (rule_matches(r, item)) {
                    p.matched.push_back(&r);
                }
            }
            out.push_back(std::move(p));
        },
        [&](io::SkippedFile&& s) { throw data_error(fmt::format("{}: {}", path, s.why)); });
    return out;
}

void apply_rules_to(store::Database& db, const std::vector<MailRule>& rules, Item& item) {
    auto outcome = apply_rules(rules, item);
    if (outcome.assign) {
        auto m = team::find_member(db, *outcome.assign);
        if (!m) {
            throw config_error(fmt::format("{}: mail.rule: assign: no team member \"{}\"",
                                           outcome.matched.back()->where, *outcome.assign));
        }
        item.assignee_id = m->id;
    }
}

int ImportReport::skipped_total() const {
    int n = 0;
    for (const auto& [why, count] : skipped) {
        n += count;
    }
    return n;
}

std::string ImportReport::summary() const {
    std::string out = fmt::format("imported {}, duplicates {}, skipped {}", imported, duplicates, skipped_total());
    if (!skipped.empty()) {
        std::vector<std::string> why;
        for (const auto& [reason, count] : skipped) {
            why.push_back(fmt::format("{} {}", count, reason));
        }
        out += " (" + core::join(why, ", ") + ")";
    }
    if (closed > 0) {
        out += fmt::format("; {} follow-up{} closed by an answer", closed, closed == 1 ? "" : "s");
    }
    return out;
}

namespace {

// This thread alone writes the store; the other cores parse (GMime). On two
// cores a second parser beside the writer measured no faster (README).
int parser_count() {
    int cores = static_cast<int>(std::thread::hardware_concurrency());
    return std::clamp(cores - 1, 1, 3);
}

} // namespace

MailReading::MailReading(const std::vector<std::string>& paths, const std::string& keep_dir)
    : m_pipeline(paths, keep_dir, parser_count()) {}

ImportReport import_mail(store::Txn& txn, const std::vector<std::string>& paths, const ImportOptions& o,
                         const std::function<void(int)>& progress) {
    MailReading reading(paths, o.keep_dir);
    return import_mail(txn, reading, o, progress);
}

ImportReport import_mail(store::Txn& txn, MailReading& reading, const ImportOptions& o,
                         const std::function<void(int)>& progress) {
    ImportReport report;
    ContactMemo memo;
    int seen = 0;
    reading.pipeline().consume([&](io::MailBatch& batch) {
        for (auto& e : batch) {
            if (!e.mail) {
                ++report.skipped[e.skipped];
                continue;
            }
            auto& m = *e.mail;
            if (++seen % 1000 == 0 && progress) {
                progress(seen);
            }
            auto item = item_from_mail(txn.db(), m, o, memo);
            // The shared key; and the message's own digest, the key of what an
            // officectl before the shared key registered.
            if (known_message(txn.db(), m.message_id, item.content_hash).duplicate ||
                known_message(txn.db(), m.message_id, m.content_hash).duplicate) {
                ++report.duplicates;
                continue;
            }
            if (!o.rules.empty()) {
                apply_rules_to(txn.db(), o.rules, item);
            }
            auto reg = add_item(txn, std::move(item), o.prefixes, true);
            ++report.imported;
            report.closed += reg.closed ? 1 : 0;
        }
    });
    return report;
}

ImportReport import_register_csv(store::Txn& txn, io::CsvReader& csv, const ImportOptions& o, bool key_ref) {
    static const std::vector<std::string> known{"direction", "channel", "date",     "from",     "to", "subject",
                                                "ref",       "our_ref", "tags",     "assignee", "due"};
    std::map<std::string, std::size_t> cols;
    for (size_t i = 0; i < csv.header().size(); ++i) {
        auto name = core::to_lower(csv.header()[i]);
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            throw data_error(fmt::format("{}:1: unknown column \"{}\" (expected {})", csv.name(), csv.header()[i],
                                         core::join(known, ", ")));
        }
        cols[name] = i;
    }
    if (key_ref && !cols.contains("ref")) {
        throw data_error(fmt::format("{}:1: --key ref needs a \"ref\" column", csv.name()));
    }
    ImportReport report;
    io::CsvRow row;
    while (csv.next(row)) {
        auto field = [&](const char* name) -> std::optional<std::string> {
            auto it = cols.find(name);
            if (it == cols.end()) {
                return std::nullopt;
            }
            auto v = std::string(core::trim(row.fields[it->second]));
            return v.empty() ? std::nullopt : std::optional(v);
        };
        try {
            Item it;
            auto dir = field("direction").value_or("in");
            if (!parse_direction(dir)) {
                throw data_error(fmt::format("invalid direction \"{}\" (in or out)", dir));
            }
            it.direction = *parse_direction(dir);
            auto ch = field("channel").value_or("letter");
            if (!parse_channel(ch)) {
                throw data_error(fmt::format("invalid channel \"{}\" (email, letter, fax, phone or hand)", ch));
            }
            it.channel = *parse_channel(ch);
            it.date = field("date") ? core::parse_date(*field("date"), o.today) : o.today;
            it.from_text = field("from");
            it.to_text = field("to");
            it.subject = field("subject").value_or("");
            it.their_ref = field("ref");
            it.our_ref = field("our_ref");
            if (auto t = field("tags")) {
                it.tags = apply_tag_changes({}, core::split(*t, ','));
            }
            if (auto a = field("assignee")) {
                it.assignee_id = team::get_member(txn.db(), *a).id;
            }
            if (auto d = field("due")) {
                it.due = core::parse_date(*d, it.date);
            }
            it.status = it.direction == Direction::in ? Status::open : Status::done;
            // The correspondent as a relation, by name (created when new).
            auto party = it.direction == Direction::in ? it.from_text : it.to_text;
            if (party) {
                auto resolved = contact::resolve_party(txn, *party, {});
                (it.direction == Direction::in ? it.from_contact : it.to_contact) = resolved.contact.id;
                // Its address, as `mail log` records it: the same item has the same key.
                if (resolved.contact.email && !resolved.contact.email->empty()) {
                    (it.direction == Direction::in ? it.from_addr : it.to_addr) = resolved.contact.email;
                }
            }
            it.content_hash = dedup_key(it);
            // What an officectl before the shared key registered from CSV carries this one.
            auto legacy = io::sha256_hex(fmt::format("csv\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", dir, ch,
                                                     core::format_date(it.date), it.from_text.value_or(""),
                                                     it.to_text.value_or(""), it.subject, it.their_ref.value_or("")));
            bool duplicate = known_message(txn.db(), "", it.content_hash).duplicate ||
                             known_message(txn.db(), "", legacy).duplicate;
            if (key_ref && it.their_ref && !duplicate) {
                duplicate = ref_registered(txn.db(), it.direction, *it.their_ref);
            }
            if (duplicate) {
                ++report.duplicates;
                continue;
            }
            it.source = fmt::format("{}:{}", csv.name(), row.line);
            if (!o.rules.empty()) {
                apply_rules_to(txn.db(), o.rules, it);
            }
            add_item(txn, it, o.prefixes);
            ++report.imported;
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("{}:{}: {}", csv.name(), row.line, e.what()));
        }
    }
    return report;
}

} // namespace officectl::mail
