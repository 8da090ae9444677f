#pragma once
// Mail parsed on several threads and handed over in the order one thread would
// read it: an import numbers what it registers, and the same input must get the
// same numbers however the parsing was shared out.

#include "officectl/io/mail_reader.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace officectl::io {

struct MailEntry {
    std::optional<ParsedMail> mail; // empty: a file that is not mail (why in `skipped`)
    std::string skipped;
};
using MailBatch = std::vector<MailEntry>;

// Parses `sources` on `parsers` threads and calls `consume` on the calling thread
// with batches of messages, in source order (an mbox's messages in file order).
// Memory is bounded: parsers wait when they are a few batches ahead.
// When `consume` throws, the parsers stop and the exception is passed on; a
// parser's error (an attachment that cannot be kept) is passed on once the
// messages before it were consumed.
void read_mail_in_order(const std::vector<MailSource>& sources, const std::string& keep_dir, int parsers,
                        const std::function<void(MailBatch&)>& consume);

} // namespace officectl::io
