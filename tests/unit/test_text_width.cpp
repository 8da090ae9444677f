#include "officectl/core/text_width.hpp"

#include <doctest/doctest.h>

using namespace officectl;

TEST_CASE("display width counts columns, not bytes") {
    CHECK(core::display_width("abc") == 3);
    CHECK(core::display_width("Financiën") == 9);
    CHECK(core::display_width("日本語") == 6);
    CHECK(core::display_width("e\xcc\x81") == 1); // e + combining acute
    CHECK(core::display_width("\xff") == 1);       // invalid byte
}

TEST_CASE("truncation ends in an ellipsis and respects wide characters") {
    CHECK(core::truncate_to_width("Vergaderzaal", 8) == "Vergade…");
    CHECK(core::truncate_to_width("short", 8) == "short");
    CHECK(core::truncate_to_width("日本語テキスト", 5) == "日本…");
    CHECK(core::display_width(core::truncate_to_width("日本語テキスト", 5)) <= 5);
}
