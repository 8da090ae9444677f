#include "officectl/trip/trip_views.hpp"

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/trip/trip_plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace officectl::trip {

using render::Cell;
using render::ColumnType;

namespace {

std::string local(const core::ZonedInstant& zi) { return fmt::format("{} {}", core::format_local(zi), zi.zone); }

std::string time_of(const core::ZonedInstant& zi) {
    return fmt::format("{} {}", core::format_local(zi).substr(11), zi.zone);
}

std::string line_name(store::Database& db, const std::optional<std::int64_t>& line_id) {
    if (!line_id) {
        return "";
    }
    auto l = budget::find_line(db, std::to_string(*line_id));
    return l.code ? *l.code + " " + l.name : l.name;
}

// The costs of a trip, per currency (usually one).
std::map<std::string, std::int64_t> costs(const std::vector<Leg>& legs, const std::vector<Stay>& stays) {
    std::map<std::string, std::int64_t> out;
    for (const auto& l : legs) {
        if (l.cost) {
            out[l.cost->currency] += l.cost->cents;
        }
    }
    for (const auto& s : stays) {
        if (s.cost) {
            out[s.cost->currency] += s.cost->cents;
        }
    }
    return out;
}

Cell cost_cell(const std::map<std::string, std::int64_t>& c) {
    if (c.size() == 1) {
        return Cell{core::Money{c.begin()->second, c.begin()->first}};
    }
    if (c.empty()) {
        return Cell{};
    }
    std::vector<std::string> parts;
    for (const auto& [cur, cents] : c) {
        parts.push_back(core::money_decimal({cents, cur}) + " " + cur);
    }
    return Cell{core::join(parts, " + ")};
}

render::Table legs_table(const std::vector<Leg>& legs) {
    render::Table t("Legs");
    t.column("id", ColumnType::integer).column("mode").column("from").column("departs").column("to").column("arrives");
    t.column("carrier").column("ref").column("cost", ColumnType::money);
    for (const auto& l : legs) {
        t.add_row({l.id, std::string(mode_name(l.mode)), l.from, local(l.depart), l.to, local(l.arrive),
                   render::cell_or_empty(l.carrier), render::cell_or_empty(l.ref), render::cell_or_empty(l.cost)});
    }
    return t;
}

render::Table stays_table(const std::vector<Stay>& stays) {
    render::Table t("Stays");
    t.column("id", ColumnType::integer).column("hotel").column("in", ColumnType::date).column("out", ColumnType::date);
    t.column("nights", ColumnType::integer).column("address").column("ref").column("cost", ColumnType::money);
    for (const auto& s : stays) {
        auto nights = (date::sys_days{s.check_out} - date::sys_days{s.check_in}).count();
        t.add_row({s.id, s.hotel, s.check_in, s.check_out, std::int64_t{nights}, render::cell_or_empty(s.address),
                   render::cell_or_empty(s.ref), render::cell_or_empty(s.cost)});
    }
    return t;
}

} // namespace

render::Table trips_table(store::Database& db, const std::vector<Trip>& trips) {
    render::Table t;
    t.column("id", ColumnType::integer).column("title").column("travellers", ColumnType::list).column("from", ColumnType::date);
    t.column("to", ColumnType::date).column("legs", ColumnType::integer).column("nights", ColumnType::integer);
    t.column("cost", ColumnType::money).column("line");
    bool many = trips.size() > 1; // one read of every leg and stay beats one per trip
    auto all_l = many ? all_legs(db) : std::map<std::int64_t, std::vector<Leg>>{};
    auto all_s = many ? all_stays(db) : std::map<std::int64_t, std::vector<Stay>>{};
    std::map<std::int64_t, std::string> lines;
    for (const auto& trip : trips) {
        auto legs = many ? all_l[trip.id] : list_legs(db, trip.id);
        auto stays = many ? all_s[trip.id] : list_stays(db, trip.id);
        if (trip.line_id && !lines.contains(*trip.line_id)) {
            lines[*trip.line_id] = line_name(db, trip.line_id);
        }
        auto days = trip_days(legs);
        std::int64_t nights = 0;
        for (const auto& s : stays) {
            nights += (date::sys_days{s.check_out} - date::sys_days{s.check_in}).count();
        }
        t.add_row({trip.id, trip.title, render::List{trip.travellers}, days ? Cell{days->from} : Cell{},
                   days ? Cell{days->to} : Cell{}, static_cast<std::int64_t>(legs.size()), nights,
                   cost_cell(costs(legs, stays)), trip.line_id ? lines[*trip.line_id] : std::string()});
    }
    return t;
}

render::Report trip_report(store::Database& db, const Trip& trip) {
    auto legs = list_legs(db, trip.id);
    auto stays = list_stays(db, trip.id);
    render::Report r;
    r.title = fmt::format("Trip {}: {}", trip.id, trip.title);
    render::Section about{"Trip", {}};
    render::Table rec;
    rec.vertical();
    rec.column("travellers", ColumnType::list).column("purpose").column("from", ColumnType::date).column("to", ColumnType::date);
    rec.column("cost", ColumnType::money).column("line").column("note");
    auto days = trip_days(legs);
    rec.add_row({render::List{trip.travellers}, render::cell_or_empty(trip.purpose), days ? Cell{days->from} : Cell{},
                 days ? Cell{days->to} : Cell{}, cost_cell(costs(legs, stays)), line_name(db, trip.line_id),
                 render::cell_or_empty(trip.note)});
    about.table(std::move(rec));
    r.sections.push_back(std::move(about));
    render::Section plan{"Legs and stays", {}};
    if (legs.empty()) {
        plan.paragraph(fmt::format("No legs yet: `officectl trip leg add {} --mode train --from ... --to ...`", trip.id));
    } else {
        plan.table(legs_table(legs));
    }
    if (!stays.empty()) {
        plan.table(stays_table(stays));
    }
    r.sections.push_back(std::move(plan));
    return r;
}

render::Report itinerary(store::Database& db, const Trip& trip) {
    auto legs = list_legs(db, trip.id);
    auto stays = list_stays(db, trip.id);
    render::Report r;
    r.title = fmt::format("Itinerary: {} ({})", trip.title, core::join(trip.travellers, ", "));
    auto days = trip_days(legs);
    if (!days) {
        render::Section s{"No legs yet", {}};
        s.paragraph("Add the journey with `officectl trip leg add`.");
        r.sections.push_back(std::move(s));
        return r;
    }
    // The travellers' own appointments during the trip (not its legs): what they travel for.
    auto from = in_order(legs).front().depart.utc;
    auto to = from;
    for (const auto& l : legs) {
        to = std::max(to, l.arrive.utc);
    }
    auto appts = agenda::appointments_for(db, from, to);
    auto occs = agenda::occurrences(appts, from, to);
    struct Item {
        core::Instant at;
        std::string time;
        std::string what;
        std::string details;
        Cell cost;
    };
    std::map<core::Date, std::vector<Item>> by_day;
    for (const auto& l : legs) {
        std::vector<std::string> d;
        if (l.carrier) {
            d.push_back(*l.carrier);
        }
        if (l.ref) {
            d.push_back("ref " + *l.ref);
        }
        auto day = core::local_date(l.depart.utc, l.depart.zone);
        auto arrive_day = core::local_date(l.arrive.utc, l.arrive.zone);
        by_day[day].push_back({l.depart.utc, time_of(l.depart),
                               fmt::format("{} {} -> {}, arrives {}{}", mode_name(l.mode), l.from, l.to,
                                           time_of(l.arrive),
                                           arrive_day != day ? " on " + core::format_date(arrive_day) : ""),
                               core::join(d, ", "), render::cell_or_empty(l.cost)});
    }
    for (const auto& s : stays) {
        auto nights = (date::sys_days{s.check_out} - date::sys_days{s.check_in}).count();
        std::vector<std::string> d;
        if (s.address) {
            d.push_back(*s.address);
        }
        if (s.ref) {
            d.push_back("ref " + *s.ref);
        }
        by_day[s.check_in].push_back({date::sys_days{s.check_in} + std::chrono::hours(23), "",
                                      fmt::format("check in at {} ({} night{}, out {})", s.hotel, nights,
                                                  nights == 1 ? "" : "s", core::format_date(s.check_out)),
                                      core::join(d, ", "), render::cell_or_empty(s.cost)});
        by_day[s.check_out].push_back({date::sys_days{s.check_out}, "", fmt::format("check out of {}", s.hotel), "", Cell{}});
    }
    for (const auto& o : occs) {
        bool own = std::any_of(legs.begin(), legs.end(), [&](const Leg& l) { return l.appointment_id == o.series_id(); });
        bool theirs = std::any_of(trip.travellers.begin(), trip.travellers.end(),
                                  [&](const std::string& who) { return agenda::involves_person(o, who); });
        if (own || !theirs || o.appt->status == agenda::Status::cancelled) {
            continue;
        }
        core::ZonedInstant start{o.start, o.appt->zone};
        by_day[core::local_date(o.start, o.appt->zone)].push_back(
            {o.start, time_of(start), o.appt->title, o.appt->location.value_or(o.appt->room.value_or("")), Cell{}});
    }
    for (auto& [day, items] : by_day) {
        std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.at < b.at; });
        render::Section s{fmt::format("{} {}", core::format_date(day), date::format("%A", date::sys_days{day})), {}};
        render::Table t;
        t.column("time").column("what").column("details").column("cost", ColumnType::money);
        for (auto& i : items) {
            t.add_row({i.time, i.what, i.details, i.cost});
        }
        s.table(std::move(t));
        r.sections.push_back(std::move(s));
    }
    render::Section total{"Costs", {}};
    auto c = costs(legs, stays);
    if (c.empty()) {
        total.paragraph("No costs recorded.");
    } else {
        render::Table t;
        t.column("total").column("excl_vat", ColumnType::money).column("line");
        for (const auto& [cur, cents] : c) {
            t.add_row({std::string("legs and stays"), core::Money{cents, cur}, line_name(db, trip.line_id)});
        }
        total.table(std::move(t));
    }
    r.sections.push_back(std::move(total));
    return r;
}

