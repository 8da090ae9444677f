#include "officectl/core/error.hpp"
#include "officectl/core/text_width.hpp"
#include "officectl/core/visible_text.hpp"
#include "officectl/render/render.hpp"
#include "officectl/render/report.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace officectl;
using render::ColumnType;
using render::Format;

namespace {

render::Table sample() {
    render::Table t;
    t.column("who").column("days", ColumnType::integer).column("cost", ColumnType::money).column("since", ColumnType::date);
    t.add_row({std::string("An"), std::int64_t{8}, core::Money{123456, "EUR"}, core::Date{date::year{2026}, date::December, date::day{1}}});
    t.add_row({std::string("Zoë | \"Z\", sr."), std::int64_t{12}, render::Cell{}, render::Cell{}});
    return t;
}

render::RenderOptions as(Format f) {
    render::RenderOptions o;
    o.format = f;
    return o;
}

} // namespace

TEST_CASE("table: aligned by display width, numbers right, header underlined") {
    CHECK(render::render_table(sample(), as(Format::table)) ==
          "who             days  cost        since\n"
          "--------------  ----  ----------  ----------\n"
          "An                 8  € 1.234,56  2026-12-01\n"
          "Zoë | \"Z\", sr.    12\n");
}

TEST_CASE("table: cut to the terminal width with an ellipsis") {
    auto o = as(Format::table);
    o.width = 40; // the text column gives up 4 of its 14 columns
    auto out = render::render_table(sample(), o);
    CHECK(out.find("Zoë | \"Z\"…") != std::string::npos);
    for (size_t start = 0; start < out.size();) {
        auto end = out.find('\n', start);
        CHECK(core::display_width(out.substr(start, end - start)) <= 40);
        start = end + 1;
    }
}

TEST_CASE("table: colour is bold header only") {
    auto o = as(Format::table);
    o.color = true;
    CHECK(render::render_table(sample(), o).rfind("\033[1mwho", 0) == 0);
}

TEST_CASE("csv: RFC 4180 quoting, header, plain decimals") {
    CHECK(render::render_table(sample(), as(Format::csv)) ==
          "who,days,cost,since\n"
          "An,8,1234.56,2026-12-01\n"
          "\"Zoë | \"\"Z\"\", sr.\",12,,\n");
    auto semi = as(Format::csv);
    semi.csv_separator = ';';
    CHECK(render::render_table(sample(), semi) ==
          "who;days;cost;since\n"
          "An;8;1234,56;2026-12-01\n"
          "\"Zoë | \"\"Z\"\", sr.\";12;;\n");
}

TEST_CASE("csv for Excel: a BOM, ';', decimal commas, CRLF, and no formula ever runs") {
    render::Table t;
    t.column("subject").column("amount", ColumnType::money).column("note");
    t.add_row({std::string("=HYPERLINK(\"http://x\",\"klik\")"), core::Money{-1250, "EUR"},
               std::string("+32 2 123 45 67")});
    t.add_row({std::string("Chloé"), core::Money{123456, "EUR"}, std::string("@SUM(A1)")});
    t.add_row({std::string("-- zie bijlage"), render::Cell{}, render::Secret{"=1+1", "(confidential)"}});
    auto o = as(Format::csv);
    o.excel = true;
    o.csv_separator = ';'; // as the app sets it with --excel
    CHECK(render::render_table(t, o) ==
          "\xEF\xBB\xBFsubject;amount;note\r\n"
          "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\";-12,50;'+32 2 123 45 67\r\n"
          "Chloé;1234,56;'@SUM(A1)\r\n"
          "'-- zie bijlage;;(confidential)\r\n");
    o.show_confidential = true;
    CHECK(render::render_table(t, o).find(";'=1+1\r\n") != std::string::npos);
    // Plain CSV stays byte-exact for scripts: the same text, unprefixed.
    CHECK(render::render_table(t, as(Format::csv)).rfind("subject,amount,note\n\"=HYPERLINK", 0) == 0);
}

TEST_CASE("csv: an empty table is its header") {
    render::Table t;
    t.column("a").column("b");
    CHECK(render::render_table(t, as(Format::csv)) == "a,b\n");
}

TEST_CASE("markdown: GitHub table, pipes escaped, numbers right") {
    CHECK(render::render_table(sample(), as(Format::md)) ==
          "| who | days | cost | since |\n"
          "| --- | ---: | ---: | --- |\n"
          "| An | 8 | € 1.234,56 | 2026-12-01 |\n"
          "| Zoë \\| \"Z\", sr. | 12 |  |  |\n");
}

