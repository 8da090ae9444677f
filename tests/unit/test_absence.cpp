// Leave counting against hand-checked cases, balances, staffing rules, and the
// agenda seeing absences.

#include "officectl/absence/absence_settings.hpp"
#include "officectl/absence/illness_overlap.hpp"
#include "officectl/absence/leave_rules.hpp"
#include "officectl/absence/leave_store.hpp"
#include "officectl/absence/planning.hpp"
#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/booking.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/team/member_store.hpp"
#include "temp_store.hpp"

#include <doctest/doctest.h>

using namespace officectl;
using absence::Leave;
using testing::TempStore;

namespace {

core::Date d(int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; }

Leave leave(const char* who, core::Date from, core::Date to, const char* type = "vacation") {
    Leave l;
    l.who = who;
    l.type = type;
    l.from = from;
    l.to = to;
    return l;
}

double count(const Leave& l, const core::WorkWeek& week = {}, const core::Calendar& calendar = core::Calendar{}) {
    return absence::count_leave(l, calendar, week).days;
}

void add_people(TempStore& s) {
    store::Txn txn(s.db, TempStore::actor());
    for (auto [h, role, days] : {std::tuple{"an", "office manager", ""}, {"bert", "secretary", "mon-wed"},
                                 {"chloe", "secretary", ""}}) {
        team::Member m;
        m.handle = h;
        m.name = h;
        m.role = std::string(role);
        if (*days) {
            m.work_days = core::WorkWeek::parse(days);
        }
        team::add_member(txn, m);
    }
    txn.commit();
}

std::int64_t add(TempStore& s, const Leave& l) {
    store::Txn txn(s.db, TempStore::actor());
    auto id = absence::add_leave(txn, l);
    txn.commit();
    return id;
}

core::Instant at(const char* local) {
    return core::parse_datetime(local, core::Clock::pinned("2026-12-01", "Europe/Brussels")).utc;
}

} // namespace

TEST_CASE("leave counts the person's working days, not holidays, closing days or weekends") {
    // Christmas and New Year, full-time: 25/12 and 1/1 are public holidays.
    CHECK(count(leave("an", d(2026, 12, 21), d(2027, 1, 1))) == 8);
    // A mon-wed part-timer's whole week counts 3.
    CHECK(count(leave("bert", d(2026, 12, 7), d(2026, 12, 13)), core::WorkWeek::parse("mon-wed")) == 3);
    // A half day counts half.
    auto half = leave("an", d(2026, 12, 4), d(2026, 12, 4));
    half.half = absence::Half::pm;
    CHECK(count(half) == 0.5);
    // Sick over Easter Monday (2027-03-29): Monday to Friday counts 4.
    CHECK(count(leave("an", d(2027, 3, 29), d(2027, 4, 2), "sick")) == 4);
    // Across the year boundary, each year gets its own days.
    auto winter = leave("an", d(2026, 12, 28), d(2027, 1, 8));
    core::Calendar be;
    CHECK(absence::count_leave(winter, be, {}, d(2026, 1, 1), d(2026, 12, 31)).days == 4);
    CHECK(absence::count_leave(winter, be, {}, d(2027, 1, 1), d(2027, 12, 31)).days == 5); // 1/1 a holiday
    // A company closing day is not deducted either.
    core::Calendar closed({}, {{d(2026, 12, 24), "Kerstavond"}});
    auto christmas = absence::count_leave(leave("an", d(2026, 12, 21), d(2027, 1, 1)), closed, {});
    CHECK(christmas.days == 7);
    CHECK(christmas.per_day[3].why == "Kerstavond");
    CHECK(christmas.per_day[4].why == "Kerstmis");
    CHECK(christmas.per_day[5].why == "weekend");
    auto part_time = absence::count_leave(leave("bert", d(2026, 12, 10), d(2026, 12, 10)), be,
                                          core::WorkWeek::parse("mon-wed"));
    CHECK(part_time.per_day[0].why == "not a working day for bert");
}

TEST_CASE("bad leave: the end before the start, a half day over days") {
    CHECK_THROWS_WITH_AS(absence::check_leave(leave("an", d(2026, 12, 5), d(2026, 12, 1))),
                         doctest::Contains("before it starts"), Error);
    auto half = leave("an", d(2026, 12, 1), d(2026, 12, 2));
    half.half = absence::Half::am;
    CHECK_THROWS_WITH_AS(absence::check_leave(half), doctest::Contains("--half"), Error);
}

TEST_CASE("entitlements are pro rata of the working week, in half days") {
    auto full = core::WorkWeek{};
    CHECK(absence::pro_rata_entitlement(20, core::WorkWeek::parse("mon-wed"), full) == 12);
    CHECK(absence::pro_rata_entitlement(20, core::WorkWeek::parse("mon-thu"), full) == 16);
    CHECK(absence::pro_rata_entitlement(19, core::WorkWeek::parse("mon-wed"), full) == 11.5);
    CHECK(absence::format_days(8) == "8 days");
    CHECK(absence::format_days(0.5) == "0.5 day");
    CHECK(absence::format_days(3.5) == "3.5 days");
}

