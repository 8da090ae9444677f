#include "officectl/core/error.hpp"
#include "officectl/io/mail_in_order.hpp"
#include "officectl/io/mail_reader.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

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

namespace {

// A Maildir of `n` messages in a temporary folder: copies of the real ones, so
// the work is cut into many units.
struct TempMaildir {
    std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                ("officectl-maildir-" + std::to_string(std::random_device{}()));
    explicit TempMaildir(int n) {
        std::vector<std::filesystem::path> originals;
        for (const auto& e : std::filesystem::recursive_directory_iterator(k_data + "Maildir")) {
            if (e.is_regular_file() && e.path().parent_path().filename() != "tmp") {
                originals.push_back(e.path());
            }
        }
        std::sort(originals.begin(), originals.end());
        std::filesystem::create_directories(dir / "new");
        std::filesystem::create_directories(dir / "cur");
        for (int i = 0; i < n; ++i) {
            auto name = fmt::format("{:05}.host", i);
            std::filesystem::copy_file(originals[static_cast<size_t>(i) % originals.size()], dir / "new" / name);
        }
    }
    ~TempMaildir() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

} // namespace

TEST_CASE("parsed on several threads, mail comes in the order one thread reads it") {
    // Every kind of source at once, and many small files (several units of work),
    // so parsers overtake each other.
    TempMaildir many(300);
    std::vector<std::string> paths{k_data + "ruby-mail", k_data + "office.mbox", many.dir.string(),
                                   k_data + "not-mail.txt", k_data + "single.eml", k_data + "truncated.mbox"};
    std::vector<io::MailSource> sources;
    for (const auto& path : paths) {
        auto found = io::mail_sources(path);
        sources.insert(sources.end(), found.begin(), found.end());
    }
    REQUIRE(sources.size() > 300);
    std::vector<std::string> one_thread;
    for (const auto& s : sources) {
        io::read_source(s, [&](io::ParsedMail&& m) { one_thread.push_back(m.source + " " + m.content_hash); },
                        [&](io::SkippedFile&& f) { one_thread.push_back(f.path + " skipped: " + f.why); });
    }
    for (int parsers : {1, 3}) {
        std::vector<std::string> in_order;
        io::MailPipeline pipeline(paths, "", parsers);
        pipeline.consume([&](io::MailBatch& batch) {
            for (auto& e : batch) {
                in_order.push_back(e.mail ? e.mail->source + " " + e.mail->content_hash : "skipped: " + e.skipped);
            }
        });
        REQUIRE(in_order.size() == one_thread.size());
        for (size_t i = 0; i < in_order.size(); ++i) {
            if (in_order[i].rfind("skipped: ", 0) == 0) {
                CHECK(one_thread[i].find(in_order[i]) != std::string::npos);
            } else {
                CHECK(in_order[i] == one_thread[i]);
            }
        }
    }
}

TEST_CASE("when the consumer fails, the parsers stop and the error comes through") {
    TempMaildir many(300);
    int batches = 0;
    {
        io::MailPipeline pipeline({many.dir.string()}, "", 2);
        CHECK_THROWS_WITH_AS(pipeline.consume([&](io::MailBatch&) {
            ++batches;
            throw Error(ExitCode::data, "store full");
        }),
                             "store full", Error);
    } // the parsers, stopped, are joined here
    CHECK(batches == 1);
}

TEST_CASE("a path that cannot be read comes out of the pipeline after what came before it") {
    io::MailPipeline pipeline({k_data + "office.mbox", k_data + "missing.mbox"}, "", 2);
    int messages = 0;
    CHECK_THROWS_WITH_AS(pipeline.consume([&](io::MailBatch& batch) { messages += static_cast<int>(batch.size()); }),
                         doctest::Contains("missing.mbox"), Error);
    CHECK(messages == 0); // listed first: the import stops before anything is registered
}

TEST_CASE("a text part's body: transfer encodings undone, charsets honoured, bad bytes handled as GMime does") {
    auto dir = std::filesystem::temp_directory_path() / "officectl_test_text_parts";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    auto body_of = [&](const std::string& name, const std::string& content_headers, const std::string& content) {
        std::ofstream(dir / (name + ".eml"), std::ios::binary)
            << "From: a@b.be\r\nTo: c@ourcompany.be\r\nSubject: " << name << "\r\nMessage-ID: <" << name
            << "@t>\r\nMIME-Version: 1.0\r\n" << content_headers << "\r\n\r\n" << content;
        auto mails = read((dir / (name + ".eml")).string());
        REQUIRE(mails.size() == 1);
        return mails[0].body;
    };
    CHECK(body_of("b64", "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64",
                  "Q2Fmw6kg4oKsIDUNClR3ZWVkZSByZWdlbA0K\r\n") == "Café € 5\nTweede regel");
    CHECK(body_of("qp", "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable",
                  "Caf=C3=A9 =E2=82=AC 5 en een lange regel die=\r\n doorloopt\r\n") ==
          "Café € 5 en een lange regel die doorloopt");
    CHECK(body_of("latin", "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable",
                  "Caf=E9 latin\r\n") == "Café latin");
    // Bytes that are not what the part says: dropped by the charset conversion ...
    CHECK(body_of("ascii8", "Content-Type: text/plain; charset=us-ascii", "Caf\xe9 ok\r\n") == "Caf ok");
    CHECK(body_of("badutf", "Content-Type: text/plain; charset=utf-8", "Caf\xe9 ok \xc3\xa9\r\n") == "Caf ok é");
    CHECK(body_of("b64bad", "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64",
                  "Q2Fm6SDDqQ0K\r\n") == "Caf é");
    // ... and, with no charset to convert from, repaired (U+FFFD)
    CHECK(body_of("nocharset", "Content-Type: text/plain", "Caf\xe9 ok\r\n") == "Caf\xef\xbf\xbd ok");
    CHECK(body_of("nul", "Content-Type: text/plain; charset=utf-8", std::string("voor\0na\r\n", 9)) == "voor");
    std::filesystem::remove_all(dir);
}
