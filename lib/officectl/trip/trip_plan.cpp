#include "officectl/trip/trip_plan.hpp"

#include "officectl/absence/leave_store.hpp"
#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/booking.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/dossier/dossier_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace officectl::trip {
namespace {

// The agenda's mark on a leg's appointment: the agenda's own verbs refuse it and
// name the trip's commands instead.
std::string leg_made_by(const Trip& trip, std::int64_t leg_id) {
    return fmt::format("leg {} of trip {} \"{}\"", leg_id, trip.id, trip.title);
}
std::string leg_change_with(std::int64_t leg_id) {
    return fmt::format("`officectl trip leg edit {0}` or `officectl trip leg rm {0}`", leg_id);
}

agenda::Appointment appointment_for(const Trip& trip, const Leg& leg) {
    agenda::Appointment a;
    if (leg.id != 0) {
        a.made_by = leg_made_by(trip, leg.id);
        a.change_with = leg_change_with(leg.id);
    }
    a.title = leg_title(trip, leg);
    a.start = leg.depart.utc;
    a.end = leg.arrive.utc;
    a.zone = leg.depart.zone;
    if (!trip.travellers.empty()) {
        a.owner = trip.travellers.front();
        a.who.assign(trip.travellers.begin() + 1, trip.travellers.end());
    }
    a.location = fmt::format("{} -> {}", leg.from, leg.to);
    std::vector<std::string> details;
    if (leg.carrier) {
        details.push_back(*leg.carrier);
    }
    if (leg.ref) {
        details.push_back("ref " + *leg.ref);
    }
    details.push_back(fmt::format("arrives {} {}", core::format_local(leg.arrive), leg.arrive.zone));
    a.note = fmt::format("{} (trip {})", fmt::join(details, ", "), trip.id);
    return a;
}

std::optional<std::int64_t> commit_cost(store::Txn& txn, const Trip& trip, const std::string& what,
                                        const std::optional<core::Money>& cost, core::Date date) {
    if (!trip.line_id || !cost || cost->cents == 0) {
        return std::nullopt;
    }
    budget::Commitment c;
    c.line_id = *trip.line_id;
    c.title = fmt::format("{}: {}", trip.title, what);
    c.amount = *cost;
    c.date = date;
    return budget::add_commitment(txn, c);
}

void cancel_commitment(store::Txn& txn, const std::optional<std::int64_t>& id) {
    if (!id) {
        return;
    }
    if (budget::get_commitment(txn.db(), *id).status == budget::CommitmentStatus::open) {
        budget::set_commitment_status(txn, *id, budget::CommitmentStatus::cancelled);
    }
}

} // namespace

std::string leg_title(const Trip& trip, const Leg& leg) {
    return fmt::format("{}: {} {} -> {}", trip.title, mode_name(leg.mode), leg.from, leg.to);
}

std::int64_t plan_leg(store::Txn& txn, const Trip& trip, Leg leg) {
    leg.trip_id = trip.id;
    leg.appointment_id = agenda::add_appointment(txn, appointment_for(trip, leg));
    leg.commitment_id = commit_cost(txn, trip, fmt::format("{} {} -> {}", mode_name(leg.mode), leg.from, leg.to),
                                    leg.cost, core::local_date(leg.depart.utc, leg.depart.zone));
    auto id = add_leg(txn, leg);
    agenda::set_made_by(txn, *leg.appointment_id, leg_made_by(trip, id), leg_change_with(id));
    return id;
}

