// The correspondence register's reads: items, threads, follow-ups, counts, search. The
// writes are in item_store.cpp; both implement item_store.hpp.

#include "officectl/mail/item_store.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/mail/item_rules.hpp"
#include "officectl/team/member_store.hpp"

#include "officectl/store/sql.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <map>

namespace officectl::mail {
namespace {

constexpr const char* k_select = R"(
SELECT i.id, i.number, i.direction, i.channel, i.date, i.at, i.from_text, i.from_addr, i.from_contact, i.to_text,
       i.to_addr, i.to_contact, i.subject, i.their_ref, i.our_ref, i.tags, i.assignee_id, i.due, i.status,
       i.confidential, i.body, i.message_id, i.content_hash, i.reply_to, p.number, i.source, i.done_on, i.note
FROM mail_item i LEFT JOIN mail_item p ON p.id = i.reply_to
)";

Item read_item(SQLite::Statement& q, const std::map<std::int64_t, std::string>& handles) {
    Item it;
    it.id = q.getColumn(0).getInt64();
    it.number = q.getColumn(1).getString();
    it.direction = parse_direction(q.getColumn(2).getString()).value_or(Direction::in);
    it.channel = parse_channel(q.getColumn(3).getString()).value_or(Channel::letter);
    it.date = *core::parse_iso_date(q.getColumn(4).getString());
    it.at = store::opt_int(q, 5);
    it.from_text = store::opt_text(q, 6);
    it.from_addr = store::opt_text(q, 7);
    it.from_contact = store::opt_int(q, 8);
    it.to_text = store::opt_text(q, 9);
    it.to_addr = store::opt_text(q, 10);
    it.to_contact = store::opt_int(q, 11);
    it.subject = q.getColumn(12).getString();
    it.their_ref = store::opt_text(q, 13);
    it.our_ref = store::opt_text(q, 14);
    it.tags = store::tags_from_json(q.getColumn(15).getString());
    it.assignee_id = store::opt_int(q, 16);
    if (it.assignee_id) {
        auto h = handles.find(*it.assignee_id);
        it.assignee = h == handles.end() ? std::to_string(*it.assignee_id) : h->second;
    }
    it.due = store::opt_date(q, 17);
    it.status = parse_status(q.getColumn(18).getString()).value_or(Status::open);
    it.confidential = q.getColumn(19).getInt() != 0;
    it.body = store::opt_text(q, 20);
    it.message_id = store::opt_text(q, 21);
    it.content_hash = q.getColumn(22).getString();
    it.reply_to = store::opt_int(q, 23);
    it.reply_to_number = store::opt_text(q, 24);
    it.source = store::opt_text(q, 25);
    it.done_on = store::opt_date(q, 26);
    it.note = store::opt_text(q, 27);
    return it;
}

std::vector<Item> read_all(store::Database& db, SQLite::Statement& q) {
    auto handles = team::member_handles_by_id(db);
    std::vector<Item> out;
    while (q.executeStep()) {
        out.push_back(read_item(q, handles));
    }
    return out;
}

void load_attachments(store::Database& db, Item& it) {
    SQLite::Statement q(db.sqlite(), "SELECT name, type, size, sha256, path FROM mail_attachment WHERE item_id = ? ORDER BY id");
    q.bind(1, static_cast<int64_t>(it.id));
    while (q.executeStep()) {
        it.attachments.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getInt64(),
                                  q.getColumn(3).getString(), store::opt_text(q, 4)});
    }
}

// Closes `answered` if it is an incoming item awaiting an answer; its number when it did.

} // namespace

Known known_message(store::Database& db, const std::string& message_id, const std::string& content_hash) {
    // The same content is the same message, whatever its Message-ID says. The
    // same Message-ID with other content is a different message (some mailers
    // reuse IDs): it is registered, and the content hash tells them apart.
    (void)message_id;
    auto& q = db.cached("SELECT 1 FROM mail_item WHERE content_hash = ? LIMIT 1");
    q.bind(1, content_hash);
    return {q.executeStep()};
}

bool ref_registered(store::Database& db, Direction direction, const std::string& ref) {
    SQLite::Statement q(db.sqlite(), "SELECT 1 FROM mail_item WHERE direction = ? AND their_ref = ? LIMIT 1");
    q.bind(1, std::string(direction_name(direction)));
    q.bind(2, ref);
    return q.executeStep();
}

Item get_item(store::Database& db, std::string_view number) {
    auto text = std::string(core::trim(number));
    bool is_id = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
    SQLite::Statement q(db.sqlite(), std::string(k_select) + (is_id ? "WHERE i.id = ?" : "WHERE i.number = ? COLLATE NOCASE"));
    if (is_id) {
        q.bind(1, static_cast<int64_t>(std::stoll(text)));
    } else {
        q.bind(1, text);
    }
    auto found = read_all(db, q);
    if (found.empty()) {
        throw not_found(fmt::format("no register item \"{}\" (see `officectl mail list`)", number));
    }
    load_attachments(db, found.front());
    return found.front();
}

