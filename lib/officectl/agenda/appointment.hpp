#pragma once
// The agenda's values: appointments (one-off or a series), their occurrences in
// time, rooms, and what a meeting decided. People are handles, rooms are names;
// the store turns them into ids.

#include "officectl/core/choices.hpp"
#include "officectl/core/clock.hpp"
#include "officectl/core/dates.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::agenda {

enum class Status { confirmed, tentative, cancelled };
inline constexpr core::Choices<Status, 3> statuses{
    {{{Status::confirmed, "confirmed"}, {Status::tentative, "tentative"}, {Status::cancelled, "cancelled"}}}};
std::string_view status_name(Status s);
// nullopt when the word is none of confirmed, tentative, cancelled (any case).
std::optional<Status> parse_status(std::string_view word);

struct Appointment {
    std::int64_t id = 0;
    std::string uid; // iCalendar UID: stable across export and import
    // A changed occurrence of a series (RECURRENCE-ID): its series and the
    // original start it replaces.
    std::optional<std::int64_t> parent_id;
    std::optional<core::Instant> recurrence_id;
    std::string title;
    core::Instant start;  // UTC
    core::Instant end;    // exclusive; for all-day appointments the local midnights
    std::string zone;     // the IANA zone it was given in; recurrences follow its wall clock
    bool all_day = false;
    std::optional<std::string> rrule;     // RFC 5545 RRULE value, e.g. FREQ=WEEKLY;BYDAY=MO
    std::vector<core::Instant> exdates;   // cancelled occurrences (their original starts)
    std::optional<std::string> owner;     // whose agenda: a handle
    std::vector<std::string> who;         // attendees from the team: handles
    std::vector<std::string> external;    // outside attendees: e-mail addresses
    std::optional<std::string> room;      // a room's name
    std::optional<std::string> location;  // free text (outside the office)
    std::optional<std::string> note;
    bool confidential = false;
    Status status = Status::confirmed;
    int sequence = 0;
    // Set when another domain made it (a trip's leg): who, in words ("leg 5 of trip 3
    // \"Beurs Parijs\""), and the commands that change it. The agenda's own verbs
    // refuse to change or remove it (refuse_foreign in booking.hpp).
    std::optional<std::string> made_by;
    std::optional<std::string> change_with;

    // The people whose time it takes: the owner and the attendees from the team.
    std::vector<std::string> people() const;
    bool is_series() const { return rrule.has_value(); }
};

// One occurrence in time of an appointment (the appointment itself when it is no series).
struct Occurrence {
    const Appointment* appt = nullptr;
    core::Instant start;
    core::Instant end;
    // For occurrences of a series: the start the rule gave it (the key of EXDATE
    // and RECURRENCE-ID), even when the occurrence was moved.
    std::optional<core::Instant> original_start;
    std::int64_t series_id() const { return appt->parent_id.value_or(appt->id); }
};

struct Room {
    std::int64_t id = 0;
    std::string name;
    std::optional<int> capacity;
    std::vector<std::string> equipment;
};

// An entry of a meeting's agenda.
struct AgendaItem {
    std::int64_t id = 0;
    std::int64_t appointment_id = 0;
    // A series' occurrence it is for (its day, local to the series' zone);
    // nullopt for a one-off meeting.
    std::optional<core::Date> occurrence;
    int position = 0;
    std::string title;
    std::optional<std::string> owner;
};

enum class MinuteKind { decision, action };

// What a meeting decided, or an action it gave someone, with its follow-up.
struct Minute {
    std::int64_t id = 0;
    std::int64_t appointment_id = 0;
    // The series' occurrence that recorded it (its day); nullopt for a one-off
    // meeting, and for minutes recorded before minutes were per occurrence.
    std::optional<core::Date> occurrence;
    MinuteKind kind = MinuteKind::decision;
    std::string text;
    std::optional<std::string> owner;
    std::optional<core::Date> due;
    std::optional<core::Date> done;
    core::Date recorded;
};

} // namespace officectl::agenda
