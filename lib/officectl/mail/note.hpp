#pragma once
// Service notes (dienstnota's): internal decisions and notes with their own
// number (NOTE-2027-0001), a distribution list, acknowledgements where required,
// and the actions they ask for, followed up until done.

#include "officectl/core/dates.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace officectl::mail {

struct NoteRecipient {
    std::int64_t member_id = 0;
    std::string handle;
    std::optional<core::Date> acknowledged;
};

struct NoteAction {
    std::int64_t id = 0;
    std::string text;
    std::optional<std::int64_t> owner_id;
    std::optional<std::string> owner; // handle
    std::optional<core::Date> due;
    std::optional<core::Date> done;
};

struct Note {
    std::int64_t id = 0;
    std::string number; // NOTE-2027-0001
    std::string subject;
    std::optional<std::int64_t> author_id;
    std::optional<std::string> author; // handle
    core::Date date;                   // issued
    std::optional<core::Date> effective;
    std::optional<std::string> body;
    std::optional<std::string> file_path;
    std::optional<std::int64_t> file_size;
    std::optional<std::string> file_sha256;
    bool ack_required = false;
    std::vector<NoteRecipient> recipients;
    std::vector<NoteAction> actions;
};

} // namespace officectl::mail
