#include "officectl/io/file_digest.hpp"

#include "officectl/core/error.hpp"

#include <fmt/format.h>
#include <glib.h>

#include <fstream>
#include <memory>

namespace officectl::io {

FileDigest digest_file(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        throw not_found(fmt::format("cannot read \"{}\": no such file", path.string()));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(ExitCode::io, fmt::format("cannot read \"{}\"", path.string()));
    }
    std::unique_ptr<GChecksum, decltype(&g_checksum_free)> sum(g_checksum_new(G_CHECKSUM_SHA256), &g_checksum_free);
    FileDigest d;
    char buffer[64 * 1024];
    while (in) {
        in.read(buffer, sizeof buffer);
        auto n = in.gcount();
        if (n > 0) {
            g_checksum_update(sum.get(), reinterpret_cast<const guchar*>(buffer), static_cast<gssize>(n));
            d.size += static_cast<std::uintmax_t>(n);
        }
    }
    if (in.bad()) {
        throw Error(ExitCode::io, fmt::format("cannot read \"{}\"", path.string()));
    }
    d.path = std::filesystem::absolute(path).lexically_normal().string();
    d.sha256 = g_checksum_get_string(sum.get());
    return d;
}

std::string sha256_hex(std::string_view text) {
    char* hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, reinterpret_cast<const guchar*>(text.data()), text.size());
    std::string out = hex;
    g_free(hex);
    return out;
}

} // namespace officectl::io