TEST_CASE("json: typed values in column order") {
    auto doc = nlohmann::json::parse(render::render_table(sample(), as(Format::json)));
    REQUIRE(doc.is_array());
    CHECK(doc[0]["who"] == "An");
    CHECK(doc[0]["days"] == 8);
    CHECK(doc[0]["cost"]["amount"] == "1234.56");
    CHECK(doc[0]["cost"]["currency"] == "EUR");
    CHECK(doc[0]["since"] == "2026-12-01");
    CHECK(doc[1]["cost"].is_null());
    auto text = render::render_table(sample(), as(Format::json));
    CHECK(text.find("\"who\"") < text.find("\"days\""));
}

TEST_CASE("json: date-times carry their zone's offset; durations are minutes") {
    render::Table t;
    t.column("at", ColumnType::datetime).column("for", ColumnType::duration);
    core::ZonedInstant zi{std::chrono::sys_seconds{date::sys_days{date::year{2026} / 12 / 1}} + std::chrono::hours{9}, "Europe/Brussels"};
    t.add_row({zi, render::Minutes{90}});
    auto doc = nlohmann::json::parse(render::render_table(t, as(Format::json)));
    CHECK(doc[0]["at"] == "2026-12-01T10:00:00+01:00");
    CHECK(doc[0]["for"] == 90);
    CHECK(render::render_table(t, as(Format::table)).find("2026-12-01 10:00  1h30") != std::string::npos);
}

TEST_CASE("record: a vertical list that leaves empty fields out") {
    render::Table t;
    t.column("handle").column("email").column("hours", ColumnType::decimal);
    t.add_row({std::string("an"), render::Cell{}, 19.5});
    CHECK(render::render_record(t, as(Format::table)) == "handle: an\nhours:  19.5\n");
    CHECK(nlohmann::json::parse(render::render_record(t, as(Format::json)))["hours"] == 19.5);
}

TEST_CASE("reports: text, markdown and json; csv refused") {
    render::Report r{"Weekly report", {}};
    render::Section s{"Team", {}};
    s.paragraph("Nobody joins.");
    s.table(sample());
    r.sections.push_back(s);
    auto md = render::render_report(r, as(Format::md));
    CHECK(md.rfind("# Weekly report\n\n## Team\n\nNobody joins.\n\n| who |", 0) == 0);
    auto text = render::render_report(r, as(Format::table));
    CHECK(text.rfind("Weekly report\n=============\n\nTeam\n----\n\nNobody joins.\n", 0) == 0);
    auto json = nlohmann::json::parse(render::render_report(r, as(Format::json)));
    CHECK(json["sections"][0]["blocks"][1]["rows"][0]["who"] == "An");
    try {
        render::render_report(r, as(Format::csv));
        FAIL("csv accepted");
    } catch (const Error& e) {
        CHECK(e.code() == ExitCode::usage);
    }
}

TEST_CASE("json columns embed their value in JSON output and stay text elsewhere") {
    render::Table t;
    t.column("after", ColumnType::json);
    t.add_row({std::string(R"({"handle":"an","hours":38})")});
    auto doc = nlohmann::json::parse(render::render_table(t, as(Format::json)));
    CHECK(doc[0]["after"]["hours"] == 38);
    CHECK(render::render_table(t, as(Format::csv)) == "after\n\"{\"\"handle\"\":\"\"an\"\",\"\"hours\"\":38}\"\n");
}

TEST_CASE("a long table in a report is cut to its first rows, saying how many more and where") {
    render::Table t;
    t.column("n", ColumnType::integer);
    for (std::int64_t i = 0; i < 15; ++i) {
        t.add_row({i});
    }
    render::Section s{"Dossiers", {}};
    s.table_at_most(t, 10, "officectl dossier check");
    REQUIRE(s.blocks.size() == 2);
    CHECK(std::get<render::Table>(s.blocks[0]).rows().size() == 10);
    CHECK(std::get<render::Paragraph>(s.blocks[1]).text == "… and 5 more: officectl dossier check");
    render::Section short_one{"Dossiers", {}};
    short_one.table_at_most(t, 15, "officectl dossier check");
    CHECK(short_one.blocks.size() == 1); // nothing left out: no line about it
}

