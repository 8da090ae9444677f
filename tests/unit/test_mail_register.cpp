#include "officectl/contact/contact_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/mail/draft.hpp"
#include "officectl/mail/item_import.hpp"
#include "officectl/mail/item_rules.hpp"
#include "officectl/mail/item_store.hpp"
#include "officectl/mail/mail_rules.hpp"
#include "officectl/store/undo.hpp"
#include "officectl/team/member_store.hpp"
#include "temp_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <chrono>
#include <sstream>

using namespace officectl;
using testing::TempStore;

namespace {

const std::string k_data = std::string(OFFICECTL_TEST_DATA) + "/mail/";
core::Date d(int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; }
const core::Date k_today = d(2026, 12, 2);

mail::ImportOptions options() {
    mail::ImportOptions o;
    o.own = {"*@ourcompany.be"};
    o.zone = "Europe/Brussels";
    o.today = k_today;
    return o;
}

mail::ImportReport import(TempStore& s, const std::vector<std::string>& paths) {
    store::Txn txn(s.db, TempStore::actor());
    auto r = mail::import_mail(txn, paths, options());
    txn.commit();
    return r;
}

} // namespace

TEST_CASE("register rules") {
    CHECK(mail::item_number("IN", 2026, 1) == "IN-2026-0001");
    CHECK(mail::direction_of("an@ourcompany.be", {"*@ourcompany.be"}) == mail::Direction::out);
    CHECK(mail::direction_of("an@ourcompany.be.evil.com", {"*@ourcompany.be"}) == mail::Direction::in);
    CHECK(mail::direction_of("x@y.be", {}) == mail::Direction::in);
    CHECK(mail::apply_tag_changes({"todo"}, {"+Invoice", "-todo", "tax"}) == std::vector<std::string>{"invoice", "tax"});
    auto q = mail::parse_search(R"(from:ricoh factuur "om dringende reden" tag:Tax date:2026-11)", k_today);
    CHECK(q.from == std::vector<std::string>{"ricoh"});
    CHECK(q.tags == std::vector<std::string>{"tax"});
    CHECK(q.text == "\"factuur\" \"om dringende reden\"");
    CHECK(q.dates == core::DateRange{d(2026, 11, 1), d(2026, 11, 30)});
    CHECK(mail::parse_search(R"(a"b OR c*)", k_today).text == R"("a" "b OR c*")"); // never query syntax
    CHECK_THROWS_AS(mail::parse_search("cc:x", k_today), Error);
    mail::Item it;
    it.status = mail::Status::open;
    it.due = d(2026, 12, 1);
    CHECK(mail::is_overdue(it, k_today));
    it.status = mail::Status::done;
    CHECK_FALSE(mail::is_overdue(it, k_today));
}

TEST_CASE("import: numbered, idempotent, linked to relations, threads close follow-ups") {
    TempStore s;
    {
        store::Txn txn(s.db, TempStore::actor());
        contact::Contact ricoh;
        ricoh.name = "Ricoh Belgium";
        ricoh.domain = "ricoh.be";
        contact::add_contact(txn, ricoh, {});
        txn.commit();
    }
    auto first = import(s, {k_data + "office.mbox", k_data + "Maildir"});
    CHECK(first.imported == 8);
    CHECK(first.duplicates == 1); // the FOD letter in both the mbox and the Maildir
    CHECK(first.closed == 2);     // one answer after its question, one before
    auto again = import(s, {k_data + "office.mbox", k_data + "Maildir", k_data + "single.eml"});
    CHECK(again.imported == 0);
    CHECK(again.duplicates == 10);
    auto q1 = mail::get_item(s.db, "IN-2026-0002");
    CHECK(q1.subject == "Offerte kopieertoestel");
    CHECK(q1.status == mail::Status::done);
    CHECK(q1.done_on == d(2026, 12, 2));
    CHECK(q1.from_contact.has_value());
    auto reply = mail::get_item(s.db, "OUT-2026-0001");
    CHECK(reply.reply_to == q1.id);
    CHECK(reply.to_contact == q1.from_contact);
    auto thread = mail::thread_of(s.db, reply);
    CHECK(thread.size() == 2);
    auto open = mail::followups(s.db, std::nullopt, false, k_today);
    for (const auto& it : open) {
        CHECK(it.direction == mail::Direction::in);
        CHECK(it.status == mail::Status::open);
    }
    CHECK(open.size() == 4);
}

namespace {
// A confidential item whose body must stay out of searches unless asked for.
mail::Item confidential_item() {
    mail::Item secret;
    secret.subject = "Personeelsdossier";
    secret.body = "ontslag om dringende reden";
    secret.confidential = true;
    secret.date = k_today;
    secret.content_hash = "x";
    return secret;
}
} // namespace

TEST_CASE("search: words, phrases, fields; confidential bodies only when asked") {
    TempStore s;
    import(s, {k_data + "office.mbox"});
    CHECK(mail::search_items(s.db, "offerte", false, k_today, 0).size() == 2);
    CHECK(mail::search_items(s.db, "financien", false, k_today, 0).size() == 2); // accents ignored; body and sender
    CHECK(mail::search_items(s.db, "\"hapjes & drank\"", false, k_today, 0).size() == 1);
    CHECK(mail::search_items(s.db, "from:minfin", false, k_today, 0).size() == 2);
    CHECK(mail::search_items(s.db, "from:minfin date:2026-12-01..2026-12-31", false, k_today, 0).size() == 1);
    auto secret = confidential_item();
    {
        store::Txn txn(s.db, TempStore::actor());
        mail::add_item(txn, secret, {});
        txn.commit();
    }
    CHECK(mail::search_items(s.db, "ontslag", false, k_today, 0).empty());
    auto hits = mail::search_items(s.db, "ontslag", true, k_today, 0);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].snippet.find("[ontslag]") != std::string::npos);
    CHECK(mail::search_items(s.db, "personeelsdossier", false, k_today, 0).size() == 1); // the subject is not secret
}

