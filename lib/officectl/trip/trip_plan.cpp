#include "officectl/trip/trip_plan.hpp"

#include "officectl/absence/leave_store.hpp"
#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/dossier/dossier_store.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace officectl::trip {
namespace {

agenda::Appointment appointment_for(const Trip& trip, const Leg& leg) {
    agenda::Appointment a;
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
    return add_leg(txn, leg);
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

std::vector<std::string> check_trip(store::Database& db, const Trip& trip, const TripSettings& settings) {
    auto legs = list_legs(db, trip.id);
    auto stays = list_stays(db, trip.id);
    std::vector<TravellerFacts> facts;
    auto days = trip_days(legs);
    std::vector<agenda::Appointment> appts;
    std::vector<agenda::Occurrence> occs;
    std::vector<absence::Leave> leaves;
    if (days) {
        auto ordered = in_order(legs);
        auto from = ordered.front().depart.utc;
        auto to = from;
        for (const auto& l : ordered) {
            to = std::max(to, l.arrive.utc);
        }
        appts = agenda::appointments_for(db, from, to);
        occs = agenda::occurrences(appts, from, to);
        absence::LeaveFilter lf;
        lf.from = days->from;
        lf.to = days->to;
        leaves = absence::list_leaves(db, lf);
    }
    for (const auto& who : trip.travellers) {
        TravellerFacts t;
        t.who = who;
        for (const auto& o : occs) {
            bool own_leg = std::any_of(legs.begin(), legs.end(),
                                       [&](const Leg& l) { return l.appointment_id == o.series_id(); });
            if (own_leg || o.appt->status == agenda::Status::cancelled || !agenda::involves_person(o, who)) {
                continue;
            }
            t.appointments.push_back({o.appt->title, {o.start, o.appt->zone}, o.end, o.appt->room});
        }
        for (const auto& l : leaves) {
            if (l.who == who && l.status != absence::LeaveStatus::rejected) {
                t.leave.push_back({l.type, l.from, l.to});
            }
        }
        dossier::DossierFilter df;
        df.person = who;
        for (const auto& d : dossier::list_dossiers(db, df)) {
            for (const auto& doc : dossier::list_documents(db, d.id)) {
                auto type = doc.type;
                std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
                if (std::find(settings.id_documents.begin(), settings.id_documents.end(), type) !=
                    settings.id_documents.end()) {
                    t.ids.push_back({doc.type, fmt::format("{} {}", d.reference, d.title), doc.expires});
                }
            }
        }
        facts.push_back(std::move(t));
    }
    return find_problems(legs, stays, facts, settings);
}

} // namespace officectl::trip