render::Report check_report(const Trip& trip, const std::vector<std::string>& findings) {
    render::Report r;
    r.title = fmt::format("Check of trip {}: {}", trip.id, trip.title);
    render::Section s{findings.empty() ? "Sound" : fmt::format("{} finding{}", findings.size(), findings.size() == 1 ? "" : "s"), {}};
    if (findings.empty()) {
        s.paragraph("The legs connect, every night has a stay, nothing overlaps, the IDs are valid.");
    } else {
        render::Table t;
        t.column("finding");
        for (const auto& f : findings) {
            t.add_row({f});
        }
        s.table(std::move(t));
    }
    r.sections.push_back(std::move(s));
    return r;
}

render::Section trip_weekly_section(store::Database& db, const TripSettings& settings, core::DateRange week,
                                    const std::string& zone) {
    render::Section s{"Trips", {}};
    auto from = core::from_local_lenient(date::local_days{week.from}, zone);
    auto to = core::from_local_lenient(date::local_days{core::add_days(week.to, 8)}, zone);
    std::vector<Trip> trips;
    for (auto id : trips_between(db, from, to)) {
        trips.push_back(get_trip(db, id));
    }
    if (trips.empty()) {
        s.paragraph("No trips this week or next.");
        return s;
    }
    s.table(trips_table(db, trips));
    for (const auto& t : trips) {
        auto findings = check_trip(db, t, settings);
        if (!findings.empty()) {
            render::Table f(fmt::format("Trip {} {}", t.id, t.title));
            f.column("finding");
            for (const auto& x : findings) {
                f.add_row({x});
            }
            s.table(std::move(f));
        }
    }
    return s;
}

} // namespace officectl::trip
