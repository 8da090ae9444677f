// The agenda with a store: appointments in and out, the window query, booking
// clashes, and iCalendar export -> import round trips.

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/series_edit.hpp"
#include "officectl/agenda/booking.hpp"
#include "officectl/agenda/ics.hpp"
#include "officectl/agenda/ics_import.hpp"
#include "officectl/agenda/meeting_occurrence.hpp"
#include "officectl/agenda/meeting_store.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/team/member_store.hpp"
#include "temp_store.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <sstream>

using namespace officectl;
using agenda::Appointment;
using testing::TempStore;

namespace {

core::Instant at(const char* local, const char* zone = "Europe/Brussels") {
    return core::parse_datetime(local, core::Clock::pinned("2026-11-30", zone)).utc;
}

void members(TempStore& s) {
    store::Txn txn(s.db, TempStore::actor());
    for (const char* h : {"an", "bert"}) {
        team::Member m;
        m.handle = h;
        m.name = h;
        m.email = std::string(h) + "@office.be";
        team::add_member(txn, m);
    }
    agenda::add_room(txn, {0, "Vergaderzaal 1", 12, {"beamer"}});
    txn.commit();
}

Appointment appt(const char* title, const char* start, int minutes, std::vector<std::string> who) {
    Appointment a;
    a.title = title;
    a.zone = "Europe/Brussels";
    a.start = at(start);
    a.end = a.start + std::chrono::minutes{minutes};
    a.owner = who.front();
    a.who = std::move(who);
    return a;
}

std::int64_t add(TempStore& s, const Appointment& a) {
    store::Txn txn(s.db, TempStore::actor());
    auto id = agenda::add_appointment(txn, a);
    txn.commit();
    return id;
}

agenda::IcsImportCounts import_text(TempStore& s, const std::string& text, bool commit = true) {
    std::istringstream in(text);
    store::Txn txn(s.db, TempStore::actor());
    auto counts = agenda::import_ics(txn, in, {"test.ics", "Europe/Brussels", std::nullopt});
    if (commit) {
        txn.commit();
    }
    return counts;
}

int count_rows(TempStore& s) { return static_cast<int>(agenda::all_appointments(s.db).size()); }

} // namespace

TEST_CASE("appointments round-trip through the store; the window finds long one-offs and series") {
    TempStore s;
    members(s);
    auto board = appt("Board", "2026-12-01 10:00", 90, {"an", "bert"});
    board.room = "vergaderzaal 1";
    board.external = {"jan@client.be"};
    auto id = add(s, board);
    auto back = agenda::get_appointment(s.db, id);
    CHECK(back.title == "Board");
    CHECK(back.room == "Vergaderzaal 1"); // the stored spelling
    CHECK(back.who == std::vector<std::string>{"an", "bert"});
    CHECK(back.external == std::vector<std::string>{"jan@client.be"});
    CHECK(back.uid.ends_with("@officectl"));
    auto trip = appt("Trade fair", "2026-11-20 09:00", 60 * 24 * 20, {"an"}); // 20 days, started before the window
    add(s, trip);
    auto weekly = appt("Jour fixe", "2026-01-05 09:00", 30, {"bert"});
    weekly.rrule = "FREQ=WEEKLY;BYDAY=MO";
    add(s, weekly);
    auto rows = agenda::appointments_for(s.db, at("2026-12-07 00:00"), at("2026-12-08 00:00"));
    auto occs = agenda::occurrences(rows, at("2026-12-07 00:00"), at("2026-12-08 00:00"));
    REQUIRE(occs.size() == 2);
    CHECK(occs[0].appt->title == "Trade fair");
    CHECK(occs[1].appt->title == "Jour fixe");
    CHECK_THROWS_AS(agenda::get_appointment(s.db, 999), Error);
    auto nobody = appt("Ghost", "2026-12-01 10:00", 30, {"zoe"});
    store::Txn txn(s.db, TempStore::actor());
    CHECK_THROWS_WITH_AS(agenda::add_appointment(txn, nobody), doctest::Contains("zoe"), Error);
}

