#include "officectl/trip/trip_rules.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace officectl::trip {
namespace {

std::string place_key(std::string_view place) {
    std::string out;
    for (char c : core::to_lower(core::trim(place))) {
        if (c == ' ' && !out.empty() && out.back() == ' ') {
            continue;
        }
        out.push_back(c);
    }
    return out;
}

std::string when(const core::ZonedInstant& zi) { return fmt::format("{} {}", core::format_local(zi), zi.zone); }

std::string leg_name(const Leg& l) { return fmt::format("the {} {} -> {}", mode_name(l.mode), l.from, l.to); }

} // namespace

std::string_view mode_name(Mode m) { return modes.name(m); }

std::optional<Mode> parse_mode(std::string_view word) { return modes.parse(core::to_lower(core::trim(word))); }

void check_leg(const Leg& leg) {
    if (core::trim(leg.from).empty() || core::trim(leg.to).empty()) {
        throw data_error("a leg needs --from and --to");
    }
    if (leg.arrive.utc <= leg.depart.utc) {
        throw data_error(fmt::format("the leg arrives ({}, {}Z) before it departs ({}, {}Z)", when(leg.arrive),
                                     core::format_utc(leg.arrive.utc).substr(0, 16),
                                     when(leg.depart), core::format_utc(leg.depart.utc).substr(0, 16)));
    }
    if (leg.cost && leg.cost->cents < 0) {
        throw data_error("--cost: a cost of 0 or more");
    }
}

void check_stay(const Stay& stay) {
    if (core::trim(stay.hotel).empty()) {
        throw data_error("a stay needs --hotel");
    }
    if (stay.check_out <= stay.check_in) {
        throw data_error(fmt::format("--check-out ({}) must come after --check-in ({}): a stay is at least one night",
                                     core::format_date(stay.check_out), core::format_date(stay.check_in)));
    }
    if (stay.cost && stay.cost->cents < 0) {
        throw data_error("--cost: a cost of 0 or more");
    }
}

std::vector<Leg> in_order(std::vector<Leg> legs) {
    std::stable_sort(legs.begin(), legs.end(), [](const Leg& a, const Leg& b) { return a.depart.utc < b.depart.utc; });
    return legs;
}

std::optional<core::DateRange> trip_days(const std::vector<Leg>& legs) {
    if (legs.empty()) {
        return std::nullopt;
    }
    auto ordered = in_order(legs);
    auto first = core::local_date(ordered.front().depart.utc, ordered.front().depart.zone);
    auto last = first;
    for (const auto& l : ordered) {
        last = std::max(last, core::local_date(l.arrive.utc, l.arrive.zone));
    }
    return core::DateRange{first, last};
}

std::vector<std::string> find_problems(const std::vector<Leg>& unordered, const std::vector<Stay>& stays,
                                       const std::vector<TravellerFacts>& travellers, const TripSettings& settings) {
    std::vector<std::string> out;
    auto legs = in_order(unordered);
    if (legs.empty()) {
        out.push_back("no legs yet: add them with `officectl trip leg add`");
    }
    // Legs: each departs where the previous one arrived, after a realistic connection.
    for (size_t i = 1; i < legs.size(); ++i) {
        const auto& a = legs[i - 1];
        const auto& b = legs[i];
        if (place_key(a.to) != place_key(b.from)) {
            out.push_back(fmt::format("{} leaves from {}, but {} arrives at {}: a leg is missing", leg_name(b), b.from,
                                      leg_name(a), a.to));
        }
        if (b.depart.utc < a.arrive.utc) {
            out.push_back(fmt::format("{} departs ({}) before {} arrives ({})", leg_name(b), when(b.depart), leg_name(a),
                                      when(a.arrive)));
            continue;
        }
        auto gap = static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(b.depart.utc - a.arrive.utc).count());
        auto it = settings.min_connection_minutes.find(b.mode);
        int need = it == settings.min_connection_minutes.end() ? 0 : it->second;
        if (gap < need) { // a longer wait (a night in a hotel) is no connection to make
            out.push_back(fmt::format("{} to change at {} for {}: a {} needs at least {}",
                                      core::format_duration_minutes(std::max(gap, 0)), b.from, leg_name(b),
                                      mode_name(b.mode), core::format_duration_minutes(need)));
        }
    }
    // Nights: every night of the trip in a stay, unless spent travelling.
    if (auto days = trip_days(legs)) {
        for (auto night = days->from; night < days->to; night = core::add_days(night, 1)) {
            bool covered = std::any_of(stays.begin(), stays.end(), [&](const Stay& s) {
                return s.check_in <= night && night < s.check_out;
            });
            covered = covered || std::any_of(legs.begin(), legs.end(), [&](const Leg& l) {
                return core::local_date(l.depart.utc, l.depart.zone) <= night &&
                       night < core::local_date(l.arrive.utc, l.arrive.zone);
            });
            if (!covered) {
                out.push_back(fmt::format("no stay for the night of {} to {}", core::format_date(night),
                                          core::format_date(core::add_days(night, 1))));
            }
        }
        for (const auto& s : stays) {
            if (s.check_in < days->from || s.check_out > days->to) {
                out.push_back(fmt::format("the stay at {} ({} to {}) falls outside the trip ({} to {})", s.hotel,
                                          core::format_date(s.check_in), core::format_date(s.check_out),
                                          core::format_date(days->from), core::format_date(days->to)));
            }
        }
        for (size_t i = 0; i < stays.size(); ++i) {
            for (size_t j = i + 1; j < stays.size(); ++j) {
                if (stays[i].check_in < stays[j].check_out && stays[j].check_in < stays[i].check_out) {
                    out.push_back(fmt::format("the stays at {} and {} overlap", stays[i].hotel, stays[j].hotel));
                }
            }
        }
    }
    // People: appointments during a leg (or in an office room while away), leave, an ID.
    auto days = trip_days(legs);
    for (const auto& t : travellers) {
        for (const auto& a : t.appointments) {
            auto during = std::find_if(legs.begin(), legs.end(), [&](const Leg& l) {
                return a.start.utc < l.arrive.utc && l.depart.utc < a.end;
            });
            if (during != legs.end()) {
                out.push_back(fmt::format("{} has \"{}\" at {} during {}", t.who, a.title, when(a.start),
                                          leg_name(*during)));
            } else if (a.room) {
                out.push_back(fmt::format("{} has \"{}\" at {} in room {} at the office, while away", t.who, a.title,
                                          when(a.start), *a.room));
            }
        }
        for (const auto& l : t.leave) {
            out.push_back(fmt::format("{} is on leave ({}) from {} to {}", t.who, l.type, core::format_date(l.from),
                                      core::format_date(l.to)));
        }
        if (!days) {
            continue;
        }
        bool valid = std::any_of(t.ids.begin(), t.ids.end(),
                                 [&](const TravellerFacts::IdDocument& d) { return d.expires && *d.expires >= days->to; });
        if (valid) {
            continue;
        }
        if (t.ids.empty()) {
            out.push_back(fmt::format("{} has no ID or passport on file (`officectl dossier doc add` with --type passport "
                                      "and --expires, in their personnel dossier)",
                                      t.who));
        } else {
            for (const auto& d : t.ids) {
                out.push_back(d.expires ? fmt::format("{}'s {} ({}) expires on {}, before the trip ends on {}", t.who,
                                                      d.type, d.dossier, core::format_date(*d.expires),
                                                      core::format_date(days->to))
                                        : fmt::format("{}'s {} ({}) has no expiry date on file: its validity is unknown",
                                                      t.who, d.type, d.dossier));
            }
        }
    }
    return out;
}

} // namespace officectl::trip