TEST_CASE("CSV register lines: idempotent by ref, a bad row imports nothing") {
    TempStore s;
    auto run = [&](const std::string& text) {
        std::istringstream in(text);
        io::CsvReader csv(in, "register.csv");
        store::Txn txn(s.db, TempStore::actor());
        auto r = mail::import_register_csv(txn, csv, options(), true);
        txn.commit();
        return r;
    };
    const std::string file = "direction;channel;date;from;subject;ref\nin;letter;2026-11-20;FOD Financiën;Aanslag;A-1\n"
                             "out;letter;2026-11-21;;Antwoord;A-2\n";
    CHECK(run(file).imported == 2);
    CHECK(run(file).duplicates == 2);
    CHECK_THROWS_WITH_AS(run("direction,date,subject,ref\nin,2026-11-22,X,B-1\nsideways,2026-11-22,Y,B-2\n"),
                         doctest::Contains("register.csv:3: invalid direction"), Error);
    CHECK_THROWS_AS(mail::get_item(s.db, "IN-2026-0002"), Error); // B-1 was not imported either
    CHECK(mail::get_item(s.db, "IN-2026-0001").from_contact.has_value()); // FOD created as a relation
}

TEST_CASE("a channel has one spelling, and an item one key, whatever path it came in by") {
    for (const char* spelling : {"email", "e-mail", "E-mail", "E-Mail", "EMAIL", "Email", "mail", " e mail ", "e_mail"}) {
        CAPTURE(spelling);
        CHECK(mail::parse_channel(spelling) == mail::Channel::email);
    }
    CHECK(mail::parse_channel("Letter") == mail::Channel::letter);
    CHECK(mail::parse_channel("FAX") == mail::Channel::fax);
    CHECK_FALSE(mail::parse_channel("pigeon").has_value());
    CHECK_FALSE(mail::parse_channel("").has_value());

    mail::Item a;
    a.channel = *mail::parse_channel("E-mail");
    a.date = d(2026, 11, 20);
    a.from_text = "Ricoh Belgium";
    a.subject = "Offerte  onderhoud";
    a.their_ref = "R-7";
    mail::Item b = a;
    b.channel = *mail::parse_channel("mail");
    b.subject = " offerte onderhoud ";
    CHECK(mail::dedup_key(a) == mail::dedup_key(b)); // case and spacing do not count
    b.channel = mail::Channel::letter;
    CHECK(mail::dedup_key(a) != mail::dedup_key(b)); // another channel is another item
    b = a;
    b.from_addr = "Info@Ricoh.be";
    mail::Item c = a;
    c.from_text = "Ricoh";
    c.from_addr = "info@ricoh.be";
    CHECK(mail::dedup_key(b) == mail::dedup_key(c)); // the address names the correspondent
    c.from_contact = 4;
    c.from_addr.reset();
    mail::Item e = a;
    e.from_text = "RICOH BELGIUM NV";
    e.from_contact = 4;
    CHECK(mail::dedup_key(c) == mail::dedup_key(e)); // else the relation
    b = a;
    b.body = "Andere inhoud";
    CHECK(mail::dedup_key(a) != mail::dedup_key(b));

    // `e-mail` in one file and `Email` in the next: the same lines, imported once.
    TempStore s;
    auto run = [&](const std::string& text) {
        std::istringstream in(text);
        io::CsvReader csv(in, "register.csv");
        store::Txn txn(s.db, TempStore::actor());
        auto r = mail::import_register_csv(txn, csv, options(), false);
        txn.commit();
        return r;
    };
    auto first = run("direction,channel,date,from,subject\nin,e-mail,2026-11-20,Ricoh,Offerte\nin,E-mail,2026-11-20,Ricoh,Offerte\n");
    CHECK(first.imported == 1);
    CHECK(first.duplicates == 1);
    auto again = run("direction,channel,date,from,subject\nin,Email,2026-11-20,ricoh,offerte\nin,mail,2026-11-20,Ricoh,Offerte\n");
    CHECK(again.imported == 0);
    CHECK(again.duplicates == 2);
    CHECK(mail::get_item(s.db, "IN-2026-0001").channel == mail::Channel::email);
}