TEST_CASE("a booking that double-books a person or a room clashes; one after the other does not") {
    TempStore s;
    members(s);
    auto board = appt("Board", "2026-12-01 10:00", 90, {"an", "bert"});
    board.room = "Vergaderzaal 1";
    board.id = add(s, board);
    auto clash = agenda::find_clashes(s.db, appt("Call", "2026-12-01 11:00", 60, {"bert"}));
    REQUIRE(clash.size() == 1);
    CHECK(clash[0].other_title == "Board");
    CHECK(clash[0].shared == std::vector<std::string>{"bert"});
    CHECK(agenda::find_clashes(s.db, appt("Call", "2026-12-01 11:30", 60, {"bert"})).empty());
    // A weekly series that hits the board meeting in its third week.
    auto series = appt("Weekly", "2026-11-17 10:30", 30, {"an"});
    series.rrule = "FREQ=WEEKLY;COUNT=5";
    auto found = agenda::find_clashes(s.db, series);
    REQUIRE(found.size() == 1);
    CHECK(core::format_local({found[0].when, "Europe/Brussels"}) == "2026-12-01 10:30");
    // Moving the board meeting itself does not clash with itself.
    board.start = at("2026-12-01 10:15");
    board.end = at("2026-12-01 11:45");
    CHECK(agenda::find_clashes(s.db, board).empty());
}

TEST_CASE("export, then import elsewhere and back: same appointments, nothing added twice") {
    TempStore s;
    members(s);
    auto weekly = appt("Team meeting", "2027-03-15 10:00", 60, {"an", "bert"});
    weekly.rrule = "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270430T215959Z";
    weekly.exdates = {at("2027-03-22 10:00")};
    weekly.room = "Vergaderzaal 1";
    auto series_id = add(s, weekly);
    auto moved = agenda::get_appointment(s.db, series_id);
    moved.id = 0;
    moved.rrule.reset();
    moved.exdates.clear();
    moved.parent_id = series_id;
    moved.recurrence_id = at("2027-03-29 10:00");
    moved.start = at("2027-03-30 14:00");
    moved.end = at("2027-03-30 15:00");
    add(s, moved);
    auto holiday = appt("Kerstvakantie", "2026-12-24 00:00", 0, {"an"});
    holiday.all_day = true;
    holiday.end = at("2026-12-26 00:00");
    add(s, holiday);
    auto ny = appt("Call New York", "2026-12-03 10:00", 45, {"an"});
    ny.zone = "America/New_York";
    ny.start = at("2026-12-03 10:00", "America/New_York");
    ny.end = ny.start + std::chrono::minutes{45};
    add(s, ny);

    std::map<std::string, agenda::PersonAddress> people{{"an", {"An", "an@office.be"}}, {"bert", {"Bert", std::nullopt}}};
    auto text = agenda::to_ics(agenda::all_appointments(s.db), people, at("2026-11-30 09:00"), false);
    CHECK(text.find("BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels") != std::string::npos);
    CHECK(text.find("DTSTART;TZID=Europe/Brussels:20270315T100000") != std::string::npos);
    CHECK(text.find("RECURRENCE-ID;TZID=Europe/Brussels:20270329T100000") != std::string::npos);
    CHECK(text.find("EXDATE;TZID=Europe/Brussels:20270322T100000") != std::string::npos);
    CHECK(text.find("DTSTART;VALUE=DATE:20261224") != std::string::npos);
    CHECK(text.find("DTSTART;TZID=America/New_York:20261203T100000") != std::string::npos);

    // Back into the same store: all unchanged.
    auto again = import_text(s, text);
    CHECK(again.unchanged == 4);
    CHECK(again.added + again.updated + again.skipped == 0);

    // Into an empty store: the same occurrences come out.
    TempStore other;
    members(other);
    auto first = import_text(other, text);
    CHECK(first.added == 4);
    auto window_from = at("2026-12-01 00:00");
    auto window_to = at("2027-05-01 00:00");
    auto a_rows = agenda::appointments_for(s.db, window_from, window_to);
    auto b_rows = agenda::appointments_for(other.db, window_from, window_to);
    auto a = agenda::occurrences(a_rows, window_from, window_to);
    auto b = agenda::occurrences(b_rows, window_from, window_to);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].start == b[i].start);
        CHECK(a[i].end == b[i].end);
        CHECK(a[i].appt->title == b[i].appt->title);
        CHECK(a[i].appt->who == b[i].appt->who);
        CHECK(a[i].appt->room == b[i].appt->room);
        CHECK(a[i].appt->all_day == b[i].appt->all_day);
    }
    CHECK(import_text(other, text).unchanged == 4);

    // A higher SEQUENCE updates.
    auto pos = text.find("SUMMARY:Call New York");
    REQUIRE(pos != std::string::npos);
    auto changed = text;
    changed.replace(pos, 21, "SUMMARY:Call New York (moved)");
    auto seq = changed.rfind("SEQUENCE:0", pos);
    changed.replace(seq, 10, "SEQUENCE:1");
    auto update = import_text(other, changed);
    CHECK(update.updated == 1);
    CHECK(update.unchanged == 3);
}

