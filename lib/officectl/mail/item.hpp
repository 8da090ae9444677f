#pragma once
// The correspondence register: every item in or out (e-mail, letter, fax, phone
// note, hand delivery) gets a number per direction and year (IN-2026-0001) and is
// followed up until it is answered or done.

#include "officectl/core/choices.hpp"
#include "officectl/core/dates.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::mail {

enum class Direction { in, out };
enum class Channel { email, letter, fax, phone, hand };
enum class Status { open, waiting, done, archived };
inline constexpr core::Choices<Channel, 5> channels{{{{Channel::letter, "letter"},
                                                     {Channel::email, "email"},
                                                     {Channel::fax, "fax"},
                                                     {Channel::phone, "phone"},
                                                     {Channel::hand, "hand"}}}};
inline constexpr core::Choices<Status, 4> statuses{
    {{{Status::open, "open"}, {Status::waiting, "waiting"}, {Status::done, "done"}, {Status::archived, "archived"}}}};

std::optional<Direction> parse_direction(std::string_view s);
std::string_view direction_name(Direction d);
// `email` (also `E-mail`, `e-mail`, `Email`, `mail`), `letter`, `fax`, `phone`,
// `hand`: case, spaces, hyphens, underscores and dots ignored. The one place a
// channel's spelling is read (command line, CSV, the store).
std::optional<Channel> parse_channel(std::string_view s);
std::string_view channel_name(Channel c);
std::optional<Status> parse_status(std::string_view s);
std::string_view status_name(Status s);

struct Attachment {
    std::string name;
    std::string type;
    std::int64_t size = 0;
    std::string sha256;
    std::optional<std::string> path; // where the file is, when we know (mail log --file)
};

struct Item {
    std::int64_t id = 0;
    std::string number; // IN-2026-0001
    Direction direction = Direction::in;
    Channel channel = Channel::letter;
    core::Date date;                         // received or sent
    std::optional<std::int64_t> at;          // the exact instant (Unix seconds), for e-mail
    std::optional<std::string> from_text;    // "FOD Financiën" or "Marie Dubois <marie@ricoh.be>"
    std::optional<std::string> from_addr;
    std::optional<std::int64_t> from_contact;
    std::optional<std::string> to_text;
    std::optional<std::string> to_addr;
    std::optional<std::int64_t> to_contact;
    std::string subject;
    std::optional<std::string> their_ref;
    std::optional<std::string> our_ref;
    std::vector<std::string> tags;
    std::optional<std::int64_t> assignee_id;
    std::optional<std::string> assignee; // handle (read only)
    std::optional<core::Date> due;
    Status status = Status::open;
    bool confidential = false;
    std::optional<std::string> body;
    std::optional<std::string> message_id;
    std::string content_hash;
    std::optional<std::int64_t> reply_to;         // the item this one answers
    std::optional<std::string> reply_to_number;   // its number (read only)
    std::vector<std::string> reply_message_ids;   // Message-IDs it answers, for threads built later
    std::optional<std::string> source;
    std::optional<core::Date> done_on;
    std::optional<std::string> note;
    std::vector<Attachment> attachments;
};

struct ItemFilter {
    std::optional<Direction> direction;
    std::optional<Channel> channel;
    std::optional<core::Date> from; // dates, inclusive
    std::optional<core::Date> to;
    std::optional<std::int64_t> assignee_id;
    std::optional<std::string> tag;
    std::optional<Status> status;
    bool overdue = false; // open or waiting with a due date before today
    std::optional<std::int64_t> contact_id; // from or to this relation
    int limit = 0;
};

} // namespace officectl::mail