TEST_CASE("filtering rules from config: globs and ~regex, in order; bad rules name their line") {
    auto config = config::Config::parse(R"TOML([[mail.rule]]
from = "*@minfin.fed.be"
tags = ["tax"]
due = "+10d"
assign = "bert"

[[mail.rule]]
subject = "~(herinnering|aanmaning)"
tags = "urgent"
status = "waiting"

[[mail.rule]]
channel = "phone"
confidential = true
)TOML",
                                        "config.toml", config_schema());
    auto rules = mail::load_rules(config);
    REQUIRE(rules.size() == 3);
    CHECK(rules[1].where == "config.toml:7");
    mail::Item it;
    it.date = k_today;
    it.from_addr = "aanslag@minfin.fed.be";
    it.subject = "HERINNERING aanslag";
    it.channel = mail::Channel::email;
    auto outcome = mail::apply_rules(rules, it);
    CHECK(outcome.matched.size() == 2);
    CHECK(outcome.assign == std::optional<std::string>("bert"));
    CHECK(it.tags == std::vector<std::string>{"tax", "urgent"});
    CHECK(it.due == d(2026, 12, 12));
    CHECK(it.status == mail::Status::waiting);
    CHECK_FALSE(it.confidential);
    CHECK(mail::pattern_matches("*@MINFIN.fed.be", "x@minfin.fed.be"));
    CHECK_FALSE(mail::pattern_matches("*@minfin.fed.be", "x@minfin.fed.be.evil"));
    auto bad = [](const char* text) {
        try {
            mail::load_rules(config::Config::parse(text, "config.toml", config_schema()));
        } catch (const Error& e) {
            CHECK(e.code() == ExitCode::config);
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    CHECK(bad("[[mail.rule]]\nsubject = \"~(\"\ntags = \"x\"\n").rfind("config.toml:1: mail.rule: bad regular expression", 0) == 0);
    CHECK(bad("[[mail.rule]]\ntags = \"x\"\n") == "config.toml:1: mail.rule: match on at least one of from, to, subject, channel");
    CHECK(bad("[[mail.rule]]\nfrom = \"*\"\n") == "config.toml:1: mail.rule: set at least one of tags, assign, due, confidential, status");
    CHECK(bad("[[mail.rule]]\nfrom = \"*\"\nstatus = \"lost\"\n").find("unknown status") != std::string::npos);
    CHECK_THROWS_WITH_AS(config::Config::parse("[[mail.rule]]\nfrm = \"*\"\n", "config.toml", config_schema()),
                         doctest::Contains("config.toml:2: mail.rule: unknown key \"frm\""), Error);
}

TEST_CASE("a rule's ~regex runs in time linear in the text, without recursion, whatever the pattern (RE2)") {
    auto rule = [](const std::string& subject) {
        return mail::load_rules(config::Config::parse("[[mail.rule]]\nsubject = \"" + subject + "\"\ntags = \"x\"\n",
                                                      "config.toml", config_schema()));
    };
    mail::Item it;
    it.date = k_today;
    it.channel = mail::Channel::email;
    // std::regex recursed once per character: SIGSEGV on this subject.
    it.subject = "factuur " + std::string(100000, 'x');
    CHECK_FALSE(mail::rule_matches(rule("~factuur.*nummer").front(), it));
    it.subject += " nummer";
    CHECK(mail::rule_matches(rule("~factuur.*nummer").front(), it));
    // Catastrophic backtracking for a backtracking engine: 2^44 steps.
    it.subject = std::string(44, 'a') + "b";
    auto start = std::chrono::steady_clock::now();
    CHECK_FALSE(mail::rule_matches(rule("~(a+)+$").front(), it));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds{1});
    it.subject = "Uw factuur";
    CHECK(mail::rule_matches(rule("~FACTUUR").front(), it)); // case-insensitive
    // What RE2 cannot promise linear time for is refused when the config is read.
    CHECK_THROWS_WITH_AS(rule("~(a)\\\\1"), doctest::Contains("config.toml:1: mail.rule: bad regular expression"), Error);
}

