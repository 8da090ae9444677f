#include "officectl/store/path.hpp"

#include "officectl/core/error.hpp"

namespace officectl::store {
namespace {

bool given(const std::optional<std::string>& v) { return v && !v->empty(); }

} // namespace

StorePath resolve_store_path(const PathSources& s) {
    if (given(s.flag)) {
        return {*s.flag, "--db"};
    }
    if (given(s.env)) {
        return {*s.env, "OFFICECTL_DB"};
    }
    if (given(s.config)) {
        return {*s.config, "config"};
    }
    if (given(s.xdg_data_home)) {
        return {std::filesystem::path(*s.xdg_data_home) / "officectl" / "office.db", "default"};
    }
    if (given(s.home)) {
        return {std::filesystem::path(*s.home) / ".local" / "share" / "officectl" / "office.db", "default"};
    }
    throw config_error("no store path: set --db, OFFICECTL_DB, store.path or HOME");
}

} // namespace officectl::store
