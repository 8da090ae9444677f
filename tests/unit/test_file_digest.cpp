#include "officectl/core/error.hpp"
#include "officectl/io/file_digest.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

using namespace officectl;

TEST_CASE("SHA-256 gives the published digests (FIPS 180-2 examples)") {
    CHECK(io::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(io::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(io::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(io::sha256_hex(std::string(1'000'000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 fed in pieces equals the digest of the whole") {
    std::string text;
    for (int i = 0; i < 1000; ++i) {
        text += std::to_string(i) + "\x1f";
    }
    for (std::size_t piece : {1u, 3u, 63u, 64u, 65u, 1000u}) {
        io::Sha256 sum;
        for (std::size_t at = 0; at < text.size(); at += piece) {
            sum.add(std::string_view(text).substr(at, piece));
        }
        CHECK(sum.hex() == io::sha256_hex(text));
    }
}

TEST_CASE("a file's digest: its size and the SHA-256 of its bytes; a missing file is no_input") {
    auto dir = std::filesystem::temp_directory_path() / "officectl_test_digest";
    std::filesystem::create_directories(dir);
    auto file = dir / "scan.pdf";
    std::string bytes(200'000, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>(i * 7);
    }
    std::ofstream(file, std::ios::binary) << bytes;
    auto d = io::digest_file(file);
    CHECK(d.size == bytes.size());
    CHECK(d.sha256 == io::sha256_hex(bytes));
    CHECK(std::filesystem::path(d.path).is_absolute());
    CHECK_THROWS_AS(io::digest_file(dir / "missing.pdf"), Error);
    try {
        io::digest_file(dir / "missing.pdf");
    } catch (const Error& e) {
        CHECK(e.code() == ExitCode::no_input);
    }
    std::filesystem::remove_all(dir);
}