TEST_CASE("rules are applied at import, assignees resolved through the people directory") {
    TempStore s;
    {
        store::Txn txn(s.db, TempStore::actor());
        team::Member bert;
        bert.handle = "bert";
        bert.name = "Bert";
        team::add_member(txn, bert);
        txn.commit();
    }
    auto o = options();
    o.rules = mail::load_rules(config::Config::parse("[[mail.rule]]\nfrom = \"*@minfin.fed.be\"\nassign = \"bert\"\ndue = \"+10d\"\ntags = \"tax\"\n",
                                                     "config.toml", config_schema()));
    store::Txn txn(s.db, TempStore::actor());
    mail::import_mail(txn, {k_data + "office.mbox"}, o);
    txn.commit();
    auto fod = mail::get_item(s.db, "IN-2026-0001");
    CHECK(fod.assignee == std::optional<std::string>("bert"));
    CHECK(fod.tags == std::vector<std::string>{"tax"});
    CHECK(fod.due == d(2026, 12, 10));
    CHECK(mail::get_item(s.db, "IN-2026-0002").tags.empty());
}

TEST_CASE("stats: volume, answers and their median, what is open, per month and week") {
    using mail::StatsRow;
    std::vector<StatsRow> rows{
        {d(2026, 11, 2), mail::Direction::in, mail::Channel::email, mail::Status::done, std::nullopt, d(2026, 11, 4)},
        {d(2026, 11, 3), mail::Direction::in, mail::Channel::letter, mail::Status::done, std::nullopt, d(2026, 11, 13)},
        {d(2026, 11, 5), mail::Direction::in, mail::Channel::letter, mail::Status::done, std::nullopt, d(2026, 11, 8)},
        {d(2026, 11, 20), mail::Direction::in, mail::Channel::phone, mail::Status::open, d(2026, 11, 30), std::nullopt},
        {d(2026, 11, 4), mail::Direction::out, mail::Channel::email, mail::Status::done, std::nullopt, std::nullopt},
        {d(2026, 12, 1), mail::Direction::in, mail::Channel::email, mail::Status::waiting, d(2026, 12, 10), std::nullopt},
    };
    auto months = mail::compute_stats(rows, mail::StatsPeriod::month, k_today);
    REQUIRE(months.size() == 2);
    CHECK(months[0].period == "2026-11");
    CHECK(months[0].in == 4);
    CHECK(months[0].out == 1);
    CHECK(months[0].in_letter == 2);
    CHECK(months[0].in_other == 1);
    CHECK(months[0].answered == 3);
    CHECK(months[0].median_days_to_answer == std::optional<double>(3.0)); // 2, 10, 3 -> 3
    CHECK(months[0].open == 1);
    CHECK(months[0].overdue == 1); // due 30 Nov, today 2 Dec
    CHECK(months[1].open == 1);
    CHECK(months[1].overdue == 0);
    auto weeks = mail::compute_stats(rows, mail::StatsPeriod::week, k_today);
    CHECK(weeks.front().period == "2026-W45");
    CHECK(mail::median({4, 1, 3, 2}) == std::optional<double>(2.5));
    CHECK_FALSE(mail::median({}));
}