TEST_CASE("leave in the store: overlap refused, two halves of one day allowed; balances carry over") {
    TempStore s;
    add_people(s);
    add(s, leave("an", d(2026, 12, 21), d(2027, 1, 1)));
    {
        store::Txn txn(s.db, TempStore::actor());
        CHECK_THROWS_WITH_AS(absence::add_leave(txn, leave("an", d(2026, 12, 31), d(2027, 1, 4), "sick")),
                             doctest::Contains("already away"), Error);
        CHECK_THROWS_AS(absence::add_leave(txn, leave("zoe", d(2026, 12, 1), d(2026, 12, 1))), Error);
    }
    auto am = leave("chloe", d(2026, 12, 4), d(2026, 12, 4));
    am.half = absence::Half::am;
    auto pm = am;
    pm.half = absence::Half::pm;
    add(s, am);
    add(s, pm);
    auto settings = absence::Settings{absence::builtin_types(), 20, 5, 2, {}};
    core::Calendar be;
    auto b = absence::balance(s.db, settings, be, "an", 2026, d(2026, 12, 22));
    CHECK(b.entitled == 20);
    CHECK(b.carried == 0); // nothing recorded for 2025
    CHECK(b.taken == 2);   // 21 and 22 December
    CHECK(b.planned == 6);
    CHECK(b.left() == 12);
    auto next = absence::balance(s.db, settings, be, "an", 2027, d(2026, 12, 22));
    CHECK(next.carried == 5); // 12 left, capped at 5
    CHECK(next.entitled == 25);
    auto part = absence::balance(s.db, settings, be, "bert", 2026, d(2026, 12, 22));
    CHECK(part.entitled == 12);
    store::Txn txn(s.db, TempStore::actor());
    absence::set_entitlement(txn, "bert", 2026, 14);
    txn.commit();
    CHECK(absence::balance(s.db, settings, be, "bert", 2026, d(2026, 12, 22)).entitled == 14);
}

TEST_CASE("staffing rules: a day below the minimum of a role") {
    TempStore s;
    add_people(s);
    absence::Settings settings{absence::builtin_types(), 20, 5, 2, {{"secretary", 1, "config.toml:1"}}};
    core::Calendar be;
    // Thursday: bert (mon-wed) does not work, so chloe is the only secretary.
    auto chloe = leave("chloe", d(2026, 12, 10), d(2026, 12, 10));
    CHECK(absence::staffing_breaches(s.db, settings, be, {d(2026, 12, 7), d(2026, 12, 13)}).empty());
    auto with = absence::staffing_breaches(s.db, settings, be, {d(2026, 12, 7), d(2026, 12, 13)}, chloe);
    REQUIRE(with.size() == 1);
    CHECK(with[0].day == d(2026, 12, 10));
    CHECK(with[0].away == std::vector<std::string>{"chloe"});
    // On a Monday bert is there.
    CHECK(absence::staffing_breaches(s.db, settings, be, {d(2026, 12, 7), d(2026, 12, 7)},
                                     leave("chloe", d(2026, 12, 7), d(2026, 12, 7)))
              .empty());
    // The policy: vacation that breaks the rule is refused unless forced; sickness never is.
    CHECK(absence::review_staffing(s.db, settings, be, chloe, false).refused);
    CHECK_FALSE(absence::review_staffing(s.db, settings, be, chloe, true).refused);
    auto ill = leave("chloe", d(2026, 12, 10), d(2026, 12, 10), "sick");
    auto review = absence::review_staffing(s.db, settings, be, ill, false);
    CHECK_FALSE(review.refused);
    CHECK(review.breaches.size() == 1);
    // A breach that is there without the leave is not its doing.
    add(s, leave("chloe", d(2026, 12, 10), d(2026, 12, 10), "training"));
    CHECK(absence::review_staffing(s.db, settings, be, leave("bert", d(2026, 12, 10), d(2026, 12, 10)), false)
              .breaches.empty());
}