TEST_CASE("a malformed calendar names the line and imports nothing") {
    TempStore s;
    members(s);
    std::string text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                       "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTART:20261201T100000Z\r\nDTEND:20261201T110000Z\r\nSUMMARY:A\r\nEND:VEVENT\r\n"
                       "BEGIN:VEVENT\r\nUID:b@x\r\nDTSTART:2026-12-01 10:00\r\nSUMMARY:B\r\nEND:VEVENT\r\n"
                       "END:VCALENDAR\r\n";
    std::istringstream in(text);
    {
        store::Txn txn(s.db, TempStore::actor());
        CHECK_THROWS_WITH_AS(agenda::import_ics(txn, in, {"bad.ics", "Europe/Brussels", std::nullopt}),
                             doctest::Contains("bad.ics:11:"), Error);
    }
    CHECK(count_rows(s) == 0);
    std::istringstream unclosed("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20261201\n");
    store::Txn txn(s.db, TempStore::actor());
    CHECK_THROWS_WITH_AS(agenda::import_ics(txn, unclosed, {"cut.ics", "UTC", std::nullopt}),
                         doctest::Contains("ends inside BEGIN:VEVENT"), Error);
}

TEST_CASE("calendars written by others: Outlook zone names, folded lines, BOM, all-day holidays") {
    TempStore s;
    members(s);
    auto import_file = [&](const char* rel) {
        std::ifstream in(std::string(OFFICECTL_TEST_DATA "/ical/") + rel, std::ios::binary);
        REQUIRE(in);
        store::Txn txn(s.db, TempStore::actor());
        auto c = agenda::import_ics(txn, in, {rel, "Europe/Brussels", std::nullopt});
        txn.commit();
        return c;
    };
    auto standup = import_file("ical4j/Standup.ics"); // Outlook, TZID "W. Europe Standard Time"
    CHECK(standup.added == 1);
    auto belgian = import_file("ical4j/Belgische32feestdagen.ics");
    CHECK(belgian.added > 5);
    CHECK(belgian.skipped == 0);
    CHECK(import_file("ical4j/Belgische32feestdagen.ics").unchanged == belgian.added);
    auto bom = import_file("icalendar/bom_calendar.ics");
    CHECK(bom.added + bom.updated + bom.unchanged + bom.skipped == 0); // an empty calendar behind a BOM: read, nothing in it
    auto forward = import_file("icalendar/america_new_york_forward_reference.ics"); // VTIMEZONE after the event
    CHECK(forward.added == 1);
    std::ifstream broken(OFFICECTL_TEST_DATA "/ical/icalendar/broken_dtstart.ics");
    store::Txn txn(s.db, TempStore::actor());
    CHECK_THROWS_WITH_AS(agenda::import_ics(txn, broken, {"broken_dtstart.ics", "UTC", std::nullopt}),
                         doctest::Contains("broken_dtstart.ics:"), Error);
}

TEST_CASE("minutes: decisions and actions follow-up") {
    TempStore s;
    members(s);
    auto id = add(s, appt("Board", "2026-12-01 10:00", 90, {"an", "bert"}));
    store::Txn txn(s.db, TempStore::actor());
    agenda::add_item(txn, {0, id, std::nullopt, 0, "Budget 2027", std::string("bert")});
    agenda::add_item(txn, {0, id, std::nullopt, 0, "Printer", std::nullopt});
    agenda::Minute m;
    m.appointment_id = id;
    m.kind = agenda::MinuteKind::action;
    m.text = "Ask three quotes";
    m.owner = "bert";
    m.due = core::Date{date::year{2026}, date::month{12}, date::day{15}};
    m.recorded = core::Date{date::year{2026}, date::month{12}, date::day{1}};
    auto mid = agenda::add_minute(txn, m);
    txn.commit();
    auto items = agenda::list_items(s.db, id);
    REQUIRE(items.size() == 2);
    CHECK(items[1].position == 2);
    agenda::MinuteFilter open;
    open.open_only = true;
    open.owner = "bert";
    CHECK(agenda::list_minutes(s.db, open).size() == 1);
    store::Txn done(s.db, TempStore::actor());
    agenda::set_minute_done(done, mid, m.due);
    done.commit();
    CHECK(agenda::list_minutes(s.db, open).empty());
}