TEST_CASE("drafting: long dates per language, placeholders checked, braces literal") {
    CHECK(mail::long_date(d(2026, 12, 2), core::Language::nl) == "2 december 2026");
    CHECK(mail::long_date(d(2026, 12, 1), core::Language::fr) == "1er décembre 2026");
    CHECK(mail::long_date(d(2027, 8, 15), core::Language::fr) == "15 août 2027");
    CHECK(mail::long_date(d(2027, 3, 3), core::Language::en) == "3 March 2027");
    CHECK(mail::placeholders("{a} {{x}} {b} {a}") == std::vector<std::string>{"a", "b"});
    CHECK(mail::render_draft("Dag {to}, {{geen}} {x}", "t.nl", {{"to", "An"}, {"x", "1"}}) == "Dag An, {geen} 1");
    CHECK_THROWS_WITH_AS(mail::render_draft("{when} {where} {to}", "invitation.nl", {{"to", "An"}}),
                         doctest::Contains("template invitation.nl needs: when, where"), Error);
    for (auto lang : {core::Language::nl, core::Language::fr, core::Language::en}) {
        for (const auto& name : mail::builtin_template_names()) {
            auto text = mail::builtin_template(name, lang);
            REQUIRE(text);
            auto vars = mail::default_vars(lang);
            for (const auto& p : mail::placeholders(*text)) {
                vars.emplace(p, "x"); // every built-in template renders
            }
            CHECK_NOTHROW(mail::render_draft(*text, name, vars));
        }
    }
    CHECK(mail::builtin_template_names() == std::vector<std::string>{"invitation", "letter", "memo", "vacancy"});
}

TEST_CASE("an import that fails half-way writes nothing and stops reading") {
    TempStore s;
    auto o = options();
    o.rules = mail::load_rules(config::Config::parse("[[mail.rule]]\nsubject = \"Offerte*\"\nassign = \"nobody\"\n",
                                                     "config.toml", config_schema()));
    {
        store::Txn txn(s.db, TempStore::actor());
        CHECK_THROWS_WITH_AS(mail::import_mail(txn, {k_data + "office.mbox", k_data + "Maildir"}, o),
                             doctest::Contains("no team member \"nobody\""), Error);
    }
    CHECK(mail::list_items(s.db, {}, k_today).empty());
    store::Txn txn(s.db, TempStore::actor());
    CHECK_THROWS_AS(mail::import_mail(txn, {k_data + "office.mbox", k_data + "missing.mbox"}, options()), Error);
}

TEST_CASE("rule effects described for people; retention periods read per tag") {
    auto config = config::Config::parse("[mail]\nretention.invoice = \"7y\"\nretention.newsletter = \"3m\"\n"
                                        "[[mail.rule]]\nfrom = \"*@minfin.fed.be\"\ntags = [\"tax\"]\nassign = \"bert\"\n"
                                        "due = \"+10d\"\nconfidential = true\n",
                                        "config.toml", config_schema());
    auto rules = mail::load_rules(config);
    REQUIRE(rules.size() == 1);
    CHECK(mail::describe_effect(rules[0]) == "tags tax; assign bert; due +10d; confidential");
    auto periods = mail::retention_periods(config);
    REQUIRE(periods.size() == 2);
    CHECK(periods[0].first == "invoice");
    CHECK(periods[0].second == core::Period{7, 0, 0});
    CHECK(periods[1].first == "newsletter");
    CHECK(periods[1].second == core::Period{0, 3, 0});
}

