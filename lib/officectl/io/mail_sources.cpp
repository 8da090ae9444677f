// The files under a path given to a mail import, listed before anything is read.

#include "officectl/io/mail_reader.hpp"

#include "officectl/core/error.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

namespace officectl::io {
namespace fs = std::filesystem;
namespace {

// A file or folder by what it is, not by its name: symlinks that lead back
// (a Maildir linking to its parent) or to the same mbox twice are read once.
using Identity = std::pair<dev_t, ino_t>;

std::optional<Identity> identity(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        return std::nullopt;
    }
    return Identity{st.st_dev, st.st_ino};
}

// Paths of one folder in name order. Comparing the strings gives the same order as
// comparing the paths (one parent, one last part) at a fraction of the cost, which
// shows for a Maildir of tens of thousands of messages.
void sort_by_name(std::vector<fs::path>& paths) {
    std::sort(paths.begin(), paths.end(), [](const fs::path& a, const fs::path& b) { return a.native() < b.native(); });
}

bool is_maildir(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir / "cur", ec) || fs::is_directory(dir / "new", ec);
}

class Lister {
public:
    explicit Lister(std::vector<MailSource>& out) : m_out(out) {}

    // Appends the files under `path` to the list, in name order, folders walked.
    // Only `path` itself may be a pipe (`<(zcat old.mbox.gz)`): one found in a
    // folder would block the import until someone writes to it.
    void tree(const fs::path& path, bool top = true) {
        std::error_code ec;
        if (!fs::is_directory(path, ec)) {
            file(path, false, top);
            return;
        }
        if (!first_visit(path)) {
            return;
        }
        bool maildir = is_maildir(path);
        std::vector<fs::path> entries;
        for (const auto& e : fs::directory_iterator(path, ec)) {
            auto name = e.path().filename().string();
            if (name == "tmp" && maildir) {
                continue; // Maildir: tmp holds messages still being delivered
            }
            if (!name.empty() && name[0] == '.' && !(e.is_directory(ec) && is_maildir(e.path()))) {
                continue; // dot files, except Maildir++ subfolders
            }
            entries.push_back(e.path());
        }
        sort_by_name(entries); // a stable order: same input, same numbers
        for (const auto& e : entries) {
            auto name = e.filename().string();
            if (maildir && (name == "cur" || name == "new")) {
                messages(e);
            } else {
                tree(e, false);
            }
        }
    }

private:
    bool first_visit(const fs::path& path) {
        auto id = identity(path);
        return !id || m_seen.insert(*id).second;
    }

    void file(const fs::path& path, bool maildir_message, bool top = false) {
        if (!first_visit(path)) {
            return;
        }
        MailSource source{path.string(), maildir_message, {}};
        std::error_code ec;
        auto status = fs::status(path, ec);
        if (!ec && !fs::is_regular_file(status) && !(top && fs::is_fifo(status))) {
            source.unreadable = "not a regular file";
        }
        m_out.push_back(std::move(source));
    }

    // A Maildir's cur/ or new/: each file is one message.
    void messages(const fs::path& dir) {
        if (!first_visit(dir)) {
            return;
        }
        std::error_code ec;
        std::vector<fs::path> files;
        for (const auto& f : fs::directory_iterator(dir, ec)) {
            if (f.path().filename().string()[0] != '.' && !f.is_directory(ec)) {
                files.push_back(f.path());
            }
        }
        sort_by_name(files);
        for (const auto& f : files) {
            file(f, true);
        }
    }

    std::vector<MailSource>& m_out;
    std::set<Identity> m_seen;
};

} // namespace

std::vector<MailSource> mail_sources(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        throw not_found(fmt::format("cannot read \"{}\": no such file or folder", path));
    }
    if (::access(path.c_str(), R_OK) != 0) {
        throw not_found(fmt::format("cannot read \"{}\": permission denied", path));
    }
    std::vector<MailSource> out;
    Lister(out).tree(path);
    return out;
}

} // namespace officectl::io