TEST_CASE("a series meets many times: each meeting has its own agenda and minutes") {
    TempStore s;
    members(s);
    auto weekly = appt("Teamoverleg", "2026-12-07 10:00", 60, {"an", "bert"});
    weekly.rrule = "FREQ=WEEKLY;COUNT=4";
    auto id = add(s, weekly);
    auto a = agenda::get_appointment(s.db, id);
    auto d = [](int day) { return core::Date{date::year{2026}, date::month{12}, date::day{static_cast<unsigned>(day)}}; };
    // Minutes go to the last meeting that began; an agenda to the next one.
    auto now = at("2026-12-10 09:00");
    auto last = agenda::meeting_time(s.db, a, std::nullopt, now, agenda::Pick::last_begun);
    CHECK(last.occurrence == d(7));
    auto next = agenda::meeting_time(s.db, a, std::nullopt, now, agenda::Pick::next);
    CHECK(next.occurrence == d(14));
    CHECK(next.start == at("2026-12-14 10:00"));
    CHECK(agenda::meeting_time(s.db, a, d(21), now, agenda::Pick::next).occurrence == d(21));
    CHECK_THROWS_AS(agenda::meeting_time(s.db, a, d(15), now, agenda::Pick::next), Error);
    CHECK_THROWS_AS(agenda::meeting_time(s.db, a, std::nullopt, at("2026-12-01 09:00"), agenda::Pick::last_begun), Error);
    CHECK_THROWS_AS(agenda::meeting_time(s.db, a, std::nullopt, at("2027-01-01 09:00"), agenda::Pick::next), Error);

    store::Txn txn(s.db, TempStore::actor());
    agenda::add_item(txn, {0, id, d(7), 0, "Planning", std::nullopt});
    agenda::add_item(txn, {0, id, d(14), 0, "Kerstfeest", std::nullopt});
    agenda::add_item(txn, {0, id, d(14), 0, "Budget", std::nullopt});
    agenda::Minute m;
    m.appointment_id = id;
    m.occurrence = d(7);
    m.text = "Kerstfeest op 18/12";
    m.recorded = d(7);
    agenda::add_minute(txn, m);
    txn.commit();
    auto items14 = agenda::list_items(s.db, id, d(14));
    REQUIRE(items14.size() == 2);
    CHECK(items14[0].position == 1); // numbered per meeting
    CHECK(items14[1].title == "Budget");
    CHECK(agenda::list_items(s.db, id, d(7)).size() == 1);
    agenda::MinuteFilter on14;
    on14.appointment_id = id;
    on14.occurrence = d(14);
    CHECK(agenda::list_minutes(s.db, on14).empty()); // the 7th's decision is not the 14th's
    on14.occurrence = d(7);
    CHECK(agenda::list_minutes(s.db, on14).size() == 1);

    // A one-off meeting is itself; another day names no meeting of it.
    auto once = agenda::get_appointment(s.db, add(s, appt("Board", "2026-12-08 14:00", 60, {"an"})));
    CHECK_FALSE(agenda::meeting_time(s.db, once, std::nullopt, now, agenda::Pick::next).occurrence.has_value());
    CHECK_THROWS_AS(agenda::meeting_time(s.db, once, d(9), now, agenda::Pick::next), Error);
}