TEST_CASE("a rules preview sees each message as an import would, and registers nothing") {
    TempStore s;
    auto o = options();
    o.rules = mail::load_rules(config::Config::parse("[[mail.rule]]\nfrom = \"*@minfin.fed.be\"\ntags = \"tax\"\n",
                                                     "config.toml", config_schema()));
    auto previews = mail::preview_rules(s.db, k_data + "office.mbox", o);
    REQUIRE(previews.size() == 6);
    CHECK(previews[0].from == "FOD Financiën <aanslag@minfin.fed.be>");
    CHECK(previews[0].matched.size() == 1);
    CHECK(previews[1].matched.empty());
    CHECK(mail::list_items(s.db, {}, k_today).empty());
    CHECK_THROWS_AS(mail::preview_rules(s.db, k_data + "not-mail.txt", o), Error);
}

namespace {
// The migrations of an officectl from before mail migration `version`.
std::vector<store::Migration> mail_migrations_before(int version) {
    std::vector<store::Migration> before;
    for (const auto& m : all_migrations()) {
        if (!(m.domain == "mail" && m.version >= version)) {
            before.push_back(m);
        }
    }
    return before;
}
} // namespace

TEST_CASE("migration mail 4 rebuilds the register and keeps every item, reference and check") {
    auto before = mail_migrations_before(4);
    TempStore fresh; // for its folder only
    auto file = fresh.dir / "old.db";
    size_t found_before = 0;
    {
        auto db = store::Database::open(file, before);
        store::Txn txn(db, TempStore::actor());
        auto r = mail::import_mail(txn, {k_data + "office.mbox", k_data + "Maildir"}, options());
        txn.commit();
        REQUIRE(r.imported == 8);
        found_before = mail::search_items(db, "offerte", false, k_today, 0).size();
        REQUIRE(found_before > 0);
    }
    auto db = store::Database::open(file, all_migrations());
    auto count = [&](const char* sql) { return db.sqlite().execAndGet(sql).getInt(); };
    CHECK(count("SELECT count(*) FROM mail_item") == 8);
    CHECK(count("SELECT count(*) FROM mail_attachment a JOIN mail_item i ON i.id = a.item_id") ==
          count("SELECT count(*) FROM mail_attachment"));
    CHECK(count("SELECT count(*) FROM mail_item WHERE reply_to IS NOT NULL") == 2);
    CHECK(mail::get_item(db, "OUT-2026-0001").reply_to == mail::get_item(db, "IN-2026-0002").id);
    CHECK(mail::search_items(db, "offerte", false, k_today, 0).size() == found_before); // ids kept: the full text still matches
    CHECK(mail::followups(db, std::nullopt, false, k_today).size() == 4);
    CHECK(count("SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'mail_item' AND type = 'index' AND sql IS NOT NULL") == 9);
    CHECK(count("SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'mail_item' AND sql LIKE '%WHERE % IS NOT NULL'") == 4);
    CHECK(count("PRAGMA foreign_keys") == 1); // on again after migrating
    // The checks still refuse what they refused.
    CHECK_THROWS(db.sqlite().exec("UPDATE mail_item SET channel = 'pigeon' WHERE id = 1"));
    CHECK_THROWS(db.sqlite().exec("UPDATE mail_item SET status = 'lost' WHERE id = 1"));
    CHECK_THROWS(db.sqlite().exec("UPDATE mail_item SET confidential = 2 WHERE id = 1"));
    CHECK_THROWS(db.sqlite().exec("UPDATE mail_item SET reply_to = 999 WHERE id = 1"));
    CHECK(count("SELECT count(*) FROM mail_item WHERE channel = 'email'") == 8);
    // What the rebuild is for: registering an item builds no temporary table.
    SQLite::Statement plan(db.sqlite(), "EXPLAIN INSERT INTO mail_item (number, direction, year, seq, channel, date, "
                                        "content_hash) VALUES ('IN-2026-0100', 'in', 2026, 100, 'letter', '2026-12-02', 'x')");
    int ephemeral = 0;
    while (plan.executeStep()) {
        ephemeral += plan.getColumn(1).getString() == "OpenEphemeral" ? 1 : 0;
    }
    CHECK(ephemeral == 0);
}

