#pragma once
// Where the store lives: `--db` > OFFICECTL_DB > store.path in config > the default
// `$XDG_DATA_HOME/officectl/office.db` (`~/.local/share/officectl/office.db`).

#include <filesystem>
#include <optional>
#include <string>

namespace officectl::store {

struct StorePath {
    std::filesystem::path path;
    std::string origin; // "--db", "OFFICECTL_DB", "config", "default"
    bool is_default() const { return origin == "default"; }
};

struct PathSources {
    std::optional<std::string> flag;          // --db
    std::optional<std::string> env;           // OFFICECTL_DB
    std::optional<std::string> config;        // store.path
    std::optional<std::string> xdg_data_home; // XDG_DATA_HOME
    std::optional<std::string> home;          // HOME
};

// Empty values count as unset. Throws a config Error when nothing gives a path.
StorePath resolve_store_path(const PathSources& sources);

} // namespace officectl::store
