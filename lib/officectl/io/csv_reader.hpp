#pragma once
// Streaming CSV through libcsv: RFC 4180 quoting and embedded newlines, a UTF-8
// BOM, `;`, `,` or tab separators (detected from the header row unless given),
// Windows-1252 fields converted to UTF-8. Rows come one at a time, so memory
// stays flat however long the file. Errors name the file and line.

#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::io {

struct CsvRow {
    int line = 0; // where the row starts, 1-based
    std::vector<std::string> fields;
};

class CsvReader {
public:
    // Reads the header row at once. `separator` 0 means detect. Throws a data Error
    // for an empty file, UTF-16 input or a malformed header.
    CsvReader(std::istream& in, std::string name, char separator = 0);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    const std::string& name() const { return m_name; }
    char separator() const { return m_separator; }
    const std::vector<std::string>& header() const { return m_header; }
    // The index of a header column, matched case-insensitively after trimming; a
    // data Error when two columns have that name.
    std::optional<std::size_t> column(std::string_view name) const;

    // The next data row, padded with empty fields to the header's width; false at
    // the end. Throws a data Error (`file:line: why`) on a malformed row.
    bool next(CsvRow& row);

private:
    struct Parser;
    bool fill();

    std::istream& m_in;
    std::string m_name;
    char m_separator = ',';
    std::vector<std::string> m_header;
    std::unique_ptr<Parser> m_parser;
};

// What an idempotent CSV import did: rows added, rows that changed a stored
// record, rows equal to what was stored.
struct ImportCounts {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

// Text that is not valid UTF-8 is taken as Windows-1252 (what Excel in Belgium
// writes) and converted; valid UTF-8 is returned unchanged.
std::string to_utf8(std::string_view text);
// C1 control characters (U+0080..U+009F) in UTF-8 text mapped as Windows-1252:
// mail labelled ISO-8859-1 is usually Windows-1252 (=96 is an en dash), as HTML5 assumes.
std::string c1_as_cp1252(std::string_view utf8);

} // namespace officectl::io