TEST_CASE("migration mail 5: the full text reads the register, finds and quotes what it found before") {
    auto before = mail_migrations_before(5);
    TempStore fresh; // for its folder only
    auto file = fresh.dir / "old.db";
    auto secret = confidential_item();
    const std::vector<std::pair<std::string, bool>> queries{
        {"offerte", false}, {"financien", false}, {"\"hapjes & drank\"", false}, {"from:minfin", false},
        {"toner", false},   {"ontslag", false},   {"ontslag", true},             {"personeelsdossier", false}};
    auto results = [&](store::Database& db) {
        std::vector<std::string> out;
        for (const auto& [query, secrets] : queries) {
            for (const auto& hit : mail::search_items(db, query, secrets, k_today, 0)) {
                out.push_back(fmt::format("{} {} {}", query, hit.item.number, hit.snippet));
            }
        }
        return out;
    };
    std::vector<std::string> found_before;
    {
        auto db = store::Database::open(file, before);
        store::Txn txn(db, TempStore::actor());
        REQUIRE(mail::import_mail(txn, {k_data + "office.mbox", k_data + "Maildir"}, options()).imported == 8);
        mail::add_item(txn, secret, {});
        txn.commit();
        found_before = results(db);
        REQUIRE(found_before.size() >= 8);
    }
    auto db = store::Database::open(file, all_migrations());
    auto count = [&](const char* sql) { return db.sqlite().execAndGet(sql).getInt(); };
    CHECK(count("SELECT count(*) FROM sqlite_schema WHERE name = 'mail_fts_content'") == 0); // no second copy
    CHECK(results(db) == found_before); // same hits, same snippets
    CHECK(mail::search_items(db, "ontslag", false, k_today, 0).empty()); // a confidential body stays hidden
    // The index agrees with the register it reads, before and after registering more.
    db.sqlite().exec("INSERT INTO mail_fts (mail_fts, rank) VALUES ('integrity-check', 1)");
    {
        store::Txn txn(db, TempStore::actor());
        mail::Item later;
        later.subject = "Vergadering";
        later.body = "agenda van de personeelsvergadering";
        later.from_text = "Bert";
        later.date = k_today;
        later.content_hash = "y";
        mail::add_item(txn, later, {});
        txn.commit();
    }
    db.sqlite().exec("INSERT INTO mail_fts (mail_fts, rank) VALUES ('integrity-check', 1)");
    CHECK(mail::search_items(db, "personeelsvergadering", false, k_today, 0).size() == 1);
    CHECK(mail::search_items(db, "from:bert", false, k_today, 0).size() == 1);
}

TEST_CASE("a reply's subject: one Re:, whatever prefixes the subject had") {
    CHECK(mail::reply_subject("Offerte onderhoud") == "Re: Offerte onderhoud");
    CHECK(mail::reply_subject("RE: Offerte") == "Re: Offerte");
    CHECK(mail::reply_subject("Re: RE: AW: Offerte") == "Re: Offerte");
    CHECK(mail::reply_subject("Antw: Vraag") == "Re: Vraag");
    CHECK(mail::reply_subject("TR: Réf: Dossier") == "Re: Dossier");
    CHECK(mail::reply_subject("Re[2]: Factuur") == "Re: Factuur");
    CHECK(mail::reply_subject("Reclamatie") == "Re: Reclamatie"); // a word that starts like a prefix
    CHECK(mail::reply_subject("Trein") == "Re: Trein");
    CHECK(mail::reply_subject("Re:") == "Re: Re:"); // nothing after it: kept
}

