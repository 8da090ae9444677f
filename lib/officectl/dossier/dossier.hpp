#pragma once
// Dossiers: a file per person, supplier, vehicle, project or policy, with the
// documents its kind requires and a retention term that starts when it closes.
// Expiry (how long a document is valid) and retention (how long we may keep the
// dossier) are different things and different fields.

#include "officectl/core/choices.hpp"
#include "officectl/core/dates.hpp"
#include "officectl/core/period.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace officectl::dossier {

enum class Status { open, closed, archived, destroyed };
inline constexpr core::Choices<Status, 4> statuses{
    {{{Status::open, "open"}, {Status::closed, "closed"}, {Status::archived, "archived"}, {Status::destroyed, "destroyed"}}}};
std::string_view status_name(Status s);
std::optional<Status> parse_status(std::string_view word);

struct Dossier {
    std::int64_t id = 0;
    std::string reference;                // DOS-0001 (given by the store)
    std::string title;                    // "Peeters, An"
    std::string kind;                     // personnel, supplier, vehicle, project, insurance, or a configured one
    std::optional<std::string> person;    // a team handle (personnel files)
    std::optional<std::string> owner;     // who keeps it complete
    bool confidential = false;
    Status status = Status::open;
    core::Date opened;
    std::optional<core::Date> closed;     // starts the retention clock
    std::optional<std::string> hold;      // legal hold: why it may not be purged
    std::optional<core::Date> disposed;   // archived or destroyed on
};

struct Document {
    std::int64_t id = 0;
    std::int64_t dossier_id = 0;
    std::string type;                     // arbeidsovereenkomst
    std::string name;                     // the file's name as given
    std::string path;                     // absolute: the original, or the copy in the store's files folder
    bool stored = false;                  // the copy is ours (removed by a purge)
    std::int64_t size = 0;
    std::string sha256;
    std::optional<core::Date> date;       // the document's own date
    std::optional<core::Date> expires;    // when it stops being valid (an ID card, an inspection)
    core::Date added;
    bool confidential = false;            // its dossier's flag: name and path are confidential
};

// A line of a dossier's timeline: a note typed by someone, or an event the
// commands write (opened, document added, closed, held, released).
struct Entry {
    std::int64_t id = 0;
    std::int64_t dossier_id = 0;
    core::Date date;
    bool note = false;
    std::string text;
};

// A kind of dossier: what it must hold and how long it is kept.
struct Kind {
    std::string name;
    std::vector<std::string> required;    // document types
    std::optional<core::Period> retention;
    std::string retention_from = "closed"; // closed or opened
    std::string action = "destroy";        // destroy or archive
    std::string basis;                     // where the term comes from
    std::string origin = "built in";       // or config.toml:12
};

} // namespace officectl::dossier