TEST_CASE("one huge cell is cut in table and Markdown output, whatever the data; CSV and JSON stay whole") {
    // A 2 MB Subject made `mail list` print 1 006 040 859 bytes (every row padded to it).
    render::Table t;
    t.column("number").column("subject");
    t.add_row({std::string("IN-1"), std::string(2'000'000, 'x')});
    for (int i = 0; i < 100; ++i) {
        t.add_row({std::string("IN-2"), std::string("short")});
    }
    auto table = render::render_table(t, as(Format::table));
    CHECK(table.size() < 100 * 220 + 1000);
    CHECK(table.find(std::string(199, 'x') + "…") != std::string::npos);
    auto md = render::render_table(t, as(Format::md));
    CHECK(md.size() < 100 * 30 + 1000);
    CHECK(md.find(std::string(199, 'x') + "…") != std::string::npos);
    CHECK(render::render_table(t, as(Format::csv)).find(std::string(2'000'000, 'x')) != std::string::npos);
    CHECK(render::render_table(t, as(Format::json)).find(std::string(2'000'000, 'x')) != std::string::npos);
}

TEST_CASE("control characters from data are shown, never sent to the terminal, in table and Markdown output") {
    // ESC ]0;pwned BEL set the window title; ESC [2J cleared the screen.
    std::string hostile = "Factuur\x1b]0;pwned\x07 \x1b[2J\x9b" "31m\xc2\x9b" "1m\xff end";
    render::Table t;
    t.column("subject");
    t.add_row({hostile});
    for (auto f : {Format::table, Format::md}) {
        auto out = render::render_table(t, as(f));
        CHECK(out.find('\x1b') == std::string::npos);
        CHECK(out.find('\x07') == std::string::npos);
        CHECK(out.find("\xc2\x9b") == std::string::npos);
        CHECK(out.find("Factuur␛]0;pwned␇ ␛[2J�31m�1m� end") != std::string::npos);
    }
    CHECK(render::render_record(t, as(Format::table)).find("␛[2J") != std::string::npos);
    render::Report r;
    r.title = "Weekly \x1b[2J";
    r.sections.push_back({"Mail\x07", {}});
    r.sections.back().paragraph("line 1\nline 2 \x1b]0;x\x07");
    for (auto f : {Format::table, Format::md}) {
        auto out = render::render_report(r, as(f));
        CHECK(out.find('\x1b') == std::string::npos);
        CHECK(out.find("line 1\nline 2 ␛]0;x␇") != std::string::npos); // line breaks kept
    }
    // CSV carries the data byte for byte; JSON too, escaped as JSON does, but JSON is
    // UTF-8: a byte that is not becomes U+FFFD (the output was not JSON at all).
    CHECK(render::render_table(t, as(Format::csv)).find(hostile) != std::string::npos);
    auto json = nlohmann::json::parse(render::render_table(t, as(Format::json)));
    CHECK(json[0]["subject"] == "Factuur\x1b]0;pwned\x07 \x1b[2J\xef\xbf\xbd" "31m\xc2\x9b" "1m\xef\xbf\xbd end");
}

TEST_CASE("machine formats are typed: lists are arrays, structured values objects, totals only when asked") {
    render::Table t;
    t.column("who", ColumnType::list).column("time", ColumnType::json, R"({"type":"object"})");
    t.column("amount", ColumnType::money);
    t.add_row({render::List{{"an", "bert"}}, render::Structured{"10:00-11:30", R"({"start":"10:00","end":"11:30"})"},
               core::Money{1250, "EUR"}});
    t.add_row({render::List{}, render::Structured{"all day", R"({"all_day":true})"}, core::Money{50, "EUR"}});
    t.add_total_row({render::List{}, render::Structured{"Total", "null"}, core::Money{1300, "EUR"}});
    render::RenderOptions o;
    o.format = Format::json;
    auto j = nlohmann::json::parse(render::render_table(t, o));
    REQUIRE(j.size() == 2); // the total row left out
    CHECK(j[0]["who"] == nlohmann::json::array({"an", "bert"}));
    CHECK(j[1]["who"] == nlohmann::json::array()); // an empty list is [], not null
    CHECK(j[0]["time"]["end"] == "11:30");
    o.totals = true;
    CHECK(nlohmann::json::parse(render::render_table(t, o)).size() == 3);
    o.totals = false;
    o.format = Format::csv;
    auto csv = render::render_table(t, o);
    CHECK(csv == "who,time,amount\n\"an, bert\",10:00-11:30,12.50\n,all day,0.50\n");
    o.format = Format::table;
    CHECK(render::render_table(t, o).find("Total") != std::string::npos); // people see it
    o.format = Format::json_schema;
    auto schema = nlohmann::json::parse(render::render_table(t, o));
    CHECK(schema["type"] == "array");
    CHECK(schema["items"]["properties"]["who"]["type"] == "array");
    CHECK(schema["items"]["properties"]["time"]["type"] == "object");
    CHECK(schema["items"]["required"].size() == 3);
}
