#include "officectl/core/error.hpp"
#include "officectl/core/limits.hpp"
#include "officectl/io/mail_in_order.hpp"
#include "officectl/io/mail_reader.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include <sys/stat.h>

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
    CHECK(io::html_to_text("<p>A &amp; B</p><p>C<br>D</p>") == "A & B\nC\nD");
    CHECK(io::html_to_text("<style>x{}</style>Hi &euro;") == "Hi €");
    // Every entity HTML has, named or numeric (the hand-written decoder knew 11).
    CHECK(io::html_to_text("Fr&ouml;sche &#8364; &#x20AC; &hellip; &nbsp;x") == "Frösche € € … x");
    CHECK(io::html_to_text("<script>alert(1)</script><div>a</div><div>b</div>") == "a\nb");
    CHECK(io::html_to_text("<ul><li>one<li>two</ul>") == "one\ntwo");
    CHECK(io::html_to_text("") == "");
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

namespace {

// A scratch folder for one test, removed after it.
struct Scratch {
    std::filesystem::path dir;
    explicit Scratch(const std::string& name) : dir(std::filesystem::temp_directory_path() / ("officectl_test_" + name)) {
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    ~Scratch() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
    std::string write(const std::string& name, const std::string& bytes) const {
        std::ofstream(dir / name, std::ios::binary) << bytes;
        return (dir / name).string();
    }
};

std::string message(int n, const std::string& extra_headers = "", const std::string& body = "Body.\n") {
    return fmt::format("From: a{}@example.be\nSubject: Message {}\nMessage-ID: <m{}@t>\n{}\n{}", n, n, n, extra_headers,
                       body);
}

// From MimeKit's test data (tests/data/mail/mimekit-mbox, MIT).
const std::string k_shared_mail = k_data;

} // namespace

TEST_CASE("an mbox whose second message's part is broken still gives every message (MimeKit issue 1189)") {
    std::vector<io::SkippedFile> skipped;
    auto mails = read(k_shared_mail + "mimekit-mbox/issue1189.mbox.txt", &skipped);
    REQUIRE(mails.size() == 4); // GMime's own mbox reader stopped after message 2
    CHECK(skipped.empty());
    CHECK(mails[2].subject == "Message 3");
    CHECK(mails[3].subject == "Message 4");
    CHECK(mails[3].source.find("issue1189.mbox.txt@7005") != std::string::npos);
}

TEST_CASE("an mbox that starts with a UTF-8 BOM or blank lines is an mbox") {
    Scratch s("mbox_start");
    auto mbox = "From x@y Thu Jan  1 00:00:00 2026\n" + message(1) + "\nFrom x@y Thu Jan  1 00:00:00 2026\n" + message(2);
    CHECK(read(s.write("bom.mbox", "\xEF\xBB\xBF" + mbox)).size() == 2);
    CHECK(read(s.write("blank.mbox", "\n\r\n" + mbox)).size() == 2);
    auto eml = read(s.write("bom.eml", "\xEF\xBB\xBF" + message(3)));
    REQUIRE(eml.size() == 1);
    CHECK(eml[0].subject == "Message 3");
}

TEST_CASE("a `From ` line in a body starts no message; one without the blank line before it does") {
    auto mails = read(k_shared_mail + "mimekit-mbox/unmunged.mbox.txt");
    REQUIRE(mails.size() == 2);
    CHECK(mails[0].body.find("From Russia with love") != std::string::npos);
    CHECK(mails[1].body.find("From Russia with love\nYear: 1963") != std::string::npos);
    CHECK(read(k_shared_mail + "mimekit-mbox/simple.mbox.txt").size() == 3); // no blank lines between messages
}

TEST_CASE("every message of an mbox is handed over or skipped with its reason: the counts add up") {
    Scratch s("mbox_counts");
    auto from = [](int n) { return fmt::format("From x@y Thu Jan  1 00:00:0{} 2026\n", n); };
    // The second has no header mail has (only a content type): skipped, not lost.
    auto mbox = from(1) + message(1) + "\n" + from(2) + "Content-Type: text/plain\n\njust text\n\n" + from(3) + message(3);
    std::vector<io::SkippedFile> skipped;
    auto mails = read(s.write("three.mbox", mbox), &skipped);
    REQUIRE(mails.size() == 2);
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].why == "not mail");
    CHECK(skipped[0].path.find("three.mbox@") != std::string::npos); // names the message's offset
    CHECK(mails[1].subject == "Message 3");
}

TEST_CASE("a message with more MIME parts than the limit is skipped quickly, in little memory") {
    Scratch s("many_parts");
    // 400 000 empty text/plain parts (12.8 MB): GMime took 1.2 GB for it.
    std::string body;
    body.reserve(13 << 20);
    for (int i = 0; i < 400000; ++i) {
        body += "--b\n\n";
    }
    body += "--b--\n";
    auto many = message(1, "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n", body);
    std::vector<io::SkippedFile> skipped;
    CHECK(read(s.write("many.eml", many), &skipped).empty());
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].why == "more than 1000 MIME parts");
    // Many `--` lines that open no part (a signature, rules) are no parts.
    std::string dashes;
    for (int i = 0; i < 5000; ++i) {
        dashes += "-----\n-- \n";
    }
    CHECK(read(s.write("dashes.eml", message(2, "", dashes))).size() == 1);
    // A part limit's worth of real parts is read.
    std::string some;
    for (int i = 0; i < 1000; ++i) {
        some += "--b\nContent-Type: text/plain\n\npart\n";
    }
    auto fine = read(s.write("some.eml", message(3, "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n",
                                                  some + "--b--\n")));
    REQUIRE(fine.size() == 1);
    CHECK(fine[0].body == "part");
}

TEST_CASE("a message beyond the size or header limit is skipped with the reason") {
    Scratch s("large");
    std::vector<io::SkippedFile> skipped;
    std::string header = "X-Long: " + std::string(core::limits::k_mail_header_bytes, 'x') + "\n";
    CHECK(read(s.write("header.eml", message(1, header)), &skipped).empty());
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].why == "a header larger than 1 MiB");
    // A Maildir file larger than the limit is not even read (a sparse file here).
    std::filesystem::create_directories(s.dir / "md" / "cur");
    auto big = s.write("md/cur/1.host", message(2));
    std::filesystem::resize_file(big, core::limits::k_message_bytes + 1);
    skipped.clear();
    CHECK(read((s.dir / "md").string(), &skipped).empty());
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].why == "larger than 64 MiB");
}

TEST_CASE("a Maildir with a symlink loop is read once; fifos and devices in it are skipped, not waited on") {
    Scratch s("loop");
    std::filesystem::create_directories(s.dir / "md" / "cur");
    s.write("md/cur/1.host", message(1));
    s.write("md/inbox.mbox", "From x@y Thu Jan  1 00:00:00 2026\n" + message(2));
    std::filesystem::create_directory_symlink(s.dir / "md", s.dir / "md" / "loop");
    std::filesystem::create_directory_symlink(s.dir / "md", s.dir / "md" / "again");
    REQUIRE(mkfifo((s.dir / "md" / "cur" / "2.host").c_str(), 0600) == 0);
    std::vector<io::SkippedFile> skipped;
    auto mails = read((s.dir / "md").string(), &skipped);
    CHECK(mails.size() == 2); // it read the mbox 41 times, until the path was too long
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].why == "not a regular file");
    skipped.clear();
    CHECK(read("/dev/zero", &skipped).empty());
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].why == "not a regular file");
}
