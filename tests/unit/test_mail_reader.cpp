#include "officectl/core/error.hpp"
#include "officectl/io/mail_reader.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace officectl;

namespace {

const std::string k_data = std::string(OFFICECTL_TEST_DATA) + "/mail/";

std::vector<io::ParsedMail> read(const std::string& path, std::vector<io::SkippedFile>* skipped = nullptr) {
    std::vector<io::ParsedMail> out;
    io::read_mail(path, [&](io::ParsedMail&& m) { out.push_back(std::move(m)); },
                  [&](io::SkippedFile&& s) {
                      if (skipped) {
                          skipped->push_back(std::move(s));
                      }
                  });
    return out;
}

} // namespace

TEST_CASE("an mbox: headers decoded, charsets converted, body and attachments") {
    auto mails = read(k_data + "office.mbox");
    REQUIRE(mails.size() == 6);
    const auto& fod = mails[0];
    CHECK(fod.subject == "Aanslagbiljet 2026 – Financiën"); // ISO-8859-1 label, Windows-1252 dash
    CHECK(fod.from->name == "FOD Financiën");
    CHECK(fod.from->addr == "aanslag@minfin.fed.be");
    CHECK(fod.message_id == "a1@minfin.fed.be");
    CHECK(fod.date == std::optional<std::int64_t>(1796026500)); // 2026-11-30 09:15 +01:00
    CHECK(fod.body.find("Financiën dankt u.") != std::string::npos);
    const auto& ricoh = mails[1];
    CHECK(ricoh.from->addr == "marie.dubois@ricoh.be"); // lower-cased
    CHECK(ricoh.to.size() == 2);                         // To and Cc
    CHECK(ricoh.body.find("“offerte” voor € 4.200,00") != std::string::npos); // Windows-1252 body
    REQUIRE(ricoh.attachments.size() == 1);
    CHECK(ricoh.attachments[0].name == "offerte.pdf");
    CHECK(ricoh.attachments[0].type == "application/pdf");
    CHECK(ricoh.attachments[0].size == 54);
    CHECK(ricoh.attachments[0].sha256.size() == 64);
    CHECK(mails[2].in_reply_to == std::vector<std::string>{"q1@ricoh.be"});
    CHECK(mails[3].message_id.empty());
    CHECK(mails[4].message_id == mails[0].message_id); // a reused Message-ID ...
    CHECK(mails[4].content_hash != mails[0].content_hash); // ... on another message
    CHECK(mails[5].body == "Menu\nHapjes & drank voor 120 personen.\nPrijs: € 2.400"); // text from HTML
}

TEST_CASE("the same message reads the same from an mbox (LF) and a file (CRLF)") {
    auto from_mbox = read(k_data + "office.mbox")[0];
    auto from_file = read(k_data + "single.eml");
    REQUIRE(from_file.size() == 1);
    CHECK(from_file[0].content_hash == from_mbox.content_hash);
}

TEST_CASE("a Maildir: cur and new, Maildir++ folders, tmp left alone") {
    auto mails = read(k_data + "Maildir");
    REQUIRE(mails.size() == 3);
    CHECK(mails[0].subject == "Aanslagbiljet 2026 – Financiën"); // sorted: .Archief, cur, new
    CHECK(mails[1].subject == "Re: Levering toner");
    CHECK(mails[2].subject == "Levering toner");
}

TEST_CASE("real messages from ruby-mail: RFC 2822 examples, UTF-8 headers, Japanese, attachments") {
    auto mails = read(k_data + "ruby-mail");
    REQUIRE(mails.size() == 7);
    bool japanese = false, utf8 = false, nonascii_file = false;
    for (const auto& m : mails) {
        japanese = japanese || m.subject == "まみむめも";
        utf8 = utf8 || (m.subject == "Säying Hello" && m.from->addr == "jdöe@mächine.example");
        for (const auto& a : m.attachments) {
            nonascii_file = nonascii_file || a.name == "ciële.txt";
        }
    }
    CHECK(japanese);
    CHECK(utf8);
    CHECK(nonascii_file);
}

TEST_CASE("what is not mail is skipped with a reason; a missing path is an error") {
    std::vector<io::SkippedFile> skipped;
    CHECK(read(k_data + "not-mail.txt", &skipped).empty());
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].why == "not mail");
    CHECK_THROWS_AS(read(k_data + "missing.mbox"), Error);
}

TEST_CASE("a truncated mbox gives what it holds") {
    auto mails = read(k_data + "truncated.mbox");
    REQUIRE(mails.size() == 2);
    CHECK(mails[1].subject == "Offerte kopieertoestel");
}

TEST_CASE("text from HTML") {
    CHECK(io::html_to_text("<p>A &amp; B</p><p>C<br>D</p>") == "A & B\nC\nD\n");
    CHECK(io::html_to_text("<style>x{}</style>Hi &euro;") == "Hi €");
}
