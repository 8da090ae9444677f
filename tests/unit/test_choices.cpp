#include "officectl/core/choices.hpp"
#include "officectl/mail/item.hpp"
#include "officectl/render/render.hpp"

#include <doctest/doctest.h>

using namespace officectl;

namespace {
enum class Colour { red, green, blue };
constexpr core::Choices<Colour, 3> colours{{{{Colour::red, "red"}, {Colour::green, "green"}, {Colour::blue, "blue"}}}};
} // namespace

TEST_CASE("a table of words names and parses its enum both ways, in its order") {
    CHECK(colours.name(Colour::green) == "green");
    CHECK(colours.parse("blue") == Colour::blue);
    CHECK_FALSE(colours.parse("Blue").has_value()); // exact: the command line folds case before
    CHECK_FALSE(colours.parse("").has_value());
    CHECK(colours.words() == std::vector<std::string>{"red", "green", "blue"});
    static_assert(colours.parse("red") == Colour::red, "usable at compile time");
    // Every value of a real table round-trips.
    for (const auto& w : mail::channels.words()) {
        REQUIRE(mail::channels.parse(w).has_value());
        CHECK(mail::channels.name(*mail::channels.parse(w)) == w);
    }
    CHECK(render::formats.parse("json-schema") == render::Format::json_schema);
}

TEST_CASE("either_of lists words as a sentence does") {
    CHECK(core::either_of({}) == "");
    CHECK(core::either_of({"am"}) == "am");
    CHECK(core::either_of({"am", "pm"}) == "am or pm");
    CHECK(core::either_of({"low", "medium", "high"}) == "low, medium or high");
}

TEST_CASE("a domain's parser still reads its own spellings through the table") {
    CHECK(mail::parse_channel("E-Mail") == mail::Channel::email);
    CHECK(mail::parse_channel("mail") == mail::Channel::email);
    CHECK(mail::parse_channel(" FAX ") == mail::Channel::fax);
    CHECK_FALSE(mail::parse_channel("pigeon").has_value());
}
