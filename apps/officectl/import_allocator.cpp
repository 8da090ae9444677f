#include "import_allocator.hpp"

#include <unistd.h>

#include <cstdlib>
#include <string>
#include <string_view>

namespace officectl::app {
namespace {

// `mail import` as the first two words that are no option. Global options with
// a value (--db PATH) may come first: their value is a word too, but never
// "mail" followed by "import".
bool is_mail_import(int argc, char** argv) {
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string_view(argv[i]) == "mail") {
            for (int j = i + 1; j < argc; ++j) {
                std::string_view word = argv[j];
                if (word.empty() || word.front() != '-') {
                    return word == "import";
                }
            }
        }
    }
    return false;
}

} // namespace

void restart_import_with_mimalloc(int argc, char** argv) {
#ifdef OFFICECTL_MIMALLOC
    constexpr const char* k_marker = "OFFICECTL_MALLOC";
    if (std::getenv(k_marker) != nullptr || !is_mail_import(argc, argv) || ::access(OFFICECTL_MIMALLOC, R_OK) != 0) {
        return;
    }
    const char* before = std::getenv("LD_PRELOAD");
    std::string preload = OFFICECTL_MIMALLOC;
    if (before != nullptr && *before != '\0') {
        preload += std::string(":") + before;
    }
    std::string saved = before != nullptr ? before : "";
    ::setenv(k_marker, "mimalloc", 1);
    ::setenv("LD_PRELOAD", preload.c_str(), 1);
    ::execv("/proc/self/exe", argv);
    // Not started again: go on as we are, with the environment as it was.
    if (before != nullptr) {
        ::setenv("LD_PRELOAD", saved.c_str(), 1);
    } else {
        ::unsetenv("LD_PRELOAD");
    }
#else
    (void)argc;
    (void)argv;
#endif
}

} // namespace officectl::app
