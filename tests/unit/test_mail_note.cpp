#include "officectl/core/error.hpp"
#include "officectl/mail/note_rules.hpp"
#include "officectl/mail/note_store.hpp"
#include "officectl/team/member_store.hpp"
#include "temp_store.hpp"

#include <doctest/doctest.h>

using namespace officectl;
using testing::TempStore;

namespace {

core::Date d(int y, unsigned m, unsigned day) { return core::Date{date::year{y}, date::month{m}, date::day{day}}; }

std::int64_t member(TempStore& s, const char* handle) {
    team::Member m;
    m.handle = handle;
    m.name = handle;
    store::Txn txn(s.db, TempStore::actor());
    auto id = team::add_member(txn, m);
    txn.commit();
    return id;
}

mail::Note note(std::vector<mail::NoteRecipient> to, core::Date day, bool ack = true) {
    mail::Note n;
    n.subject = "Thuiswerk";
    n.date = day;
    n.ack_required = ack;
    n.recipients = std::move(to);
    return n;
}

} // namespace

TEST_CASE("note numbers and status rules") {
    CHECK(mail::note_number("NOTE", 2027, 1) == "NOTE-2027-0001");
    mail::Note n = note({{1, "an", std::nullopt}, {2, "bert", d(2027, 1, 2)}}, d(2027, 1, 1));
    CHECK(mail::missing_acknowledgements(n).size() == 1);
    CHECK(mail::note_is_open(n));
    n.ack_required = false;
    CHECK_FALSE(mail::note_is_open(n));
    n.actions.push_back({1, "Plan", std::nullopt, std::nullopt, std::nullopt, std::nullopt});
    CHECK(mail::note_is_open(n));
    CHECK(mail::note_labels(core::Language::fr).subject == "Objet");
}

TEST_CASE("notes are numbered per year; acknowledgements are recorded once") {
    TempStore s;
    auto an = member(s, "an");
    auto bert = member(s, "bert");
    auto other = member(s, "cas");
    std::string first, second, next_year;
    {
        store::Txn txn(s.db, TempStore::actor());
        first = mail::add_note(txn, note({{an, "an", {}}, {bert, "bert", {}}}, d(2026, 12, 2)), "NOTE");
        second = mail::add_note(txn, note({{an, "an", {}}}, d(2026, 12, 3)), "NOTE");
        next_year = mail::add_note(txn, note({{an, "an", {}}}, d(2027, 1, 4)), "DN");
        txn.commit();
    }
    CHECK(first == "NOTE-2026-0001");
    CHECK(second == "NOTE-2026-0002");
    CHECK(next_year == "DN-2027-0001");
    auto n = mail::get_note(s.db, "note-2026-0001");
    store::Txn txn(s.db, TempStore::actor());
    CHECK(mail::acknowledge(txn, n, bert, "bert", d(2026, 12, 3)));
    n = mail::get_note(s.db, first);
    CHECK_FALSE(mail::acknowledge(txn, n, bert, "bert", d(2026, 12, 4)));
    CHECK(mail::missing_acknowledgements(n).size() == 1);
    CHECK_THROWS_AS(mail::acknowledge(txn, n, an, "an", d(2026, 12, 1)), Error); // before the note
    CHECK_THROWS_WITH_AS(mail::acknowledge(txn, n, other, "cas", d(2026, 12, 3)), doctest::Contains("not a recipient"), Error);
    CHECK_THROWS_AS(mail::add_note(txn, note({}, d(2026, 12, 2)), "NOTE"), Error);
    CHECK(mail::list_notes(s.db, true).size() == 3);
}
