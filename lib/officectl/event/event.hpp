#pragma once
// Company events and communication actions: a concept (goal, audience), a
// backward plan of tasks and formalities counted from the day, suppliers,
// guests with their RSVP, and the debrief kept for next time.

#include "officectl/core/choices.hpp"
#include "officectl/core/dates.hpp"
#include "officectl/core/language.hpp"
#include "officectl/core/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace officectl::event {

struct Event {
    std::int64_t id = 0;
    std::string title;                    // Nieuwjaarsreceptie
    core::Date date;
    std::optional<std::string> kind;      // reception, seminar, or a configured one
    std::optional<std::string> goal;
    std::optional<std::string> audience;
    std::optional<int> guests;            // expected
    std::optional<std::string> place;
    std::optional<std::int64_t> line_id;  // the budget line its costs go to
    std::optional<std::string> owner;     // a team handle: who runs it
    // The debrief.
    std::optional<int> turnout;
    std::optional<std::string> evaluation;
    std::optional<std::string> lessons;
};

// A step of a kind's plan: `-30d Uitnodigingen versturen`.
struct PlanStep {
    int offset_days = 0;                  // before the day: negative
    std::string title;
};

enum class StepKind { task, formality };

// A task of the event's plan: a team task (so `team task list` shows it) with
// its place in the plan.
struct EventTask {
    std::int64_t task_id = 0;
    StepKind kind = StepKind::task;
    std::optional<int> offset_days;       // when given relative to the day
};

enum class SupplierStatus { asked, offered, chosen, contracted };
inline constexpr core::Choices<SupplierStatus, 4> supplier_statuses{{{{SupplierStatus::asked, "asked"},
                                                                     {SupplierStatus::offered, "offered"},
                                                                     {SupplierStatus::chosen, "chosen"},
                                                                     {SupplierStatus::contracted, "contracted"}}}};
// Read whatever the case, spaces around ignored (lists written by others).
std::string_view supplier_status_name(SupplierStatus s);
std::optional<SupplierStatus> parse_supplier_status(std::string_view word);

struct Supplier {
    std::int64_t id = 0;
    std::int64_t event_id = 0;
    std::string role;                     // catering, venue, sound, ...
    std::int64_t vendor_id = 0;           // a relation
    std::string vendor;                   // read only
    std::optional<core::Money> quote;     // planned, excl. VAT
    std::optional<core::Money> actual;    // invoiced, excl. VAT
    SupplierStatus status = SupplierStatus::asked;
    std::optional<std::int64_t> commitment_id; // once contracted, on the event's budget line
};

enum class Rsvp { invited, yes, no, maybe };
inline constexpr core::Choices<Rsvp, 4> rsvps{{{{Rsvp::invited, "invited"}, {Rsvp::yes, "yes"}, {Rsvp::no, "no"}, {Rsvp::maybe, "maybe"}}}};
// Read whatever the case, spaces around ignored (lists written by others).
std::string_view rsvp_name(Rsvp r);
std::optional<Rsvp> parse_rsvp(std::string_view word);

struct Guest {
    std::int64_t id = 0;
    std::int64_t event_id = 0;
    std::string name;
    std::string email;                    // lower case: the guest's key within the event
    std::optional<std::string> organisation;
    core::Language lang = core::Language::nl;
    Rsvp rsvp = Rsvp::invited;
};

} // namespace officectl::event
