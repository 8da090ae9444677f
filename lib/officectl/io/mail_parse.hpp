#pragma once
// One message's bytes to a ParsedMail through GMime 3: headers decoded (RFC 2047,
// any charset to UTF-8; broken encodings survive as best-effort text), the body
// is the first text/plain part, else the text of the first HTML part, and every
// other part is an attachment, described (and kept, with a keep folder).

#include "officectl/io/mail_reader.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace officectl::io {

// The message, or nullopt with `why` when GMime cannot read it or it has none of
// the headers mail has. `bytes` is one message (no mbox `From ` line) within the
// limits that beyond_mail_limits checks. Safe on several threads at once.
std::optional<ParsedMail> parse_mail(std::string_view bytes, std::string source, const std::string& keep_dir,
                                     std::string& why);

} // namespace officectl::io