std::vector<Item> list_items(store::Database& db, const ItemFilter& f, core::Date today) {
    SQLite::Statement q(db.sqlite(), std::string(k_select) + R"(
WHERE (?1 IS NULL OR i.direction = ?1)
  AND (?2 IS NULL OR i.channel = ?2)
  AND (?3 IS NULL OR i.date >= ?3)
  AND (?4 IS NULL OR i.date <= ?4)
  AND (?5 IS NULL OR i.assignee_id = ?5)
  AND (?6 IS NULL OR EXISTS (SELECT 1 FROM json_each(i.tags) WHERE value = ?6))
  AND (?7 IS NULL OR i.status = ?7)
  AND (?8 = 0 OR (i.status IN ('open', 'waiting') AND i.due < ?9))
  AND (?10 IS NULL OR i.from_contact = ?10 OR i.to_contact = ?10)
ORDER BY i.date DESC, i.id DESC
LIMIT ?11)");
    store::bind_opt(q, 1, f.direction ? std::optional<std::string>(direction_name(*f.direction)) : std::nullopt);
    store::bind_opt(q, 2, f.channel ? std::optional<std::string>(channel_name(*f.channel)) : std::nullopt);
    store::bind_opt(q, 3, store::date_text(f.from));
    store::bind_opt(q, 4, store::date_text(f.to));
    store::bind_opt(q, 5, f.assignee_id);
    store::bind_opt(q, 6, f.tag ? std::optional<std::string>(core::to_lower(*f.tag)) : std::nullopt);
    store::bind_opt(q, 7, f.status ? std::optional<std::string>(status_name(*f.status)) : std::nullopt);
    q.bind(8, f.overdue ? 1 : 0);
    q.bind(9, core::format_date(today));
    store::bind_opt(q, 10, f.contact_id);
    q.bind(11, f.limit > 0 ? f.limit : -1);
    return read_all(db, q);
}

std::vector<Item> followups(store::Database& db, std::optional<std::int64_t> assignee_id, bool overdue_only,
                            core::Date today) {
    // The partial index holds exactly these items; without statistics SQLite would
    // rather walk every incoming item, so it is named.
    std::string select = k_select;
    select.replace(select.find("FROM mail_item i"), 16, "FROM mail_item i INDEXED BY mail_item_awaiting");
    SQLite::Statement q(db.sqlite(), select + R"(
WHERE i.direction = 'in' AND i.status IN ('open', 'waiting')
  AND (?1 IS NULL OR i.assignee_id = ?1)
  AND (?2 = 0 OR i.due < ?3)
ORDER BY i.date, i.id)");
    store::bind_opt(q, 1, assignee_id);
    q.bind(2, overdue_only ? 1 : 0);
    q.bind(3, core::format_date(today));
    return read_all(db, q);
}

