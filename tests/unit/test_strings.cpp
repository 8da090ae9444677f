#include "officectl/core/strings.hpp"

#include <doctest/doctest.h>

using namespace officectl;

TEST_CASE("fold: case and accents, as every search and name lookup compares") {
    CHECK(core::fold("FOD Financiën") == "fod financien");
    CHECK(core::fold("Lefèvre, Luc") == "lefevre, luc");
    CHECK(core::fold("ÉLECTRICITÉ Dupré") == "electricite dupre");
    CHECK(core::fold("Straße") == "strasse"); // case folding, not only lower case
    CHECK(core::fold("ﬁle") == "file");       // compatibility forms (NFKD)
    CHECK(core::fold("plain ASCII") == "plain ascii");
    CHECK(core::fold("\xff\xfe broken") == "\xff\xfe broken"); // not UTF-8: only lower-cased
}

TEST_CASE("find_folded: where a folded word starts in the text itself") {
    std::string text = "Aan de FOD Financiën, Brussel";
    auto at = core::find_folded(text, "financien");
    REQUIRE(at != std::string::npos);
    CHECK(text.substr(at, 10) == "Financiën");
    CHECK(core::find_folded("Één twee", "een") == 0);
    CHECK(core::find_folded("Lefèvre", "fevre") == 2);
    CHECK(core::find_folded("abc", "xyz") == std::string::npos);
}
