#include "officectl/agenda/conflicts.hpp"

#include "officectl/core/strings.hpp"

#include <algorithm>
#include <map>

namespace officectl::agenda {
namespace {

std::vector<std::string> resources(const Occurrence& o) {
    auto out = o.appt->people();
    if (o.appt->room) {
        out.push_back("room " + core::to_lower(*o.appt->room));
    }
    return out;
}

std::vector<std::string> shared(const Occurrence& a, const Occurrence& b) {
    auto ra = resources(a);
    auto rb = resources(b);
    std::vector<std::string> out;
    for (const auto& r : ra) {
        if (std::find(rb.begin(), rb.end(), r) != rb.end()) {
            out.push_back(r.rfind("room ", 0) == 0 ? "room " + *b.appt->room : r); // b: the stored spelling
        }
    }
    return out;
}

bool counts(const Occurrence& o) { return o.appt->status != Status::cancelled; }

} // namespace

std::vector<Conflict> find_conflicts(const std::vector<Occurrence>& occs) {
    std::vector<const Occurrence*> sorted;
    for (const auto& o : occs) {
        if (counts(o)) {
            sorted.push_back(&o);
        }
    }
    std::sort(sorted.begin(), sorted.end(), [](const Occurrence* a, const Occurrence* b) { return a->start < b->start; });
    std::vector<Conflict> out;
    // Sweep: compare each occurrence with those still running when it starts.
    std::vector<const Occurrence*> running;
    for (const auto* o : sorted) {
        std::erase_if(running, [&](const Occurrence* r) { return r->end <= o->start; });
        for (const auto* r : running) {
            auto s = shared(*r, *o);
            if (!s.empty()) {
                out.push_back({*r, *o, std::move(s)});
            }
        }
        running.push_back(o);
    }
    return out;
}

std::vector<Conflict> conflicts_with(const std::vector<Occurrence>& candidate, const std::vector<Occurrence>& agenda,
                                     std::int64_t skip_id) {
    std::vector<Conflict> out;
    for (const auto& c : candidate) {
        for (const auto& o : agenda) {
            if (!counts(o) || (skip_id != 0 && o.series_id() == skip_id) || o.start >= c.end || o.end <= c.start) {
                continue;
            }
            auto s = shared(c, o);
            if (!s.empty()) {
                out.push_back({c, o, std::move(s)});
            }
        }
    }
    return out;
}

} // namespace officectl::agenda