void replan_leg(store::Txn& txn, const Trip& trip, const Leg& was, Leg leg) {
    if (was.cost != leg.cost && was.commitment_id) {
        auto c = budget::get_commitment(txn.db(), *was.commitment_id);
        if (c.status == budget::CommitmentStatus::invoiced) {
            throw data_error(fmt::format("leg {}: its cost is invoiced already (commitment {}); correct it on the "
                                         "budget line, not on the leg",
                                         leg.id, c.id));
        }
    }
    auto a = appointment_for(trip, leg);
    if (leg.appointment_id) {
        auto stored = agenda::get_appointment(txn.db(), *leg.appointment_id);
        a.id = stored.id;
        a.uid = stored.uid;
        a.sequence = stored.sequence + 1;
        agenda::update_appointment(txn, a);
    } else {
        leg.appointment_id = agenda::add_appointment(txn, a);
    }
    if (was.cost != leg.cost) {
        cancel_commitment(txn, was.commitment_id);
        leg.commitment_id = commit_cost(txn, trip, fmt::format("{} {} -> {}", mode_name(leg.mode), leg.from, leg.to),
                                        leg.cost, core::local_date(leg.depart.utc, leg.depart.zone));
    }
    update_leg(txn, leg);
}

std::vector<std::string> leg_day_warnings(store::Database& db, const Trip& trip, const Leg& leg, const Leg* was,
                                          const core::Calendar& calendar) {
    auto a = appointment_for(trip, leg);
    if (!was) {
        return agenda::booking_day_warnings(db, a, nullptr, calendar, a.zone);
    }
    auto before = appointment_for(trip, *was);
    return agenda::booking_day_warnings(db, a, &before, calendar, a.zone);
}

void unplan_leg(store::Txn& txn, const Leg& leg) {
    remove_leg(txn, leg);
    if (leg.appointment_id) {
        agenda::remove_appointment(txn, agenda::get_appointment(txn.db(), *leg.appointment_id));
    }
    cancel_commitment(txn, leg.commitment_id);
}

std::int64_t plan_stay(store::Txn& txn, const Trip& trip, Stay stay) {
    stay.trip_id = trip.id;
    stay.commitment_id = commit_cost(txn, trip, stay.hotel, stay.cost, stay.check_in);
    return add_stay(txn, stay);
}

void unplan_stay(store::Txn& txn, const Stay& stay) {
    remove_stay(txn, stay);
    cancel_commitment(txn, stay.commitment_id);
}

void replan_trip(store::Txn& txn, const Trip& trip) {
    for (const auto& leg : list_legs(txn.db(), trip.id)) {
        if (!leg.appointment_id) {
            continue;
        }
        auto a = appointment_for(trip, leg);
        auto stored = agenda::get_appointment(txn.db(), *leg.appointment_id);
        a.id = stored.id;
        a.uid = stored.uid;
        a.sequence = stored.sequence + 1;
        agenda::update_appointment(txn, a);
    }
}

void remove_planned_trip(store::Txn& txn, const Trip& trip) {
    for (const auto& leg : list_legs(txn.db(), trip.id)) {
        unplan_leg(txn, leg);
    }
    for (const auto& stay : list_stays(txn.db(), trip.id)) {
        unplan_stay(txn, stay);
    }
    remove_trip(txn, trip);
}