namespace {

// What read_ics makes of `text`: the events' titles and the skips' reasons.
struct Read {
    std::vector<std::string> titles;
    std::vector<std::string> skipped;
};
Read read_text(const std::string& text) {
    Read r;
    std::istringstream in(text);
    agenda::read_ics(
        in, "hostile.ics", "Europe/Brussels", [&](agenda::IcsEvent&& ev) { r.titles.push_back(ev.appt.title); },
        [&](int, const std::string& why) { r.skipped.push_back(why); });
    return r;
}

std::string event(const std::string& lines) {
    return "BEGIN:VEVENT\r\nUID:" + std::to_string(std::hash<std::string>{}(lines)) +
           "@x\r\nDTSTART:20261201T100000Z\r\nDTEND:20261201T110000Z\r\nSUMMARY:E\r\n" + lines + "END:VEVENT\r\n";
}

std::string calendar(const std::string& body) { return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + body + "END:VCALENDAR\r\n"; }

} // namespace

TEST_CASE("an event whose rule never gives an occurrence is refused at import, with its line") {
    auto r = read_text(calendar(event("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\r\n") + event("")));
    CHECK(r.titles.size() == 1);
    REQUIRE(r.skipped.size() == 1);
    CHECK(r.skipped[0] == "line 8: recurrence rule \"FREQ=YEARLY;BYMONTHDAY=30;BYMONTH=2\" never gives an occurrence");
    CHECK(read_text(calendar(event("RRULE:FREQ=SECONDLY\r\n"))).skipped.size() == 1);
}

TEST_CASE("a VTIMEZONE that repeats every second is not handed to libical; the events using it are skipped") {
    auto zone = [](const std::string& rule) {
        return "BEGIN:VTIMEZONE\r\nTZID:Hostile\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0100\r\n"
               "TZOFFSETTO:+0100\r\n" + rule + "END:STANDARD\r\nEND:VTIMEZONE\r\n";
    };
    auto uses = "BEGIN:VEVENT\r\nUID:z@x\r\nDTSTART;TZID=Hostile:20261201T100000\r\nSUMMARY:Z\r\nEND:VEVENT\r\n";
    auto start = std::chrono::steady_clock::now();
    for (const char* rule : {"RRULE:FREQ=SECONDLY\r\n", "RRULE:FREQ=MINUTELY\r\n", "RRULE:FREQ=YEARLY;BYSECOND=0,1,2\r\n"}) {
        CAPTURE(rule);
        auto r = read_text(calendar(zone(rule) + uses));
        CHECK(r.titles.empty());
        REQUIRE(r.skipped.size() == 1);
        CHECK(r.skipped[0].find("time zone \"Hostile\"") != std::string::npos);
    }
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds{5}); // killed at 40 s and 431 MB before
    // A zone's yearly rule with one hour and minute (Lotus Notes) is a zone's rule.
    auto fine = read_text(calendar(zone("RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=10\r\n") + uses));
    CHECK(fine.titles.size() == 1);
}

TEST_CASE("lines, folded lines and components over the limits are refused, however the input goes on") {
    // An endless folded line on stdin reached 2.9 GB in 15 s.
    std::string folded = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:x\r\n";
    for (int i = 0; i < 20000; ++i) {
        folded += " " + std::string(100, 'x') + "\r\n";
    }
    CHECK_THROWS_WITH_AS(read_text(folded), doctest::Contains("hostile.ics:3: a line longer than 1 MiB"), Error);
    std::string one_line = calendar(event("DESCRIPTION:" + std::string(2 << 20, 'x') + "\r\n"));
    CHECK_THROWS_WITH_AS(read_text(one_line), doctest::Contains("a line longer than 1 MiB"), Error);
    std::string many_lines;
    for (int i = 0; i < 100000; ++i) {
        many_lines += "X-LINE:" + std::string(100, 'y') + "\r\n";
    }
    CHECK_THROWS_WITH_AS(read_text(calendar(event(many_lines))), doctest::Contains("holds more than 8 MiB"), Error);
    std::string zeros(3 << 20, '\0');
    CHECK_THROWS_WITH_AS(read_text(zeros), doctest::Contains("hostile.ics:1: a line longer than 1 MiB"), Error);
    // Within the limits, a long description (900 KB) is read whole.
    auto long_text = read_text(calendar(event("DESCRIPTION:" + std::string(900000, 'z') + "\r\n")));
    CHECK(long_text.titles.size() == 1);
}

