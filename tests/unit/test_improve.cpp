// Improve: targets, SMART checks, periods, trends; the read-only guard on
// configured queries; built-in indicators on a small store whose answers are
// counted by hand; plans, reviews and actions.

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/budget/budget_rules.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/contact/contact_store.hpp"
#include "officectl/contract/contract_store.hpp"
#include "officectl/dossier/dossier_store.hpp"
#include "officectl/agenda/meeting_store.hpp"
#include "officectl/core/clock.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/improve/improve_plan.hpp"
#include "officectl/mail/item_store.hpp"
#include "officectl/improve/improve_rules.hpp"
#include "officectl/improve/improve_store.hpp"
#include "officectl/improve/kpi.hpp"
#include "officectl/improve/kpi_builtin.hpp"
#include "officectl/absence/leave_store.hpp"
#include "officectl/store/readonly_query.hpp"
#include "officectl/store/sqlite_memory.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/teamwork/task_store.hpp"
#include "temp_store.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace officectl;
using testing::TempStore;

namespace {

core::Date d(int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; }

int count_rows(store::Database& db, const char* table) {
    return db.sqlite().execAndGet(std::string("SELECT count(*) FROM ") + table).getInt();
}

void add_member(store::Database& db, const std::string& handle, std::optional<core::Date> start = std::nullopt) {
    store::Txn txn(db, TempStore::actor());
    team::Member m;
    m.handle = handle;
    m.name = handle;
    m.start = start;
    team::add_member(txn, m);
    txn.commit();
}

std::int64_t add_task(store::Database& db, const std::string& who, core::Date created, std::optional<core::Date> due,
                      std::optional<core::Date> done, std::optional<std::string> origin = std::nullopt) {
    store::Txn txn(db, TempStore::actor());
    teamwork::Task t;
    t.title = "task";
    t.assignee = who;
    t.created = created;
    t.due = due;
    t.origin = std::move(origin);
    auto id = teamwork::add_task(txn, t);
    if (done) {
        t.id = id;
        t.done = done;
        teamwork::update_task(txn, t);
    }
    txn.commit();
    return id;
}

config::Config empty_config() { return config::Config::parse("", "config.toml", config_schema()); }

} // namespace

TEST_CASE("numbers: finite decimals only, spaces around allowed") {
    CHECK(*core::parse_number("12") == 12);
    CHECK(*core::parse_number(" 0.9 ") == 0.9);
    CHECK(*core::parse_number("-3.5") == -3.5);
    CHECK_FALSE(core::parse_number(""));
    CHECK_FALSE(core::parse_number("five"));
    CHECK_FALSE(core::parse_number("5 days"));
    CHECK_FALSE(core::parse_number("1,5")); // a comma is not a decimal point here
    CHECK_FALSE(core::parse_number("inf"));
    CHECK_FALSE(core::parse_number("nan"));
}

TEST_CASE("targets: an operator and a number, met or missed") {
    auto t = improve::parse_target("<= 5");
    CHECK(t.op == improve::Target::Op::le);
    CHECK(t.value == 5);
    CHECK(improve::meets(t, 5));
    CHECK_FALSE(improve::meets(t, 5.1));
    CHECK(improve::meets(improve::parse_target(">=0.9"), 0.95));
    CHECK_FALSE(improve::meets(improve::parse_target("> 0.9"), 0.9));
    CHECK(improve::meets(improve::parse_target("= 0"), 0));
    CHECK(improve::meets(improve::parse_target("< 5"), 4.99));
    CHECK(improve::format_target(improve::parse_target(" >= 0.90 ")) == ">= 0.9");
    CHECK_THROWS_AS(improve::parse_target("5"), Error);
    CHECK_THROWS_AS(improve::parse_target("<"), Error);
    CHECK_THROWS_AS(improve::parse_target("< five"), Error);
    CHECK_THROWS_AS(improve::parse_target("<= 5 days"), Error);
    CHECK(improve::format_number(2.5) == "2.5");
    CHECK(improve::format_number(3.0) == "3");
    CHECK(improve::format_number(0.333333) == "0.33");
}

