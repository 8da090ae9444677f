#include "officectl/core/text_width.hpp"
#include "officectl/core/visible_text.hpp"

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

TEST_CASE("visible text: controls as Control Pictures, C1 and bad bytes as U+FFFD, line breaks kept when asked") {
    CHECK(core::visible_text("plain text", false) == "plain text");
    CHECK(core::visible_text("a\x1b[2Jb", false) == "a␛[2Jb");
    CHECK(core::visible_text("Non\uFDD0char \uFFFE", false) == "Non\uFFFDchar \uFFFD"); // noncharacters
    CHECK(core::visible_text("a\x07\x7f\x00z", false).empty() == false);
    CHECK(core::visible_text(std::string("a\x07\x7f\0z", 5), false) == "a␇␡␀z");
    CHECK(core::visible_text("x\ny\tz\r\nw\rv", true) == "x\ny\tz\nw␍v");
    CHECK(core::visible_text("x\ny", false) == "x␊y");
    CHECK(core::visible_text("\xc2\x9b" "1m", false) == "�1m"); // C1 CSI
    CHECK(core::visible_text("Zoë \xff", false) == "Zoë �");
    CHECK(core::visible_text("日本語", false) == "日本語");
}