std::vector<Item> thread_of(store::Database& db, const Item& item) {
    // Up to the root, then every item below it.
    std::int64_t root = item.id;
    for (int guard = 0; guard < 100; ++guard) {
        SQLite::Statement up(db.sqlite(), "SELECT reply_to FROM mail_item WHERE id = ?");
        up.bind(1, static_cast<int64_t>(root));
        if (!up.executeStep() || up.getColumn(0).isNull()) {
            break;
        }
        root = up.getColumn(0).getInt64();
    }
    SQLite::Statement q(db.sqlite(), std::string(R"(
WITH RECURSIVE thread(id) AS (SELECT ?1 UNION SELECT m.id FROM mail_item m JOIN thread t ON m.reply_to = t.id)
)") + k_select + "WHERE i.id IN (SELECT id FROM thread) ORDER BY i.date, i.id");
    q.bind(1, static_cast<int64_t>(root));
    return read_all(db, q);
}

ContactMailCounts contact_mail_counts(store::Database& db, std::int64_t contact_id, core::Date today) {
    SQLite::Statement q(db.sqlite(), R"(
SELECT count(*) FILTER (WHERE direction = 'in'),
       count(*) FILTER (WHERE direction = 'out'),
       count(*) FILTER (WHERE direction = 'in' AND status IN ('open', 'waiting')),
       count(*) FILTER (WHERE direction = 'in' AND status IN ('open', 'waiting') AND due < ?2)
FROM mail_item WHERE from_contact = ?1 OR to_contact = ?1)");
    q.bind(1, static_cast<int64_t>(contact_id));
    q.bind(2, core::format_date(today));
    q.executeStep();
    return {q.getColumn(0).getInt(), q.getColumn(1).getInt(), q.getColumn(2).getInt(), q.getColumn(3).getInt()};
}

namespace {

std::vector<StatsRow> read_stats_rows(SQLite::Statement& q) {
    std::vector<StatsRow> out;
    while (q.executeStep()) {
        StatsRow r;
        r.date = *core::parse_iso_date(q.getColumn(0).getString());
        r.direction = parse_direction(q.getColumn(1).getString()).value_or(Direction::in);
        r.channel = parse_channel(q.getColumn(2).getString()).value_or(Channel::letter);
        r.status = parse_status(q.getColumn(3).getString()).value_or(Status::open);
        r.due = store::opt_date(q, 4);
        r.answered = store::opt_date(q, 5);
        out.push_back(r);
    }
    return out;
}

} // namespace

std::vector<StatsRow> stats_rows(store::Database& db, core::DateRange range) {
    SQLite::Statement q(db.sqlite(), R"(
SELECT i.date, i.direction, i.channel, i.status, i.due,
       (SELECT min(a.date) FROM mail_item a WHERE a.reply_to = i.id AND a.direction = 'out')
FROM mail_item i WHERE i.date BETWEEN ? AND ?)");
    q.bind(1, core::format_date(range.from));
    q.bind(2, core::format_date(range.to));
    return read_stats_rows(q);
}

std::vector<Volume> volume(store::Database& db, core::DateRange range) {
    SQLite::Statement q(db.sqlite(), R"(
SELECT channel, direction, count(*), sum(confidential) FROM mail_item WHERE date BETWEEN ? AND ?
GROUP BY channel, direction ORDER BY channel, direction)");
    q.bind(1, core::format_date(range.from));
    q.bind(2, core::format_date(range.to));
    std::vector<Volume> out;
    while (q.executeStep()) {
        Volume v;
        v.channel = parse_channel(q.getColumn(0).getString()).value_or(Channel::letter);
        v.direction = parse_direction(q.getColumn(1).getString()).value_or(Direction::in);
        v.count = q.getColumn(2).getInt();
        v.confidential = q.getColumn(3).getInt();
        out.push_back(v);
    }
    return out;
}

std::vector<StatsRow> late_rows(store::Database& db, core::Date until) {
    SQLite::Statement q(db.sqlite(), R"(
SELECT i.date, i.direction, i.channel, i.status, i.due,
       (SELECT min(a.date) FROM mail_item a WHERE a.reply_to = i.id AND a.direction = 'out')
FROM mail_item i
WHERE i.direction = 'in' AND i.due IS NOT NULL AND i.due <= ?
  AND NOT EXISTS (SELECT 1 FROM mail_item a WHERE a.reply_to = i.id AND a.direction = 'out' AND a.date <= i.due))");
    q.bind(1, core::format_date(until));
    return read_stats_rows(q);
}

std::vector<SearchHit> search_items(store::Database& db, std::string_view query, bool show_confidential,
                                    core::Date today, int limit) {
    auto sq = parse_search(query, today);
    // Field terms become conditions with named parameters (:p0, :p1, ...).
    std::string where;
    std::vector<std::string> params;
    auto param = [&](std::string value) {
        params.push_back(std::move(value));
        return fmt::format(":p{}", params.size() - 1);
    };
    auto contains = [&](const std::vector<std::string>& values, const char* columns) {
        for (const auto& v : values) {
            where += fmt::format(" AND instr(fold({}), fold({})) > 0", columns, param(v));
        }
    };
    contains(sq.from, "ifnull(i.from_text, '') || ' ' || ifnull(i.from_addr, '')");
    contains(sq.to, "ifnull(i.to_text, '') || ' ' || ifnull(i.to_addr, '')");
    contains(sq.subject, "i.subject");
    for (const auto& t : sq.tags) {
        where += fmt::format(" AND EXISTS (SELECT 1 FROM json_each(i.tags) WHERE value = {})", param(t));
    }
    if (sq.dates) {
        where += fmt::format(" AND i.date BETWEEN {} AND {}", param(core::format_date(sq.dates->from)),
                             param(core::format_date(sq.dates->to)));
    }
    std::string sql;
    if (!sq.text.empty()) {
        // Confidential bodies are indexed apart (secret_body): without
        // --show-confidential the match and the snippet leave that column out.
        sql = "SELECT i.id, CASE WHEN i.confidential = 1 AND :show = 0 THEN bounded_snippet(mail_fts, 0, '[', ']', '…', 10) "
              "ELSE bounded_snippet(mail_fts, -1, '[', ']', '…', 10) END "
              "FROM mail_fts JOIN mail_item i ON i.id = mail_fts.rowid WHERE mail_fts MATCH :match" +
              where + " ORDER BY rank LIMIT :limit";
    } else {
        sql = "SELECT i.id, '' FROM mail_item i WHERE :show IS NOT NULL" + where +
              " ORDER BY i.date DESC, i.id DESC LIMIT :limit";
    }
    SQLite::Statement q(db.sqlite(), sql);
    if (!sq.text.empty()) {
        q.bind(":match", show_confidential ? sq.text : "{subject body from_text to_text} : (" + sq.text + ")");
    }
    q.bind(":show", show_confidential ? 1 : 0);
    q.bind(":limit", limit > 0 ? limit : -1);
    for (size_t i = 0; i < params.size(); ++i) {
        q.bind(fmt::format(":p{}", i), params[i]);
    }
    std::vector<std::pair<std::int64_t, std::string>> ids;
    while (q.executeStep()) {
        ids.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getString());
    }
    std::vector<SearchHit> out;
    for (auto& [id, snippet] : ids) {
        out.push_back({get_item(db, std::to_string(id)), std::move(snippet)});
    }
    return out;
}

} // namespace officectl::mail
