#include "officectl/agenda/free_slots.hpp"

#include "officectl/core/datetime.hpp"
#include "officectl/core/strings.hpp"

#include <algorithm>

namespace officectl::agenda {
namespace {

constexpr auto k_step = std::chrono::minutes{15}; // slots start on the quarter hour

core::Instant round_up(core::Instant t) {
    auto q = std::chrono::duration_cast<std::chrono::seconds>(k_step).count();
    auto s = t.time_since_epoch().count();
    auto r = ((s + q - 1) / q) * q;
    return core::Instant{std::chrono::seconds{r}};
}

bool overlaps_any(const std::vector<Interval>& busy, core::Instant from, core::Instant to) {
    return std::any_of(busy.begin(), busy.end(), [&](const Interval& b) { return b.first < to && b.second > from; });
}

// [from, to) minus the busy intervals, in order.
std::vector<Interval> subtract(core::Instant from, core::Instant to, std::vector<Interval> busy) {
    std::sort(busy.begin(), busy.end());
    std::vector<Interval> free;
    auto cursor = from;
    for (const auto& b : busy) {
        if (b.second <= cursor || b.first >= to) {
            continue;
        }
        if (b.first > cursor) {
            free.push_back({cursor, b.first});
        }
        cursor = std::max(cursor, b.second);
    }
    if (cursor < to) {
        free.push_back({cursor, to});
    }
    return free;
}

} // namespace

bool room_fits(const Room& room, int capacity, const std::vector<std::string>& equipment) {
    if (capacity > 0 && (!room.capacity || *room.capacity < capacity)) { // unknown seats fit no count
        return false;
    }
    for (const auto& e : equipment) {
        auto want = core::to_lower(e);
        bool has = std::any_of(room.equipment.begin(), room.equipment.end(),
                               [&](const std::string& x) { return core::to_lower(x) == want; });
        if (!has) {
            return false;
        }
    }
    return true;
}

std::vector<FreeSlot> find_free_slots(const FreeSlotQuery& q, const core::Calendar& calendar,
                                      const AbsenceSource* absences) {
    std::vector<FreeSlot> out;
    auto length = std::chrono::minutes{q.minutes};
    bool want_room = !q.rooms.empty();
    for (auto day = q.days.from; day <= q.days.to && static_cast<int>(out.size()) < q.limit; day = core::add_days(day, 1)) {
        bool everyone_works = std::all_of(q.people.begin(), q.people.end(), [&](const Attendance& p) {
            return calendar.is_working_day(day, &p.week);
        });
        if (!everyone_works) {
            continue;
        }
        auto open = core::from_local_lenient(date::local_days{day} + std::chrono::minutes{q.day_start}, q.zone);
        auto close = core::from_local_lenient(date::local_days{day} + std::chrono::minutes{q.day_end}, q.zone);
        open = std::max(open, round_up(q.not_before));
        if (open + length > close) {
            continue;
        }
        std::vector<Interval> busy;
        for (const auto& p : q.people) {
            busy.insert(busy.end(), p.busy.begin(), p.busy.end());
            if (absences) {
                for (const auto& a : absences->away(p.handle, open, close)) {
                    busy.push_back({a.from, a.to});
                }
            }
        }
        for (const auto& [from, to] : subtract(open, close, busy)) {
            if (static_cast<int>(out.size()) >= q.limit) {
                break;
            }
            for (auto t = round_up(from); t + length <= to; t += k_step) {
                if (!want_room) {
                    out.push_back({t, t + length, to, std::nullopt});
                    break;
                }
                const RoomUse* found = nullptr;
                for (const auto& r : q.rooms) {
                    if (room_fits(r.room, q.capacity, q.equipment) && !overlaps_any(r.busy, t, t + length)) {
                        found = &r;
                        break;
                    }
                }
                if (found) {
                    out.push_back({t, t + length, to, found->room.name});
                    break;
                }
            }
        }
    }
    return out;
}

} // namespace officectl::agenda
