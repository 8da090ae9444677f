#pragma once
// What a message costs to parse, told from its bytes before GMime sees it: GMime
// builds every part and header in memory (400 000 empty parts in 12.8 MB took
// 1.2 GB), so a message beyond the limits is skipped with the reason instead.

#include <optional>
#include <string>
#include <string_view>

namespace officectl::io {

// Why the message is not parsed (`a header larger than 1 MiB`, `more than 1000
// MIME parts`), or nullopt when it is within limits::k_mail_header_bytes and
// limits::k_mime_parts. Parts are counted as the lines that open a part of a
// multipart (`--` and a boundary the message declares) and the nested messages.
// One pass over the bytes.
std::optional<std::string> beyond_mail_limits(std::string_view message);

} // namespace officectl::io
