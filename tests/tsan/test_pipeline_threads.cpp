// The mail import's threads under ThreadSanitizer: many parsers over many small
// files and an mbox, attachments kept by the parsers, a consumer that stops
// early. The checks are ThreadSanitizer's: any data race fails the run.

#include "officectl/core/error.hpp"
#include "officectl/io/mail_in_order.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace officectl;

namespace {

const std::string k_mail = std::string(OFFICECTL_TEST_DATA) + "/mail/";

struct TempDir {
    std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                ("officectl-tsan-" + std::to_string(std::random_device{}()));
    TempDir() { std::filesystem::create_directories(dir); }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

// A Maildir of `n` copies of the ruby-mail messages (with attachments among them).
std::filesystem::path maildir(const TempDir& t, int n) {
    std::vector<std::filesystem::path> originals;
    for (const auto& e : std::filesystem::directory_iterator(k_mail + "ruby-mail")) {
        if (e.is_regular_file()) {
            originals.push_back(e.path());
        }
    }
    std::sort(originals.begin(), originals.end());
    auto dir = t.dir / "Maildir";
    std::filesystem::create_directories(dir / "new");
    std::filesystem::create_directories(dir / "cur");
    for (int i = 0; i < n; ++i) {
        std::filesystem::copy_file(originals[static_cast<std::size_t>(i) % originals.size()],
                                   dir / "new" / fmt::format("{:05}.host", i));
    }
    return dir;
}

} // namespace

TEST_CASE("many parsers, attachments kept, every message once and in order") {
    TempDir t;
    auto dir = maildir(t, 400);
    std::vector<std::string> paths{dir.string(), k_mail + "office.mbox", k_mail + "mimekit-mbox"};
    std::vector<std::string> first;
    for (int parsers : {2, 4, 8}) {
        auto keep = t.dir / fmt::format("files-{}", parsers);
        std::vector<std::string> seen;
        io::MailPipeline pipeline(paths, keep.string(), parsers);
        pipeline.consume([&](io::MailBatch& batch) {
            for (auto& e : batch) {
                seen.push_back(e.mail ? e.mail->source + " " + e.mail->content_hash : "skipped: " + e.skipped);
            }
        });
        CHECK(seen.size() > 400);
        if (first.empty()) {
            first = seen;
        } else {
            CHECK(seen == first);
        }
    }
}

TEST_CASE("a consumer that stops after a few batches stops every parser") {
    TempDir t;
    auto dir = maildir(t, 600);
    for (int parsers : {2, 6}) {
        int batches = 0;
        io::MailPipeline pipeline({dir.string(), k_mail + "office.mbox"}, "", parsers);
        CHECK_THROWS_AS(pipeline.consume([&](io::MailBatch&) {
            if (++batches == 3) {
                throw Error(ExitCode::data, "stop");
            }
        }),
                        Error);
        CHECK(batches == 3);
    }
}

TEST_CASE("a pipeline dropped before it is consumed joins its parsers") {
    TempDir t;
    auto dir = maildir(t, 200);
    io::MailPipeline pipeline({dir.string()}, "", 4);
}
