#include "officectl/core/error.hpp"
#include "officectl/render/render.hpp"
#include "officectl/store/journal.hpp"
#include "officectl/team/member_csv.hpp"
#include "officectl/team/member_rules.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/team/weekly.hpp"
#include "temp_store.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace officectl;
using testing::TempStore;

namespace {

core::Date d(int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; }
const core::Date k_today = d(2026, 12, 2);

team::Member person(std::string handle, std::string name) {
    team::Member m;
    m.handle = std::move(handle);
    m.name = std::move(name);
    return m;
}

void add(TempStore& s, const team::Member& m) {
    store::Txn txn(s.db, TempStore::actor());
    team::add_member(txn, m);
    txn.commit();
}

team::ImportCounts import_text(TempStore& s, const std::string& text, bool commit = true) {
    std::istringstream in(text);
    io::CsvReader csv(in, "people.csv");
    store::Txn txn(s.db, TempStore::actor());
    auto counts = team::import_members(txn, csv, k_today);
    if (commit) {
        txn.commit();
    }
    return counts;
}

ExitCode code_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return ExitCode::ok;
}

} // namespace

TEST_CASE("handles and member fields are checked") {
    CHECK_NOTHROW(team::check_handle("an"));
    CHECK_NOTHROW(team::check_handle("bert.p-2_x"));
    for (const char* bad : {"", "An", "1an", "an peeters", "ä", "a23456789012345678901234567890123"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(team::check_handle(bad), Error);
    }
    auto m = person("an", "An");
    m.start = d(2026, 12, 1);
    m.end = d(2026, 11, 1);
    CHECK_THROWS_AS(team::check_member(m), Error);
    m.end.reset();
    m.email = "not-an-address";
    CHECK_THROWS_AS(team::check_member(m), Error);
    CHECK(team::parse_weekly_hours("38") == 38 * 60);
    CHECK(team::parse_weekly_hours("19.5") == 19 * 60 + 30);
    CHECK(team::parse_weekly_hours("7,6") == 7 * 60 + 36);
    CHECK_THROWS_AS(team::parse_weekly_hours("200"), Error);
    CHECK_THROWS_AS(team::parse_weekly_hours("x"), Error);
    CHECK(team::format_weekly_hours(19 * 60 + 30) == "19.5");
}

TEST_CASE("status on a day: joining, active, left") {
    auto m = person("an", "An");
    m.start = d(2026, 12, 7);
    m.end = d(2027, 6, 30);
    CHECK(team::status_on(m, k_today) == team::MemberStatus::joining);
    CHECK(team::status_on(m, d(2027, 6, 30)) == team::MemberStatus::active);
    CHECK(team::status_on(m, d(2027, 7, 1)) == team::MemberStatus::left);
}

TEST_CASE("add, find, update and list, journaled") {
    TempStore s;
    add(s, person("an", "An Peeters"));
    auto bert = person("bert", "Bert Claes");
    bert.manager = "an";
    bert.work_days = core::WorkWeek::parse("mon-wed");
    bert.minutes_per_week = 19 * 60;
    add(s, bert);
    auto got = team::get_member(s.db, "bert");
    CHECK(got.manager == std::optional<std::string>("an"));
    CHECK(got.work_days->to_string() == "mon-wed");
    CHECK(code_of([&] { add(s, person("an", "Other An")); }) == ExitCode::data);
    CHECK(code_of([&] { auto x = person("cas", "Cas"); x.manager = "nobody"; add(s, x); }) == ExitCode::no_input);
    CHECK(code_of([&] { team::get_member(s.db, "nobody"); }) == ExitCode::no_input);
    {
        store::Txn txn(s.db, TempStore::actor());
        got.role = "secretary";
        CHECK(team::update_member(txn, got));
        CHECK_FALSE(team::update_member(txn, got)); // nothing changed: nothing journaled
        txn.commit();
    }
    auto journal = store::read_journal(s.db, {"team.member", got.id, std::nullopt, std::nullopt, 0, std::nullopt});
    REQUIRE(journal.size() == 2);
    CHECK(journal[0].action == "edit");
    CHECK(journal[0].before->find("\"role\":null") != std::string::npos);
    CHECK(journal[0].after->find("\"role\":\"secretary\"") != std::string::npos);
    team::MemberFilter f;
    f.manager = "an";
    CHECK(team::list_members(s.db, f, k_today).size() == 1);
}

TEST_CASE("a management cycle is refused") {
    TempStore s;
    add(s, person("an", "An"));
    auto bert = person("bert", "Bert");
    bert.manager = "an";
    add(s, bert);
    auto an = team::get_member(s.db, "an");
    an.manager = "bert";
    store::Txn txn(s.db, TempStore::actor());
    CHECK(code_of([&] { team::update_member(txn, an); }) == ExitCode::data);
}

TEST_CASE("list filters by status on the given day") {
    TempStore s;
    auto gone = person("gone", "Gone");
    gone.start = d(2020, 1, 1);
    gone.end = d(2026, 11, 30);
    auto soon = person("soon", "Soon");
    soon.start = d(2027, 1, 4);
    add(s, gone);
    add(s, soon);
    add(s, person("here", "Here"));
    auto handles = [&](team::MemberFilter f) {
        std::string out;
        for (const auto& m : team::list_members(s.db, f, k_today)) {
            out += m.handle + " ";
        }
        return out;
    };
    CHECK(handles({}) == "here soon ");
    team::MemberFilter all;
    all.all = true;
    CHECK(handles(all) == "gone here soon ");
    team::MemberFilter left;
    left.status = team::MemberStatus::left;
    CHECK(handles(left) == "gone ");
    team::MemberFilter joining;
    joining.status = team::MemberStatus::joining;
    CHECK(handles(joining) == "soon ");
}

TEST_CASE("remove: refused while referred to") {
    TempStore s;
    add(s, person("an", "An"));
    auto bert = person("bert", "Bert");
    bert.manager = "an";
    add(s, bert);
    store::Txn txn(s.db, TempStore::actor());
    auto an = team::get_member(s.db, "an");
    CHECK(team::member_references(s.db, an) == std::vector<std::string>{"1 team member (as manager)"});
    CHECK(code_of([&] { team::remove_member(txn, an); }) == ExitCode::data);
    team::remove_member(txn, team::get_member(s.db, "bert"));
    team::remove_member(txn, an);
    txn.commit();
    CHECK(team::member_handles(s.db).empty());
}

TEST_CASE("CSV import: managers later in the file, idempotent, all or nothing") {
    TempStore s;
    const std::string file = "handle,name,manager,hours,days,start\n"
                             "bert,Bert Claes,an,19.5,mon-wed,2026-12-01\n"
                             "an,An Peeters,,38,,2020-01-01\n";
    auto first = import_text(s, file);
    CHECK(first.added == 2);
    auto again = import_text(s, file);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 2);
    auto changed = import_text(s, "handle,name\nan,An Peeters-Maes\n");
    CHECK(changed.updated == 1);
    CHECK(team::get_member(s.db, "an").minutes_per_week == std::optional<int>(38 * 60)); // absent column untouched

    // A bad row anywhere: an error naming file and line, and nothing written.
    auto before = team::member_handles(s.db).size();
    try {
        import_text(s, "handle,name,start\ncas,Cas,2026-12-01\ndirk,Dirk,2026-02-30\n");
        FAIL("imported a bad row");
    } catch (const Error& e) {
        CHECK(e.code() == ExitCode::data);
        CHECK(std::string(e.what()).rfind("people.csv:3: invalid date \"2026-02-30\"", 0) == 0);
    }
    CHECK(team::member_handles(s.db).size() == before);
    CHECK(code_of([&] { import_text(s, "handle,naam\nx,y\n"); }) == ExitCode::data);
    CHECK(code_of([&] { import_text(s, "handle,name\nx,X\nx,X again\n"); }) == ExitCode::data);
    CHECK(code_of([&] { import_text(s, "handle,name,manager\nx,X,y\ny,Y,x\n"); }) == ExitCode::data);
    CHECK(code_of([&] { import_text(s, "handle,name,manager\nx,X,nobody\n"); }) == ExitCode::no_input);
}

