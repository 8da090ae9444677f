#include "officectl/contact/contact_rules.hpp"
#include "officectl/contact/contact_store.hpp"
#include "officectl/contact/kbo.hpp"
#include "officectl/contact/vcard.hpp"
#include "officectl/core/error.hpp"
#include "officectl/store/maintenance.hpp"
#include "temp_store.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

using namespace officectl;
using testing::TempStore;

TEST_CASE("KBO/BCE numbers: any spelling normalised, check digits verified by hand") {
    // 97 - (04031707 mod 97) = 97 - 96 = 1 -> check digits 01.
    CHECK(contact::normalise_kbo("BE0403.170.701") == std::optional<std::string>("BE0403170701"));
    CHECK(contact::normalise_kbo("0403170701") == std::optional<std::string>("BE0403170701"));
    CHECK(contact::normalise_kbo("BE 0403 170 701") == std::optional<std::string>("BE0403170701"));
    CHECK(contact::normalise_kbo("be0403-170-701") == std::optional<std::string>("BE0403170701"));
    CHECK(contact::normalise_kbo("403170701") == std::optional<std::string>("BE0403170701")); // old 9 digits
    // 97 - (02022399 mod 97) = 51; 97 - (04174971 mod 97) = 6.
    CHECK(contact::normalise_kbo("0202.239.951") == std::optional<std::string>("BE0202239951"));
    CHECK(contact::normalise_kbo("0417.497.106") == std::optional<std::string>("BE0417497106"));
    CHECK_FALSE(contact::normalise_kbo("BE0403.170.702")); // wrong check digits
    CHECK_FALSE(contact::normalise_kbo("BE2403.170.701")); // must start with 0 or 1
    CHECK_FALSE(contact::normalise_kbo("BE0403.170.70"));
    CHECK_FALSE(contact::normalise_kbo("NL0403170701"));
    CHECK_FALSE(contact::normalise_kbo("0403x170701"));
    CHECK(contact::format_kbo("BE0403170701") == "BE 0403.170.701");
    CHECK_THROWS_WITH_AS(contact::require_kbo("0403170702"), doctest::Contains("check digits"), Error);
    CHECK_THROWS_WITH_AS(contact::require_kbo("12345"), doctest::Contains("ten digits"), Error);
}

TEST_CASE("mail addresses match a relation: exact address first, then the domain") {
    contact::Contact org;
    org.id = 1;
    org.name = "Ricoh Belgium";
    org.domain = "ricoh.be";
    contact::Contact person;
    person.id = 2;
    person.name = "Marie Dubois";
    person.kind = contact::Kind::person;
    person.email = "Marie.Dubois@ricoh.be";
    contact::Contact sub;
    sub.id = 3;
    sub.name = "Ricoh Service";
    sub.domain = "service.ricoh.be";
    std::vector<contact::Contact> all{org, person, sub};
    CHECK(contact::match_address("marie.dubois@RICOH.be", all) == std::optional<std::int64_t>(2));
    CHECK(contact::match_address("info@ricoh.be", all) == std::optional<std::int64_t>(1));
    CHECK(contact::match_address("jan@mail.ricoh.be", all) == std::optional<std::int64_t>(1));
    CHECK(contact::match_address("jan@service.ricoh.be", all) == std::optional<std::int64_t>(3));
    CHECK_FALSE(contact::match_address("jan@notricoh.be", all));
    CHECK_FALSE(contact::match_address("jan@canon.be", all));
    CHECK(contact::address_domain("Jan@Canon.BE") == "canon.be");
}

TEST_CASE("contact rules") {
    contact::Contact c;
    c.name = "Ricoh";
    c.type = contact::Type::supplier;
    c.segment = "ICT";
    CHECK_NOTHROW(contact::check_contact(c, {}));
    CHECK_NOTHROW(contact::check_contact(c, {"facilitair", "ICT"}));
    CHECK_THROWS_AS(contact::check_contact(c, {"facilitair"}), Error);
    c.email = "not an address";
    CHECK_THROWS_AS(contact::check_contact(c, {}), Error);
    c.email.reset();
    c.org_id = 4; // an organisation does not work at one
    CHECK_THROWS_AS(contact::check_contact(c, {}), Error);
    CHECK(contact::normalise_tags(" Copiers, printers,copiers,, ") == std::vector<std::string>{"copiers", "printers"});
}

TEST_CASE("vCard text is escaped and lines fold at 75 octets without splitting a character") {
    CHECK(contact::vcard_escape("Peeters, An; \\ Zuid\nBrussel") == "Peeters\\, An\\; \\\\ Zuid\\nBrussel");
    std::string long_line = "NOTE:" + std::string(70, 'a') + "ééé";
    auto folded = contact::vcard_fold(long_line);
    CHECK(folded.find("\r\n ") == 75);
    CHECK(folded.substr(folded.size() - 2) == "\r\n");
    auto first = folded.substr(0, folded.find("\r\n"));
    CHECK(first.size() <= 75);
    // A character that would end past octet 75 goes whole onto the next line (one
    // of three bytes at column 74 made a line of 77; found by fuzz_vcard).
    for (int at = 70; at < 76; ++at) {
        auto f = contact::vcard_fold(std::string(static_cast<std::size_t>(at), 'x') + "日本語" + std::string(80, 'y'));
        for (std::size_t pos = 0; pos < f.size();) {
            auto end = f.find("\r\n", pos);
            CHECK(end - pos <= 75);
            pos = end + 2;
        }
    }
    contact::Contact c;
    c.id = 7;
    c.name = "Ricoh, Belgium";
    auto card = contact::to_vcards({c});
    CHECK(card.rfind("BEGIN:VCARD\r\nVERSION:4.0\r\n", 0) == 0);
    CHECK(card.find("FN:Ricoh\\, Belgium\r\n") != std::string::npos);
    CHECK(card.find("KIND:org\r\n") != std::string::npos);
    CHECK(card.ends_with("END:VCARD\r\n"));
}

