#include "officectl/io/file_digest.hpp"

#include "officectl/core/error.hpp"

#include <fmt/format.h>
#include <nettle/sha2.h>

#include <fstream>
#include <new>

namespace officectl::io {

Sha256::Sha256() {
    static_assert(sizeof(sha256_ctx) <= sizeof m_context && alignof(sha256_ctx) <= alignof(std::max_align_t));
    sha256_init(new (m_context) sha256_ctx);
}

void Sha256::add(std::string_view bytes) {
    sha256_update(std::launder(reinterpret_cast<sha256_ctx*>(m_context)), bytes.size(),
                  reinterpret_cast<const std::uint8_t*>(bytes.data()));
}

std::string Sha256::hex() {
    std::uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(std::launder(reinterpret_cast<sha256_ctx*>(m_context)), sizeof digest, digest);
    static constexpr char k_hex[] = "0123456789abcdef";
    std::string out(2 * sizeof digest, '0');
    for (std::size_t i = 0; i < sizeof digest; ++i) {
        out[2 * i] = k_hex[digest[i] >> 4];
        out[2 * i + 1] = k_hex[digest[i] & 0xf];
    }
    return out;
}

FileDigest digest_file(const std::filesystem::path& path) {
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(status)) {
        throw not_found(fmt::format("cannot read \"{}\": it is a folder, not a file", path.string()));
    }
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        // A pipe or a device can be read once, or never ends: nothing to record or copy.
        throw not_found(fmt::format("cannot read \"{}\": not a regular file (a pipe or a device)", path.string()));
    }
    if (!std::filesystem::is_regular_file(status)) {
        throw not_found(fmt::format("cannot read \"{}\": no such file", path.string()));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(ExitCode::io, fmt::format("cannot read \"{}\"", path.string()));
    }
    Sha256 sum;
    FileDigest d;
    char buffer[64 * 1024];
    while (in) {
        in.read(buffer, sizeof buffer);
        auto n = in.gcount();
        if (n > 0) {
            sum.add(std::string_view(buffer, static_cast<std::size_t>(n)));
            d.size += static_cast<std::uintmax_t>(n);
        }
    }
    if (in.bad()) {
        throw Error(ExitCode::io, fmt::format("cannot read \"{}\"", path.string()));
    }
    d.path = std::filesystem::absolute(path).lexically_normal().string();
    d.sha256 = sum.hex();
    return d;
}

std::string sha256_hex(std::string_view text) {
    Sha256 sum;
    sum.add(text);
    return sum.hex();
}

} // namespace officectl::io
