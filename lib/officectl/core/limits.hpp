#pragma once
// How much of anything officectl reads from outside it accepts: written down
// once, here, and in officectl(1) (LIMITS). Each is enforced where the input is
// read, by a counter, so a hostile file costs at most this much time and memory
// and is refused (or, where it says so, skipped) with the limit in the message.

#include <cstddef>
#include <cstdint>

namespace officectl::core::limits {

constexpr std::size_t k_mib = std::size_t{1} << 20;

// Text files (CSV, iCalendar, vCard): the longest line, after unfolding, and the
// longest CSV field. A longer one is refused naming the file and line.
constexpr std::size_t k_line_bytes = 1 * k_mib;
constexpr std::size_t k_field_bytes = 1 * k_mib;
// One record: a CSV row with its quoted line breaks, one VEVENT or VTIMEZONE.
constexpr std::size_t k_record_bytes = 8 * k_mib;

// Mail: a message larger than this, with a larger header, or with more MIME
// parts is skipped with the reason (the import's `skipped N (why)`).
constexpr std::size_t k_message_bytes = 64 * k_mib;
constexpr std::size_t k_mail_header_bytes = 1 * k_mib;
constexpr std::size_t k_mime_parts = 1000;

// Calendars: the occurrences of one series expanded for one window, and the
// steps a recurrence rule may take to get there. A stored series that needs more
// is listed once, flagged, instead of taking the listing down.
constexpr std::size_t k_occurrences = 100000;
constexpr std::size_t k_rule_steps = 200000;

// The config file: its size, and the deepest nesting of tables (`[a.b.c]` is 3).
constexpr std::size_t k_config_bytes = 1 * k_mib;
constexpr int k_config_depth = 16;

// Output: the widest cell of a table or Markdown table, in terminal columns;
// longer text ends in `…`. CSV and JSON are never cut.
constexpr int k_cell_columns = 200;
// An error message: each of its lines is cut to this many columns (the value it
// quotes may be a whole field).
constexpr int k_message_columns = 1000;

// A query the user wrote (an indicator): the longest string or blob it may
// build, and the memory SQLite may hold for it.
constexpr int k_query_text_bytes = 16 * 1024 * 1024;
constexpr std::int64_t k_query_heap_bytes = 256 * 1024 * 1024;

} // namespace officectl::core::limits
