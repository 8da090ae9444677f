#include "officectl/teamwork/development.hpp"

#include <algorithm>

namespace officectl::teamwork {

std::optional<core::Date> next_review(std::optional<core::Date> last, std::optional<core::Date> start,
                                      const core::Period& cycle, core::Date today) {
    if (last) {
        return core::add_period(*last, cycle);
    }
    // None on record: a cycle after the start, or now when that has passed
    // (the store does not know what happened before it was used).
    if (!start) {
        return std::nullopt;
    }
    return std::max(core::add_period(*start, cycle), today);
}

} // namespace officectl::teamwork
