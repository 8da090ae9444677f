#include "import_allocator.hpp"

#include <unistd.h>

#include <cstdlib>
#include <string>
#include <string_view>

namespace officectl::app {
#ifdef OFFICECTL_MIMALLOC
namespace {

// Set for the second start: what LD_PRELOAD was before ("unset", or ':' and its
// value), so that the import's own children never inherit mimalloc.
constexpr const char* k_before = "OFFICECTL_IMPORT_PRELOADED";

// `import` as the first word after the group `mail` that is no option.
bool is_import(int argc, char** argv, int mail_at) {
    for (int j = mail_at + 1; j < argc; ++j) {
        std::string_view word = argv[j];
        if (word.empty() || word.front() != '-') {
            return word == "import";
        }
    }
    return false;
}

} // namespace
#endif

void restart_import_with_mimalloc(int argc, char** argv, int mail_at) {
#ifdef OFFICECTL_MIMALLOC
    if (const char* before = std::getenv(k_before)) { // the second start: the environment as it was
        std::string was = before;
        if (was == "unset") {
            ::unsetenv("LD_PRELOAD");
        } else {
            ::setenv("LD_PRELOAD", was.substr(1).c_str(), 1);
        }
        ::unsetenv(k_before);
        return;
    }
    if (std::getenv("OFFICECTL_MALLOC") != nullptr || !is_import(argc, argv, mail_at) ||
        ::access(OFFICECTL_MIMALLOC, R_OK) != 0) {
        return;
    }
    const char* preloaded = std::getenv("LD_PRELOAD");
    std::string preload = OFFICECTL_MIMALLOC;
    if (preloaded != nullptr && *preloaded != '\0') {
        preload += std::string(":") + preloaded;
    }
    std::string saved = preloaded != nullptr ? std::string(":") + preloaded : std::string("unset");
    ::setenv(k_before, saved.c_str(), 1);
    ::setenv("LD_PRELOAD", preload.c_str(), 1);
    ::execv("/proc/self/exe", argv);
    // Not started again: go on as we are, with the environment as it was.
    ::unsetenv(k_before);
    if (preloaded != nullptr) {
        ::setenv("LD_PRELOAD", saved.substr(1).c_str(), 1);
    } else {
        ::unsetenv("LD_PRELOAD");
    }
#else
    (void)argc;
    (void)argv;
    (void)mail_at;
#endif
}

} // namespace officectl::app