TEST_CASE("a correction keeps the number and the year; only a closed incoming item reopens") {
    mail::Item registered;
    registered.number = "IN-2026-0001";
    registered.subject = "Aanslag";
    registered.date = d(2026, 12, 1);
    auto corrected = registered;
    CHECK_FALSE(mail::correction_refusal(registered, corrected));
    corrected.date = d(2026, 1, 1);
    CHECK_FALSE(mail::correction_refusal(registered, corrected));
    corrected.date = d(2027, 1, 1);
    CHECK(mail::correction_refusal(registered, corrected)->find("not in 2026, the year of IN-2026-0001") !=
          std::string::npos);
    corrected.date = registered.date;
    corrected.subject = "  ";
    CHECK(mail::correction_refusal(registered, corrected) == "--subject: a subject is required");

    registered.status = mail::Status::open;
    CHECK(mail::reopen_refusal(registered)->find("is not closed: it is open") != std::string::npos);
    registered.status = mail::Status::archived;
    CHECK(mail::reopen_refusal(registered)->find("archived") != std::string::npos);
    registered.status = mail::Status::done;
    registered.done_on = d(2026, 12, 2);
    CHECK_FALSE(mail::reopen_refusal(registered));
    mail::reopen(registered);
    CHECK(registered.status == mail::Status::open);
    CHECK_FALSE(registered.done_on);
    registered.direction = mail::Direction::out;
    registered.status = mail::Status::done;
    CHECK(mail::reopen_refusal(registered)->find("outgoing") != std::string::npos);
}

TEST_CASE("a corrected item is found by its new words, not its old ones, and undo puts the old ones back") {
    TempStore s;
    mail::Item it;
    it.subject = "Offerte kopieertoestel";
    it.date = d(2026, 12, 1);
    it.from_text = "Ricoh";
    it.body = std::string("Graag een prijs voor twee toestellen");
    it.content_hash = mail::dedup_key(it);
    {
        store::Txn txn(s.db, TempStore::actor());
        mail::add_item(txn, it, {});
        txn.commit();
    }
    CHECK(mail::search_items(s.db, "kopieertoestel", false, k_today, 0).size() == 1);
    {
        store::Txn txn(s.db, TempStore::actor());
        auto item = mail::get_item(s.db, "IN-2026-0001");
        item.subject = "Offerte printer";
        item.from_text = "Canon Belgium";
        item.body = std::string("Graag een prijs voor drie printers");
        CHECK(mail::correct_item(txn, item));
        txn.commit();
    }
    CHECK(mail::search_items(s.db, "kopieertoestel", false, k_today, 0).empty());
    CHECK(mail::search_items(s.db, "toestellen", false, k_today, 0).empty());
    CHECK(mail::search_items(s.db, "ricoh", false, k_today, 0).empty());
    CHECK(mail::search_items(s.db, "printer", false, k_today, 0).size() == 1);
    CHECK(mail::search_items(s.db, "canon", false, k_today, 0).size() == 1);
    CHECK(mail::get_item(s.db, "IN-2026-0001").subject == "Offerte printer");
    {
        store::Txn txn(s.db, TempStore::actor()); // the same values again: nothing changed, the index as it was
        CHECK_FALSE(mail::correct_item(txn, mail::get_item(s.db, "IN-2026-0001")));
        txn.commit();
    }
    CHECK(mail::search_items(s.db, "printer", false, k_today, 0).size() == 1);
    // The index agrees with the register word for word (FTS5's own check).
    s.db.sqlite().exec("INSERT INTO mail_fts (mail_fts, rank) VALUES ('integrity-check', 1)");
    store::undo(s.db, TempStore::actor(), std::nullopt, false);
    CHECK(mail::get_item(s.db, "IN-2026-0001").subject == "Offerte kopieertoestel");
    CHECK(mail::search_items(s.db, "kopieertoestel", false, k_today, 0).size() == 1);
    CHECK(mail::search_items(s.db, "printer", false, k_today, 0).empty());
    s.db.sqlite().exec("INSERT INTO mail_fts (mail_fts, rank) VALUES ('integrity-check', 1)");
}