TEST_CASE("the agenda sees absences: free slots avoid them, a booking clashes") {
    TempStore s;
    add_people(s);
    add(s, leave("an", d(2026, 12, 21), d(2026, 12, 23)));
    auto morning = leave("chloe", d(2026, 12, 24), d(2026, 12, 24), "training");
    morning.half = absence::Half::am;
    add(s, morning);
    absence::Availability away(s.db, "Europe/Brussels");
    auto an = away.away("an", at("2026-12-22 10:00"), at("2026-12-22 11:00"));
    REQUIRE(an.size() == 1);
    CHECK(core::format_local({an[0].from, "Europe/Brussels"}) == "2026-12-21 00:00");
    CHECK(core::format_local({an[0].to, "Europe/Brussels"}) == "2026-12-24 00:00");
    CHECK(an[0].why == "vacation");
    CHECK(away.away("chloe", at("2026-12-24 13:00"), at("2026-12-24 14:00")).empty()); // the afternoon is free
    agenda::FreeSlotQuery q;
    q.zone = "Europe/Brussels";
    q.minutes = 60;
    q.days = {d(2026, 12, 21), d(2026, 12, 24)};
    q.not_before = at("2026-12-01 00:00");
    q.people = {{"an", core::WorkWeek{}, {}}, {"chloe", core::WorkWeek{}, {}}};
    auto slots = agenda::find_free_slots(q, core::Calendar{}, &away);
    REQUIRE_FALSE(slots.empty());
    CHECK(core::format_local({slots[0].start, "Europe/Brussels"}) == "2026-12-24 12:00");
    agenda::Appointment meeting;
    meeting.title = "Overleg";
    meeting.zone = "Europe/Brussels";
    meeting.start = at("2026-12-22 10:00");
    meeting.end = at("2026-12-22 11:00");
    meeting.owner = "chloe";
    meeting.who = {"chloe", "an"};
    auto clashes = agenda::find_clashes(s.db, meeting, 10, &away);
    REQUIRE(clashes.size() == 1);
    CHECK(clashes[0].other_id == 0);
    CHECK(clashes[0].shared == std::vector<std::string>{"an"});
    CHECK(agenda::find_clashes(s.db, meeting).empty()); // without the absence source, no clash
}

TEST_CASE("entitlement per month employed: a month counts when employed on its 15th") {
    using absence::months_employed;
    auto d = [](int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; };
    CHECK(months_employed(std::nullopt, std::nullopt, 2026) == 12);
    CHECK(months_employed(d(2026, 7, 1), std::nullopt, 2026) == 6);  // from July
    CHECK(months_employed(std::nullopt, d(2026, 3, 31), 2026) == 3); // through March
    CHECK(months_employed(d(2026, 7, 16), std::nullopt, 2026) == 5); // after the 15th: July does not count
    CHECK(months_employed(d(2026, 7, 15), std::nullopt, 2026) == 6);
    CHECK(months_employed(d(2027, 1, 1), std::nullopt, 2026) == 0);  // not yet
    CHECK(months_employed(d(2020, 1, 1), d(2025, 6, 30), 2026) == 0); // gone
    CHECK(absence::pro_rata_months(20, 6) == 10);
    CHECK(absence::pro_rata_months(20, 3) == 5);
    CHECK(absence::pro_rata_months(20, 5) == 8.5); // 8.33 to the nearest half day
    CHECK(absence::pro_rata_months(16, 12) == 16);
}

TEST_CASE("sickness during a vacation: the vacation is cut around it, other leave and half days are not") {
    TempStore s;
    add_people(s);
    auto settings = absence::Settings{absence::builtin_types(), 20, 5, 2, {}};
    add(s, leave("an", d(2026, 12, 14), d(2026, 12, 18)));          // 1: a week's vacation
    add(s, leave("chloe", d(2026, 12, 14), d(2026, 12, 14), "training"));
    store::Txn txn(s.db, TempStore::actor());
    auto sick = leave("an", d(2026, 12, 15), d(2026, 12, 16), "sick");
    auto cut = absence::return_days_to_illness(txn, settings, sick);
    REQUIRE(cut.size() == 1);
    CHECK(cut[0].leave.id == 1);
    CHECK(cut[0].from == d(2026, 12, 15));
    CHECK(cut[0].to == d(2026, 12, 16));
    absence::add_leave(txn, sick);
    absence::LeaveFilter an;
    an.who = "an";
    auto leaves = absence::list_leaves(s.db, an);
    REQUIRE(leaves.size() == 3); // monday, the illness, thursday to friday
    CHECK(leaves[0].to == d(2026, 12, 14));
    CHECK(leaves[2].from == d(2026, 12, 17));
    CHECK(leaves[2].to == d(2026, 12, 18));
    // Training does not count against a balance: it is not cut, and the overlap stays refused.
    auto chloe_sick = leave("chloe", d(2026, 12, 14), d(2026, 12, 14), "sick");
    CHECK(absence::return_days_to_illness(txn, settings, chloe_sick).empty());
    CHECK_THROWS_AS(absence::add_leave(txn, chloe_sick), Error);
    // Half a day ill cuts nothing; a vacation is never cut for another vacation.
    auto half = leave("an", d(2026, 12, 17), d(2026, 12, 17), "sick");
    half.half = absence::Half::am;
    CHECK(absence::return_days_to_illness(txn, settings, half).empty());
    CHECK(absence::return_days_to_illness(txn, settings, leave("an", d(2026, 12, 17), d(2026, 12, 17))).empty());
}