TEST_CASE("CSV export imports back unchanged") {
    TempStore s;
    import_text(s, "handle,name,email,role,manager,hours,days,start,end,lang\n"
                   "an,\"Peeters, An\",an@example.be,manager,,38,mon-fri,2020-01-01,,nl\n"
                   "bert,Bert,,secretary,an,19.5,\"mon,tue\",2026-12-01,2027-06-30,fr\n");
    render::RenderOptions csv;
    csv.format = render::Format::csv;
    auto exported = render::render_table(team::export_members(s.db, k_today), csv);
    auto counts = import_text(s, exported);
    CHECK(counts.unchanged == 2);
    CHECK(counts.updated == 0);
}

TEST_CASE("weekly section: joiners and leavers of the week") {
    TempStore s;
    auto bert = person("bert", "Bert");
    bert.start = d(2026, 12, 1);
    auto cas = person("cas", "Cas");
    cas.end = d(2026, 12, 4);
    add(s, bert);
    add(s, cas);
    add(s, person("an", "An"));
    auto section = team::weekly_section(s.db, core::iso_week_of(k_today));
    REQUIRE(section.blocks.size() == 2);
    CHECK(std::get<render::Table>(section.blocks[0]).title() == "Joining");
    CHECK(std::get<render::Table>(section.blocks[1]).rows().size() == 1);
    auto quiet = team::weekly_section(s.db, core::iso_week_of(d(2026, 12, 9)));
    CHECK(std::get<render::Paragraph>(quiet.blocks[0]).text == "Nobody joins or leaves this week.");
}