TEST_CASE("a plan is SMART only with indicator, baseline, a different target, a deadline ahead and an owner") {
    improve::Plan p;
    auto today = d(2026, 12, 1);
    auto gaps = improve::smart_gaps(p, today);
    REQUIRE(gaps.size() == 5);
    CHECK(gaps[0].find("--indicator") != std::string::npos);
    CHECK(gaps[2].find("--target") != std::string::npos);
    p.indicator = "mail_answer_days";
    p.baseline = 12;
    p.target = 12;
    p.by = d(2026, 11, 30);
    p.owner = "an";
    gaps = improve::smart_gaps(p, today);
    REQUIRE(gaps.size() == 2);
    CHECK(gaps[0].find("differs from the baseline") != std::string::npos);
    CHECK(gaps[1].find("has passed") != std::string::npos);
    p.target = 6;
    p.by = d(2027, 3, 31);
    CHECK(improve::smart_gaps(p, today).empty());
    // Progress: from 12 toward 6; at 9 half way, at 3 beyond the target.
    CHECK(*improve::progress_percent(p, 9) == doctest::Approx(50));
    CHECK(*improve::progress_percent(p, 3) == doctest::Approx(150));
    CHECK_FALSE(improve::progress_percent(p, std::nullopt));
}

TEST_CASE("periods: months and weeks counted back, labelled as the user writes them") {
    auto months = improve::periods_ending(core::month_of(d(2027, 2, 10)), 3);
    REQUIRE(months.size() == 3);
    CHECK(months[0] == core::month_of(d(2026, 12, 1)));
    CHECK(months[2] == core::DateRange{d(2027, 2, 1), d(2027, 2, 28)});
    CHECK(improve::period_label(months[0]) == "2026-12");
    auto weeks = improve::periods_ending(core::iso_week_of(d(2027, 1, 6)), 2);
    CHECK(improve::period_label(weeks[0]) == "2026-W53");
    CHECK(improve::period_label(weeks[1]) == "2027-W01");
    CHECK(improve::period_label({d(2027, 1, 6), d(2027, 1, 8)}) == "2027-01-06..2027-01-08");
}

TEST_CASE("trend and sparkline follow which way is better") {
    std::vector<improve::Measure> m(4);
    m[0].value = 10;
    m[1].value = 8;
    m[3].value = 5;
    CHECK(improve::trend_word(m, improve::Better::lower) == "better");
    CHECK(improve::trend_word(m, improve::Better::higher) == "worse");
    CHECK(improve::sparkline(m) == "█▅ ▁");
    m[3].value = 10.2;
    CHECK(improve::trend_word(m, improve::Better::lower) == "steady");
    m = std::vector<improve::Measure>(2);
    m[1].value = 3;
    CHECK(improve::trend_word(m, improve::Better::lower).empty());
}

