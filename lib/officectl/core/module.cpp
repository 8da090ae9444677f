#include "officectl/core/module.hpp"

#include "officectl/core/error.hpp"

#include <dlfcn.h>
#include <fmt/format.h>

#include <filesystem>
#include <system_error>
#include <vector>

namespace officectl::core {
namespace fs = std::filesystem;

void* module_entry(const std::string& file, const char* entry) {
    // Only absolute folders: a module is never looked for relative to the
    // current folder (where anyone may have put a file of that name). Without
    // /proc (a chroot), the folder it was installed in.
    std::error_code ec;
    auto exe = fs::read_symlink("/proc/self/exe", ec);
    std::vector<fs::path> candidates;
    if (!ec && exe.is_absolute()) {
        candidates = {exe.parent_path() / file, (exe.parent_path() / OFFICECTL_MODULE_RELDIR).lexically_normal() / file};
    } else {
        candidates = {fs::path(OFFICECTL_MODULE_DIR) / file};
    }
    std::string why;
    for (const auto& path : candidates) {
        if (!fs::exists(path, ec)) {
            continue;
        }
        // RTLD_NOW: a missing symbol is said here, not as a crash in the middle of an import.
        if (void* lib = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) {
            if (void* fn = dlsym(lib, entry)) {
                return fn;
            }
            throw Error(ExitCode::unavailable, fmt::format("{} has no {}: reinstall officectl", path.string(), entry));
        }
        why = dlerror();
    }
    if (why.empty()) {
        std::string folders;
        for (const auto& path : candidates) {
            folders += (folders.empty() ? "" : " or ") + path.parent_path().string();
        }
        why = "not found in " + folders;
    }
    throw Error(ExitCode::unavailable, fmt::format("cannot load the module {}: {}", file, why));
}

} // namespace officectl::core