namespace {

std::int64_t add(TempStore& s, contact::Contact c) {
    store::Txn txn(s.db, TempStore::actor());
    auto id = contact::add_contact(txn, c, {});
    txn.commit();
    return id;
}

contact::Contact org(std::string name) {
    contact::Contact c;
    c.name = std::move(name);
    c.type = contact::Type::supplier;
    return c;
}

} // namespace

TEST_CASE("finding a relation by id, number, address, name or part of it") {
    TempStore s;
    auto ricoh = org("Ricoh Belgium");
    ricoh.vat = "0403.170.701";
    ricoh.domain = "ricoh.be";
    auto id = add(s, ricoh);
    add(s, org("Canon Belgium"));
    CHECK(contact::get_contact(s.db, std::to_string(id)).name == "Ricoh Belgium");
    CHECK(contact::get_contact(s.db, "#" + std::to_string(id)).name == "Ricoh Belgium");
    CHECK(contact::get_contact(s.db, "BE 0403 170 701").name == "Ricoh Belgium");
    CHECK(contact::get_contact(s.db, "ricoh").name == "Ricoh Belgium");
    CHECK(contact::contact_for_address(s.db, "info@ricoh.be")->id == id);
    CHECK_FALSE(contact::contact_for_address(s.db, "info@example.be"));
    CHECK_THROWS_WITH_AS(contact::get_contact(s.db, "Belgium"), doctest::Contains("matches 2 contacts"), Error);
    CHECK_THROWS_AS(contact::get_contact(s.db, "Xerox"), Error);
    auto dup = org("Ricoh NV");
    dup.vat = "BE0403170701";
    CHECK_THROWS_WITH_AS(add(s, dup), doctest::Contains("already Ricoh Belgium"), Error);
}

TEST_CASE("resolving a party: one match is used, none creates (or refuses when strict), several refuse") {
    TempStore s;
    add(s, org("Ricoh Belgium"));
    add(s, org("Canon Belgium"));
    store::Txn txn(s.db, TempStore::actor());
    CHECK_FALSE(contact::resolve_party(txn, "Ricoh", {}).created);
    auto created = contact::resolve_party(txn, "Xerox", {false, contact::Type::supplier});
    CHECK(created.created);
    CHECK(created.contact.type == contact::Type::supplier);
    CHECK_THROWS_AS(contact::resolve_party(txn, "Konica", {true, contact::Type::supplier}), Error);
    CHECK_THROWS_AS(contact::resolve_party(txn, "Belgium", {}), Error);
    // Whole names (an import): part of several names is a new relation; a whole name is that one.
    auto whole = contact::resolve_party(txn, "Belgium", {false, contact::Type::supplier, true});
    CHECK(whole.created);
    CHECK(whole.contact.name == "Belgium");
    CHECK(contact::resolve_party(txn, "ricoh belgium", {false, contact::Type::supplier, true}).contact.name == "Ricoh Belgium");
    CHECK_FALSE(contact::resolve_party(txn, "Belgium", {false, contact::Type::supplier, true}).created);
}

TEST_CASE("a merge leaves no reference to the merged relation") {
    TempStore s;
    auto keep = add(s, org("Ricoh Belgium"));
    auto dup_org = org("Ricoh BE");
    dup_org.phone = "02 123 45 67";
    auto gone = add(s, dup_org);
    contact::Contact marie;
    marie.name = "Marie Dubois";
    marie.kind = contact::Kind::person;
    marie.org_id = gone;
    add(s, marie);
    {
        store::Txn txn(s.db, TempStore::actor());
        auto result = contact::merge_contacts(txn, contact::get_contact(s.db, "Ricoh Belgium"), contact::get_contact(s.db, "Ricoh BE"));
        CHECK(result.references_moved == 1);
        CHECK(result.fields_filled == std::vector<std::string>{"phone"});
        txn.commit();
    }
    CHECK_FALSE(contact::find_contact_by_id(s.db, gone));
    CHECK(store::references_to(s.db, "contact", gone).empty());
    CHECK(contact::get_contact(s.db, "Marie Dubois").org_id == std::optional<std::int64_t>(keep));
    CHECK(contact::get_contact(s.db, "Ricoh Belgium").phone == std::optional<std::string>("02 123 45 67"));
    store::Txn txn(s.db, TempStore::actor());
    auto k = contact::get_contact(s.db, "Ricoh Belgium");
    CHECK_THROWS_WITH_AS(contact::merge_contacts(txn, k, k), doctest::Contains("into itself"), Error);
    CHECK_THROWS_WITH_AS(contact::remove_contact(txn, k), doctest::Contains("still referred to"), Error);
}
