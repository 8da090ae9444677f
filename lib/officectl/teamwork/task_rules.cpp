#include "officectl/teamwork/task.hpp"

#include "officectl/core/error.hpp"

#include <fmt/format.h>

#include <cctype>

namespace officectl::teamwork {

std::string_view priority_name(Priority p) { return priorities.name(p); }

std::optional<Priority> parse_priority(std::string_view word) { return priorities.parse(word); }

std::string origin_domain(const Task& t) {
    if (t.origin) {
        auto source = t.origin->substr(0, t.origin->find(':'));
        for (const char* known : {"mail", "agenda", "contract", "dossier", "trip", "event", "improve"}) {
            if (source == known) {
                return source;
            }
        }
    }
    return "team";
}

void check_origin(std::string_view origin) {
    auto colon = origin.find(':');
    bool ok = colon != std::string_view::npos && colon > 0 && colon + 1 < origin.size();
    for (size_t i = 0; ok && i < colon; ++i) {
        ok = std::islower(static_cast<unsigned char>(origin[i])) != 0;
    }
    if (!ok) {
        throw usage_error(fmt::format("--origin: expected where it came from as domain:reference, e.g. mail:IN-2026-0012 "
                                      "or agenda:12, not \"{}\"",
                                      origin));
    }
}

} // namespace officectl::teamwork