std::vector<std::vector<std::string>> check_trips(store::Database& db, const std::vector<Trip>& trips,
                                                  const TripSettings& settings) {
    // Read what the checks share once: the agenda and leave over all the trips'
    // time, and each traveller's ID documents; then each trip takes its part.
    struct Plan {
        std::vector<Leg> legs;
        std::vector<Stay> stays;
        core::Instant from{}, to{};
        std::optional<core::DateRange> days;
    };
    std::vector<Plan> plans;
    std::optional<core::Instant> all_from, all_to;
    std::optional<core::DateRange> all_days;
    bool many = trips.size() > 1; // then one read of every leg and stay beats one per trip
    auto legs = many ? all_legs(db) : std::map<std::int64_t, std::vector<Leg>>{};
    auto stays = many ? all_stays(db) : std::map<std::int64_t, std::vector<Stay>>{};
    for (const auto& trip : trips) {
        Plan p{many ? legs[trip.id] : list_legs(db, trip.id), many ? stays[trip.id] : list_stays(db, trip.id), {}, {}, {}};
        p.days = trip_days(p.legs);
        if (p.days) {
            auto ordered = in_order(p.legs);
            p.from = ordered.front().depart.utc;
            p.to = p.from;
            for (const auto& l : ordered) {
                p.to = std::max(p.to, l.arrive.utc);
            }
            all_from = all_from ? std::min(*all_from, p.from) : p.from;
            all_to = all_to ? std::max(*all_to, p.to) : p.to;
            all_days = all_days ? core::DateRange{std::min(all_days->from, p.days->from), std::max(all_days->to, p.days->to)}
                                : *p.days;
        }
        plans.push_back(std::move(p));
    }
    std::vector<agenda::Appointment> appts;
    std::vector<agenda::Occurrence> occs;
    std::vector<absence::Leave> leaves;
    std::chrono::seconds longest{0};
    if (all_from) {
        appts = agenda::appointments_for(db, *all_from, *all_to);
        occs = agenda::occurrences(appts, *all_from, *all_to);
        std::sort(occs.begin(), occs.end(), [](const agenda::Occurrence& a, const agenda::Occurrence& b) { return a.start < b.start; });
        for (const auto& o : occs) {
            longest = std::max(longest, std::chrono::duration_cast<std::chrono::seconds>(o.end - o.start));
        }
        absence::LeaveFilter lf;
        lf.from = all_days->from;
        lf.to = all_days->to;
        leaves = absence::list_leaves(db, lf);
    }
    std::map<std::string, std::vector<TravellerFacts::IdDocument>> ids;
    auto ids_of = [&](const std::string& who) -> const std::vector<TravellerFacts::IdDocument>& {
        auto it = ids.find(who);
        if (it != ids.end()) {
            return it->second;
        }
        auto& out = ids[who];
        dossier::DossierFilter df;
        df.person = who;
        for (const auto& d : dossier::list_dossiers(db, df)) {
            for (const auto& doc : dossier::list_documents(db, d.id)) {
                auto type = core::to_lower(doc.type);
                if (std::find(settings.id_documents.begin(), settings.id_documents.end(), type) !=
                    settings.id_documents.end()) {
                    out.push_back({doc.type, fmt::format("{} {}", d.reference, d.title), doc.expires});
                }
            }
        }
        return out;
    };
    std::vector<std::vector<std::string>> out;
    for (size_t i = 0; i < trips.size(); ++i) {
        const auto& trip = trips[i];
        const auto& p = plans[i];
        std::vector<TravellerFacts> facts;
        for (const auto& who : trip.travellers) {
            TravellerFacts t;
            t.who = who;
            if (p.days) {
                // Occurrences are by start: those overlapping [from, to) start after from - longest.
                auto first = std::lower_bound(occs.begin(), occs.end(), p.from - longest,
                                              [](const agenda::Occurrence& o, core::Instant x) { return o.start < x; });
                for (auto o = first; o != occs.end() && o->start < p.to; ++o) {
                    if (o->end <= p.from) {
                        continue;
                    }
                    bool own_leg = std::any_of(p.legs.begin(), p.legs.end(),
                                               [&](const Leg& l) { return l.appointment_id == o->series_id(); });
                    if (own_leg || o->appt->status == agenda::Status::cancelled || !agenda::involves_person(*o, who)) {
                        continue;
                    }
                    t.appointments.push_back({o->appt->title, {o->start, o->appt->zone}, o->end, o->appt->room});
                }
                for (const auto& l : leaves) {
                    if (l.who == who && l.status != absence::LeaveStatus::rejected && l.from <= p.days->to &&
                        p.days->from <= l.to) {
                        t.leave.push_back({l.type, l.from, l.to});
                    }
                }
            }
            t.ids = ids_of(who);
            facts.push_back(std::move(t));
        }
        out.push_back(find_problems(p.legs, p.stays, facts, settings));
    }
    return out;
}

std::vector<std::string> check_trip(store::Database& db, const Trip& trip, const TripSettings& settings) {
    return check_trips(db, {trip}, settings).front();
}

} // namespace officectl::trip