TEST_CASE("a zone only the file defines, used far past 2035, is matched quickly (found by fuzz_ics)") {
    // libical expands a VTIMEZONE to 2035 only, and again on every call for a later
    // year: matching an IANA zone for an event ending in 4044 took minutes.
    std::string custom = "BEGIN:VTIMEZONE\r\nTZID:/Europe/CUSTOM\r\n"
                         "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nDTSTART:19700329T020000\r\n"
                         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
                         "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nDTSTART:19701025T030000\r\n"
                         "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
    std::string text = calendar(custom + "BEGIN:VEVENT\r\nUID:far@x\r\nDTSTART;TZID=/Europe/CUSTOM:40441021T200000\r\n"
                                         "DTEND;TZID=/Europe/CUSTOM:40441021T210000\r\nSUMMARY:Far\r\nEND:VEVENT\r\n");
    std::istringstream in(text);
    std::vector<agenda::Appointment> got;
    auto began = std::chrono::steady_clock::now();
    agenda::read_ics(in, "far.ics", "UTC", [&](agenda::IcsEvent&& ev) { got.push_back(ev.appt); }, [](int, const std::string&) {});
    CHECK(std::chrono::steady_clock::now() - began < std::chrono::seconds{20}); // minutes before
    REQUIRE(got.size() == 1);
    CHECK(got[0].zone.rfind("Europe/", 0) == 0); // an IANA zone with the same clock (CET/CEST)
    CHECK(got[0].end - got[0].start == std::chrono::hours{1});
}

TEST_CASE("Windows time-zone names from ICU's table, beyond the 20 the hand-written table had") {
    auto zone_of = [](const char* windows) {
        std::string text = calendar("BEGIN:VEVENT\r\nUID:w@x\r\nDTSTART;TZID=\"" + std::string(windows) +
                                    "\":20261201T100000\r\nSUMMARY:W\r\nEND:VEVENT\r\n");
        std::istringstream in(text);
        std::string zone;
        agenda::read_ics(in, "w.ics", "UTC", [&](agenda::IcsEvent&& ev) { zone = ev.appt.zone; }, [](int, const std::string&) {});
        return zone;
    };
    CHECK(zone_of("Romance Standard Time") == "Europe/Paris");
    CHECK(zone_of("W. Europe Standard Time") == "Europe/Berlin");
    CHECK(zone_of("Cen. Australia Standard Time") == "Australia/Adelaide");
    CHECK(zone_of("Morocco Standard Time") == "Africa/Casablanca");
    CHECK(zone_of("UTC") == "UTC");
}

TEST_CASE("one occurrence of a series changed, then the series moved: the change and the cancellation move along") {
    TempStore s;
    members(s);
    auto weekly = appt("Teamoverleg", "2026-12-07 10:00", 60, {"an", "bert"});
    weekly.rrule = "FREQ=WEEKLY;COUNT=4";
    auto id = add(s, weekly);
    auto d = [](int day) { return core::Date{date::year{2026}, date::month{12}, date::day{static_cast<unsigned>(day)}}; };
    store::Txn txn(s.db, TempStore::actor());
    // The 14th an hour later: a child that overrides that occurrence.
    auto one = agenda::edit_target(s.db, id, d(14));
    CHECK(one.appt.id == 0);
    CHECK(one.appt.parent_id == id);
    one.appt.start += std::chrono::hours{1};
    one.appt.end += std::chrono::hours{1};
    auto child = agenda::save_edit(txn, one);
    CHECK(child != id);
    // Changing the 14th again changes the child, not a second one.
    CHECK(agenda::edit_target(s.db, id, d(14)).appt.id == child);
    agenda::cancel_occurrence(txn, id, d(21));
    CHECK_THROWS_AS(agenda::cancel_occurrence(txn, id, d(15)), Error);
    // The whole series a day later: the change and the cancelled day follow.
    auto all = agenda::edit_target(s.db, id, std::nullopt);
    REQUIRE(all.changes.size() == 1);
    all.appt.start += date::days{1};
    all.appt.end += date::days{1};
    agenda::save_edit(txn, all);
    auto series = agenda::get_appointment(s.db, id);
    REQUIRE(series.exdates.size() == 1);
    CHECK(series.exdates[0] == at("2026-12-22 10:00"));
    CHECK(*agenda::get_appointment(s.db, child).recurrence_id == at("2026-12-15 10:00"));
    CHECK(series.sequence == weekly.sequence + 2);
}