TEST_CASE("a configured query may only read: writes, ATTACH, pragmas and load_extension are refused") {
    TempStore s;
    add_member(s.db, "an");
    CHECK(*store::readonly_number(s.db, "SELECT count(*) FROM team_member", {}) == 1);
    CHECK(*store::readonly_number(s.db, "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 4) "
                                        "SELECT sum(x) FROM n", {}) == 10);
    CHECK(*store::readonly_number(s.db, "SELECT julianday(:to) - julianday(:from)",
                                  {{":from", "2026-12-01"}, {":to", "2026-12-31"}, {":unused", "x"}}) == 30);
    CHECK_FALSE(store::readonly_number(s.db, "SELECT 1 WHERE 0", {}));
    auto refused = [&](const std::string& sql, const std::string& why) {
        CAPTURE(sql);
        try {
            store::readonly_number(s.db, sql, {});
            FAIL("not refused");
        } catch (const Error& e) {
            CHECK(e.code() == ExitCode::config);
            CHECK(std::string(e.what()).find(why) != std::string::npos);
        }
    };
    refused("DELETE FROM team_member", "DELETE from team_member");
    refused("UPDATE team_member SET name = 'x'", "UPDATE of team_member");
    refused("INSERT INTO team_member (handle, name) VALUES ('x', 'x')", "INSERT into team_member");
    refused("ATTACH DATABASE '/tmp/x.db' AS x", "ATTACH");
    refused("PRAGMA writable_schema = 1", "PRAGMA writable_schema");
    refused("PRAGMA user_version", "PRAGMA user_version");
    refused("SELECT load_extension('/tmp/evil.so')", "load_extension");
    refused("DROP TABLE team_member", "refused");
    refused("CREATE TABLE x (a)", "refused");
    refused("BEGIN", "transaction");
    refused("SELECT 1; DELETE FROM team_member", "one statement");
    refused("SELECT nonsense FROM nowhere", "does not prepare");
    refused("SELECT 'text'", "not text");
    // A query without an end is stopped.
    CHECK_THROWS_WITH_AS(store::readonly_number(s.db, "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                                                      "SELECT count(*) FROM n", {}, std::chrono::milliseconds{200}),
                         doctest::Contains("stopped after 200 ms"), Error);
    CHECK(count_rows(s.db, "team_member") == 1);
    // The guard is lifted afterwards: the store's own writes still work.
    add_member(s.db, "bert");
    CHECK(count_rows(s.db, "team_member") == 2);
}

TEST_CASE("a configured query is bounded in memory and string length; functions that expose internals are refused") {
    TempStore s;
    auto why = [&](const std::string& sql) {
        try {
            store::readonly_number(s.db, sql, {});
        } catch (const Error& e) {
            CHECK(e.code() == ExitCode::config);
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    // It took 1.79 GB (SQLite's printf stops at the length limit and gives NULL), and a
    // string-doubling CTE 3.18 GB.
    CHECK_FALSE(store::readonly_number(s.db, "SELECT length(printf('%.*c', 900000000, 'x'))", {}));
    CHECK(why("WITH RECURSIVE d(s, n) AS (SELECT 'x', 0 UNION ALL SELECT s || s, n + 1 FROM d WHERE n < 40) "
              "SELECT max(length(s)) FROM d") == "the query built a string or blob longer than 16 MiB (the limit)");
    CHECK(why("SELECT length(zeroblob(1000000000))") == "the query built a string or blob longer than 16 MiB (the limit)");
    CHECK(why("SELECT fts3_tokenizer('simple')") == "the query may only read: the function fts3_tokenizer refused");
    CHECK(why("SELECT sqlite_compileoption_used('ENABLE_FTS5')").find("sqlite_compileoption_used refused") != std::string::npos);
    CHECK(why("SELECT count(*) FROM dbstat").rfind("the query may only read:", 0) == 0); // the file's layout
    // Within the bounds, the usual functions work; afterwards, the store's own long strings too.
    CHECK(*store::readonly_number(s.db, "SELECT length(printf('%.*c', 1000000, 'x')) + abs(-1) + round(json_array_length('[1,2]'))", {}) == 1000003);
    SQLite::Statement after(s.db.sqlite(), "SELECT length(printf('%.*c', 20000000, 'x'))");
    REQUIRE(after.executeStep());
    CHECK(after.getColumn(0).getInt() == 20000000);
}

TEST_CASE("SQLite's memory is bounded while a bound lives, and only then") {
    TempStore s; // SQLite allocates through the counting wrapper from the first store on
    REQUIRE(store::SqliteMemoryBound::available());
    {
        store::SqliteMemoryBound bound(1 << 20);
        SQLite::Statement q(s.db.sqlite(), "SELECT length(printf('%.*c', 4000000, 'x'))");
        CHECK_THROWS(q.executeStep());
        CHECK(bound.exceeded());
    }
    SQLite::Statement q(s.db.sqlite(), "SELECT length(printf('%.*c', 4000000, 'x'))");
    REQUIRE(q.executeStep());
    CHECK(q.getColumn(0).getInt() == 4000000);
}

TEST_CASE("configured indicators: a query per period, targets overriding built-in ones, bad config refused") {
    TempStore s;
    add_member(s.db, "an");
    auto config = config::Config::parse(R"(
[improve.kpi.people]
query = "SELECT count(*) FROM team_member"
unit = "people"
target = ">= 2"
better = "higher"
[improve.kpi.days]
query = "SELECT julianday(:to) - julianday(:from) + 1"
[improve.kpi.tasks_overdue]
target = "<= 2"
)", "config.toml", config_schema());
    auto indicators = improve::load_indicators(config);
    CHECK(improve::format_target(*improve::find_indicator(indicators, "tasks_overdue").target) == "<= 2");
    const auto& people = improve::find_indicator(indicators, "people");
    CHECK(people.unit == "people");
    CHECK(people.better == improve::Better::higher);
    auto today = d(2026, 12, 10);
    auto periods = improve::periods_ending(core::month_of(today), 2);
    auto series = improve::measure(s.db, config, {people, improve::find_indicator(indicators, "days")}, periods, today);
    // A snapshot query counts for the current period only; one with :from/:to for each.
    CHECK_FALSE(series[0].measures[0].value);
    CHECK(*series[0].measures[1].value == 1);
    CHECK(improve::off_target(series[0]));
    CHECK(*series[1].measures[0].value == 30); // November
    CHECK(*series[1].measures[1].value == 10); // December up to today
    // Now: the current month's value, a snapshot included (a plan's baseline and progress).
    CHECK(improve::value_now(s.db, config, people, today) == std::optional<double>(1));
    CHECK(improve::value_now(s.db, config, improve::find_indicator(indicators, "days"), today) == std::optional<double>(10));
    CHECK_THROWS_AS(improve::find_indicator(indicators, "nope"), Error);

    auto bad = [](const char* toml) {
        return config::Config::parse(toml, "config.toml", config_schema());
    };
    CHECK_THROWS_AS(improve::load_indicators(bad("[improve.kpi.mine]\nunit = \"x\"\n")), Error);
    CHECK_THROWS_AS(improve::load_indicators(bad("[improve.kpi.mail_answer_days]\nquery = \"SELECT 1\"\n")), Error);
    CHECK_THROWS_AS(improve::load_indicators(bad("[improve.kpi.mine]\nquery = \"SELECT 1\"\ntarget = \"5\"\n")), Error);
    CHECK_THROWS_AS(improve::load_indicators(bad("[improve.kpi.mine]\nquery = \"SELECT 1\"\nbetter = \"up\"\n")), Error);
    auto writes = bad("[improve.kpi.mine]\nquery = \"DELETE FROM team_member\"\n");
    auto mine = improve::load_indicators(writes);
    CHECK_THROWS_WITH_AS(improve::measure(s.db, writes, {improve::find_indicator(mine, "mine")}, periods, today),
                         doctest::Contains("may only read"), Error);
    CHECK(count_rows(s.db, "team_member") == 1);
}

TEST_CASE("built-in indicators on a store counted by hand") {
    TempStore s;
    add_member(s.db, "an");
    add_member(s.db, "bert");
    auto config = empty_config();
    auto oct = core::month_of(d(2026, 10, 1));
    auto nov = core::month_of(d(2026, 11, 1));
    auto today = d(2026, 11, 20);
    std::vector<core::DateRange> periods{oct, nov};
    // Overdue at the end of October: due 10/15 done 11/02 (yes), due 10/20 open (yes), due 11/05 (no), done in time (no).
    add_task(s.db, "an", d(2026, 10, 1), d(2026, 10, 15), d(2026, 11, 2));
    add_task(s.db, "an", d(2026, 10, 1), d(2026, 10, 20), std::nullopt);
    add_task(s.db, "bert", d(2026, 10, 1), d(2026, 11, 5), std::nullopt);
    add_task(s.db, "bert", d(2026, 10, 1), d(2026, 10, 10), d(2026, 10, 9));
    // On 11/20: due 10/20 and 11/05 are open and past due.
    auto v = improve::measure_builtin(s.db, config, "tasks_overdue", periods, today);
    CHECK(*v[0] == 2);
    CHECK(*v[1] == 2);
    // Event tasks late: only tasks from an event's plan, due in the period, done late or still open.
    add_task(s.db, "an", d(2026, 10, 1), d(2026, 11, 3), d(2026, 11, 4), "event:1");
    add_task(s.db, "an", d(2026, 10, 1), d(2026, 11, 10), d(2026, 11, 10), "event:1");
    add_task(s.db, "an", d(2026, 10, 1), d(2026, 11, 18), std::nullopt, "event:1");
    v = improve::measure_builtin(s.db, config, "event_tasks_late", periods, today);
    CHECK(*v[0] == 0);
    CHECK(*v[1] == 2);
    // A period after today has no value.
    auto later = improve::measure_builtin(s.db, config, "tasks_overdue", {core::month_of(d(2027, 1, 1))}, today);
    CHECK_FALSE(later[0]);

    // Decisions: a meeting's minutes, open past due on the period's last day.
    {
        store::Txn txn(s.db, TempStore::actor());
        agenda::Appointment a;
        a.title = "Teamoverleg";
        a.zone = "Europe/Brussels";
        a.start = core::parse_datetime("2026-10-05 10:00", core::Clock::pinned("2026-10-01", "Europe/Brussels")).utc;
        a.end = a.start + std::chrono::minutes{60};
        a.owner = "an";
        a.who = {"an"};
        auto id = agenda::add_appointment(txn, a);
        agenda::Minute m;
        m.appointment_id = id;
        m.text = "Printer vervangen";
        m.due = d(2026, 10, 20);
        m.recorded = d(2026, 10, 5);
        agenda::add_minute(txn, m);
        m.text = "Nieuwe sleutels";
        m.due = d(2026, 11, 10);
        m.done = d(2026, 11, 9);
        agenda::add_minute(txn, m);
        txn.commit();
    }
    v = improve::measure_builtin(s.db, config, "decisions_overdue", periods, today);
    CHECK(*v[0] == 1);
    CHECK(*v[1] == 1);

    // Mail: A (10/10, due 10/20) answered late on 11/05; B (11/01, due 11/10) answered on 11/08;
    // C (11/03, due 11/15) never answered.
    {
        store::Txn txn(s.db, TempStore::actor());
        auto item = [&](mail::Direction dir, core::Date date, std::optional<core::Date> due,
                        std::optional<std::int64_t> answers) {
            mail::Item it;
            it.direction = dir;
            it.date = date;
            it.due = due;
            it.reply_to = answers;
            it.subject = "brief";
            it.content_hash = fmt::format("{}-{}", core::format_date(date), answers.value_or(0));
            return mail::add_item(txn, it, {}).id;
        };
        auto a = item(mail::Direction::in, d(2026, 10, 10), d(2026, 10, 20), std::nullopt);
        auto b = item(mail::Direction::in, d(2026, 11, 1), d(2026, 11, 10), std::nullopt);
        item(mail::Direction::in, d(2026, 11, 3), d(2026, 11, 15), std::nullopt);
        item(mail::Direction::out, d(2026, 11, 5), std::nullopt, a);
        item(mail::Direction::out, d(2026, 11, 8), std::nullopt, b);
        txn.commit();
    }
    // Overdue at the end of October: A; on 11/20: C (A was answered by then).
    v = improve::measure_builtin(s.db, config, "followups_overdue", periods, today);
    CHECK(*v[0] == 1);
    CHECK(*v[1] == 1);
    // Days to answer, of the items received in the period and answered by its end:
    // none in October (A was still open on 10/31), B's 7 days in November.
    v = improve::measure_builtin(s.db, config, "mail_answer_days", periods, today);
    CHECK_FALSE(v[0]);
    CHECK(*v[1] == 7);
}

TEST_CASE("sickness: the absence rate over working days and the yearly frequency") {
    TempStore s;
    add_member(s.db, "an", d(2020, 1, 1));
    add_member(s.db, "bert", d(2020, 1, 1));
    {
        store::Txn txn(s.db, TempStore::actor());
        absence::Leave l;
        l.who = "an";
        l.type = "sick";
        l.from = d(2027, 2, 1); // Monday to Friday: 5 working days
        l.to = d(2027, 2, 5);
        absence::add_leave(txn, l);
        l.who = "bert";
        l.from = d(2027, 2, 8); // a single day
        l.to = d(2027, 2, 8);
        absence::add_leave(txn, l);
        l.type = "vacation";
        l.from = d(2027, 2, 15);
        l.to = d(2027, 2, 19);
        absence::add_leave(txn, l);
        txn.commit();
    }
    auto config = empty_config();
    std::vector<core::DateRange> feb{core::month_of(d(2027, 2, 1))};
    auto today = d(2027, 3, 15);
    // February 2027: 20 working days each, 40 in all; 6 days sick (vacation does not count).
    CHECK(*improve::measure_builtin(s.db, config, "absence_rate", feb, today)[0] == doctest::Approx(15.0));
    // Two spells among two people in 28 days: 1 per person, 365/28 a year.
    CHECK(*improve::measure_builtin(s.db, config, "sick_frequency", feb, today)[0] == doctest::Approx(365.0 / 28));
}

TEST_CASE("a plan: refused unless SMART, its actions are team tasks, reviews keep every adjustment") {
    TempStore s;
    add_member(s.db, "an");
    add_member(s.db, "bert");
    auto today = d(2026, 12, 1);
    store::Txn txn(s.db, TempStore::actor());
    improve::Finding f;
    f.title = "Facturen te laat goedgekeurd";
    f.found = today;
    f.id = improve::add_finding(txn, f);
    improve::Plan p;
    p.finding_id = f.id;
    p.title = "Goedkeuringstermijn halveren";
    p.indicator = "mail_answer_days";
    p.baseline = 12;
    p.by = d(2027, 3, 31);
    p.owner = "an";
    CHECK_THROWS_WITH_AS(improve::create_plan(txn, p, today), doctest::Contains("a target (--target)"), Error);
    p.draft = true;
    p.id = improve::create_plan(txn, p, today);
    CHECK(improve::get_plan(s.db, p.id).draft);
    CHECK(improve::get_finding(s.db, f.id).status == improve::FindingStatus::planned);
    // A review that supplies the target completes the plan; the change is kept with its reason.
    auto now = improve::review_plan(txn, improve::get_plan(s.db, p.id), "doel afgesproken met directie",
                                    improve::parse_adjustment("target=6"), 11.0, today);
    CHECK_FALSE(now.draft);
    CHECK(*now.target == 6);
    auto reviews = improve::list_reviews(s.db, p.id);
    REQUIRE(reviews.size() == 1);
    CHECK(*reviews[0].field == "target");
    CHECK(reviews[0].old_value == std::optional<std::string>(""));
    CHECK(*reviews[0].new_value == "6");
    CHECK(*reviews[0].measured == 11);
    CHECK_THROWS_AS(improve::parse_adjustment("colour=red"), Error);
    CHECK_THROWS_AS(improve::review_plan(txn, now, "", std::nullopt, std::nullopt, today), Error);

    auto task = improve::add_action(txn, now, "Goedkeuring per mail", "bert", d(2026, 12, 15), today);
    CHECK(teamwork::get_task(s.db, task).origin == std::optional<std::string>("improve:" + std::to_string(p.id)));
    auto done = improve::finish_action(txn, task, d(2026, 12, 10));
    CHECK(done.done == d(2026, 12, 10));
    CHECK(improve::plan_actions(s.db, p.id).front().done == d(2026, 12, 10));
    CHECK_THROWS_AS(improve::finish_action(txn, task, today), Error);
    improve::close_plan(txn, improve::get_plan(s.db, p.id), d(2027, 3, 1));
    CHECK(improve::get_finding(s.db, f.id).status == improve::FindingStatus::solved);
    CHECK_THROWS_AS(improve::add_action(txn, improve::get_plan(s.db, p.id), "te laat", "bert", std::nullopt, today), Error);
    txn.commit();
}

TEST_CASE("built-in indicators: missed notices, dossiers, retention and budget lines, counted by hand") {
    TempStore s;
    add_member(s.db, "an");
    auto config = config::Config::parse(R"(
[dossier.kind.kast]
required = ["plan", "keuring"]
retention = "1y"
)", "config.toml", config_schema());
    auto today = d(2026, 11, 20);
    std::vector<core::DateRange> sep_oct{core::month_of(d(2026, 9, 1)), core::month_of(d(2026, 10, 1))};
    {
        store::Txn txn(s.db, TempStore::actor());
        auto vendor = contact::resolve_party(txn, "Ricoh Belgium", {}).contact.id;
        contract::Contract c;
        c.title = "Kopieertoestellen";
        c.vendor_id = vendor;
        c.start = d(2026, 1, 1);
        c.term = core::Period{1, 0, 0};
        c.notice = core::Period{0, 3, 0}; // the last day to give notice: Wednesday 30 September
        c.renewal = contract::Renewal::automatic;
        c.renew_every = core::Period{1, 0, 0};
        contract::add_contract(txn, c);
        c.title = "Koffie";
        c.notice_given = d(2026, 9, 1); // handled in time
        contract::add_contract(txn, c);
        c.title = "Planten";
        c.notice_given.reset();
        c.renewal = contract::Renewal::manual; // no renewal of itself: nothing is missed
        contract::add_contract(txn, c);
        txn.commit();
    }
    auto v = improve::measure_builtin(s.db, config, "notice_missed", sep_oct, today);
    CHECK(*v[0] == 1);
    CHECK(*v[1] == 0);

    // Dossiers of a kind that needs a plan and a keuring, kept a year after closing.
    {
        store::Txn txn(s.db, TempStore::actor());
        auto dossier_with = [&](const char* title, std::vector<const char*> types, std::optional<core::Date> closed) {
            dossier::Dossier x;
            x.title = title;
            x.kind = "kast";
            x.opened = d(2024, 1, 1);
            if (closed) {
                x.closed = closed;
                x.status = dossier::Status::closed;
            }
            auto id = dossier::add_dossier(txn, x);
            for (const char* type : types) {
                dossier::Document doc;
                doc.dossier_id = id;
                doc.type = type;
                doc.name = std::string(type) + ".pdf";
                doc.path = "/srv/" + doc.name;
                doc.sha256 = std::string(64, '0');
                doc.added = x.opened;
                if (std::string(type) == "keuring") {
                    doc.expires = d(2026, 10, 15); // valid on 30 September, expired on 31 October
                }
                dossier::add_document(txn, doc);
            }
        };
        dossier_with("Kast 1", {"plan", "keuring"}, std::nullopt);
        dossier_with("Kast 2", {"plan"}, std::nullopt);
        dossier_with("Kast 3", {"plan", "keuring"}, d(2025, 9, 20)); // closed: term ends 2026-09-20
        txn.commit();
    }
    // Open on 30 September: Kast 1 and 2 (Kast 3 closed); complete: Kast 1 only until its keuring expired.
    v = improve::measure_builtin(s.db, config, "dossier_completeness", sep_oct, today);
    CHECK(*v[0] == 50);
    CHECK(*v[1] == 0);
    v = improve::measure_builtin(s.db, config, "retention_overdue", sep_oct, today);
    CHECK(*v[0] == 1);
    CHECK(*v[1] == 1);

    // A line planned at 1 200 for the year, spent 1 000 in February and 500 in March: over from March.
    {
        store::Txn txn(s.db, TempStore::actor());
        auto b = budget::add_budget(txn, {0, "Facilitair 2026", 2026, std::nullopt});
        budget::Line line;
        line.budget_id = b;
        line.name = "Kantoor";
        line.by_month = budget::spread_evenly(120000);
        line.id = budget::add_line(txn, line);
        budget::Spending sp;
        sp.line_id = line.id;
        sp.amount = {100000, "EUR"};
        sp.date = d(2026, 2, 10);
        budget::add_spending(txn, sp);
        sp.amount = {50000, "EUR"};
        sp.date = d(2026, 3, 10);
        budget::add_spending(txn, sp);
        txn.commit();
    }
    v = improve::measure_builtin(s.db, config, "budget_over_plan",
                                 {core::month_of(d(2026, 2, 1)), core::month_of(d(2026, 3, 1))}, today);
    CHECK(*v[0] == 0);
    CHECK(*v[1] == 1);
}
