#include "officectl/dossier/dossier_files.hpp"

#include "officectl/core/error.hpp"
#include "officectl/io/file_digest.hpp"
#include "officectl/io/private_files.hpp"

#include <fmt/format.h>

namespace officectl::dossier {

namespace fs = std::filesystem;

fs::path copies_folder(const fs::path& store_file) {
    return fs::absolute(store_file).parent_path() / "files" / "dossier";
}

Document describe_file(const fs::path& file, const fs::path& copy_into) {
    auto digest = io::digest_file(file);
    Document doc;
    doc.name = file.filename().string();
    doc.path = digest.path;
    doc.size = static_cast<std::int64_t>(digest.size);
    doc.sha256 = digest.sha256;
    if (copy_into.empty()) {
        return doc;
    }
    auto dir = copy_into / digest.sha256.substr(0, 2);
    auto target = dir / digest.sha256;
    std::error_code ec;
    if (!fs::exists(target, ec)) {
        // Copied 0600 into 0700 folders (it kept the source's mode), hashed while
        // copied and renamed into place: never half there, even on a full disk.
        try {
            io::make_private_dirs(dir);
            io::copy_private_file(file, target, digest.sha256);
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("cannot copy {} into {}: {}", file.string(), dir.string(), e.what()));
        }
    }
    doc.path = target.string();
    doc.stored = true;
    return doc;
}

std::string_view file_state_name(FileState s) {
    switch (s) {
    case FileState::ok: return "ok";
    case FileState::missing: return "missing";
    case FileState::changed: return "changed";
    }
    return "ok";
}

std::vector<FileCheck> verify_files(const std::vector<Document>& documents) {
    std::vector<FileCheck> out;
    out.reserve(documents.size());
    for (const auto& doc : documents) {
        FileCheck c{doc, FileState::ok, ""};
        std::error_code ec;
        if (!fs::is_regular_file(doc.path, ec)) {
            c.state = FileState::missing;
            c.detail = "not found";
        } else {
            try {
                auto now = io::digest_file(doc.path);
                if (now.sha256 != doc.sha256) {
                    c.state = FileState::changed;
                    c.detail = now.size == static_cast<std::uintmax_t>(doc.size)
                                   ? "same size, other content"
                                   : fmt::format("{} bytes, was {}", now.size, doc.size);
                }
            } catch (const Error& e) {
                c.state = FileState::missing;
                c.detail = e.what();
            }
        }
        out.push_back(std::move(c));
    }
    return out;
}

int remove_copies(const std::vector<std::string>& paths) {
    int removed = 0;
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::remove(p, ec)) {
            ++removed;
        }
    }
    return removed;
}

} // namespace officectl::dossier