TEST_CASE("sickness without an end yet: counted through today, cuts the vacation under way, not later ones") {
    TempStore s;
    add_people(s);
    auto settings = absence::Settings{absence::builtin_types(), 20, 5, 2, {{"secretary", 1, "config.toml:1"}}};
    add(s, leave("an", d(2026, 12, 3), d(2026, 12, 9)));   // 1: a vacation under way
    add(s, leave("an", d(2027, 2, 15), d(2027, 2, 19)));   // 2: the spring holiday, planned
    auto sick = leave("an", d(2026, 12, 7), absence::k_no_end_yet, "sick");
    sick.open = true;
    absence::check_leave(sick);
    CHECK(absence::span_text(sick) == "since 2026-12-07, no end yet");
    // Counted up to a day only: through today (Wednesday 9th) it is three working days.
    CHECK_THROWS_AS(absence::count_leave(sick, core::Calendar{}, core::WorkWeek{}), std::logic_error);
    CHECK(sick.known_to(d(2026, 12, 9)) == d(2026, 12, 9));
    CHECK(sick.known_to(d(2026, 12, 1)) == d(2026, 12, 1)); // not begun yet: nothing known
    CHECK(absence::count_leave(sick, core::Calendar{}, core::WorkWeek{}, std::nullopt, d(2026, 12, 1)).days == 0);
    CHECK(absence::count_leave(sick, core::Calendar{}, core::WorkWeek{}, std::nullopt, d(2026, 12, 9)).days == 3);
    // Only sickness, of whole days, recorded (not requested), may have no end.
    auto open_vacation = leave("an", d(2026, 12, 7), absence::k_no_end_yet);
    open_vacation.open = true;
    CHECK_THROWS_WITH(absence::check_leave(open_vacation), doctest::Contains("only sick leave can have no end yet"));
    auto requested = sick;
    requested.status = absence::LeaveStatus::requested;
    CHECK_THROWS_AS(absence::check_leave(requested), Error);
    {
        store::Txn txn(s.db, TempStore::actor());
        auto cut = absence::return_days_to_illness(txn, settings, sick);
        REQUIRE(cut.size() == 1); // the rest of the vacation under way; the spring holiday stays
        CHECK(cut[0].leave.id == 1);
        CHECK(cut[0].from == d(2026, 12, 7));
        CHECK(cut[0].to == d(2026, 12, 9));
        sick.id = absence::add_leave(txn, sick);
        txn.commit();
    }
    CHECK(absence::get_leave(s.db, 1).to == d(2026, 12, 6));
    auto stored = absence::get_leave(s.db, sick.id);
    CHECK(stored.open);
    CHECK(stored.to == absence::k_no_end_yet);
    // Away on every day from its start, in any query: next month too.
    absence::LeaveFilter january;
    january.who = "an";
    january.from = d(2027, 1, 11);
    january.to = d(2027, 1, 15);
    REQUIRE(absence::list_leaves(s.db, january).size() == 1);
    absence::Availability away(s.db, "Europe/Brussels");
    auto jan = away.away("an", at("2027-01-12 10:00"), at("2027-01-12 11:00"));
    REQUIRE(jan.size() == 1);
    CHECK(jan[0].why == "sick since 2026-12-07, no end yet");
    // Leave planned for later may still be added; leave over its first day may not; nor a second open one.
    add(s, leave("an", d(2027, 4, 5), d(2027, 4, 9)));
    CHECK_THROWS_WITH(add(s, leave("an", d(2026, 12, 7), d(2026, 12, 8), "training")),
                      doctest::Contains("since 2026-12-07, no end yet"));
    auto again = leave("an", d(2026, 12, 20), absence::k_no_end_yet, "sick");
    again.open = true;
    CHECK_THROWS_AS(add(s, again), Error);
    // Staffing is checked over its first two weeks, not to the end of time.
    auto chloe = leave("chloe", d(2026, 12, 10), absence::k_no_end_yet, "sick");
    chloe.open = true;
    auto review = absence::review_staffing(s.db, settings, core::Calendar{}, chloe, false);
    CHECK_FALSE(review.refused);
    CHECK(review.breaches.size() == 4); // the Thursdays and Fridays bert does not work, within 14 days
    // Closed later: the spring holiday in its way is cut then.
    store::Txn txn(s.db, TempStore::actor());
    stored.open = false;
    stored.to = d(2027, 2, 16);
    auto closing = absence::return_days_to_illness(txn, settings, stored);
    REQUIRE(closing.size() == 1);
    CHECK(closing[0].leave.id == 2);
    absence::update_leave(txn, stored);
    txn.commit();
    CHECK(absence::get_leave(s.db, 2).from == d(2027, 2, 17));
}
