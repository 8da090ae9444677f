#pragma once
// The working day, `09:00-17:00`, as minutes since midnight.

#include <string>
#include <string_view>

namespace officectl::config {

struct WorkHours {
    int start = 9 * 60;
    int end = 17 * 60;
    int minutes() const { return end - start; }
    friend bool operator==(const WorkHours&, const WorkHours&) = default;
};

// Throws a data Error unless `HH:MM-HH:MM` with start before end.
WorkHours parse_work_hours(std::string_view text);
std::string format_work_hours(const WorkHours& h);

} // namespace officectl::config
