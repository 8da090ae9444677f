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
    std::error_code ec;
    auto exe_dir = fs::read_symlink("/proc/self/exe", ec).parent_path();
    std::vector<fs::path> candidates{exe_dir / file, exe_dir / OFFICECTL_MODULE_RELDIR / file};
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
        why = fmt::format("not found in {} or {}", candidates[0].parent_path().string(),
                          candidates[1].parent_path().lexically_normal().string());
    }
    throw Error(ExitCode::unavailable, fmt::format("cannot load the module {}: {}", file, why));
}

} // namespace officectl::core
