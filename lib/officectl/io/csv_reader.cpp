#include "officectl/io/csv_reader.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/limits.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/io/line_reader.hpp"

#include <csv.h>
#include <fmt/format.h>

#include <cstring>
#include <deque>

namespace officectl::io {

// libcsv pushes fields and record ends through callbacks; we queue whole rows.
// A callback cannot throw through libcsv (C): what it finds wrong waits in
// `refused` until csv_parse returns.
struct CsvReader::Parser {
    csv_parser p{};
    bool started = false; // csv_init succeeded: csv_free is owed
    std::vector<std::string> fields;
    std::deque<CsvRow> ready;
    std::unique_ptr<LineReader> lines;
    int line = 0;                // lines fed so far
    int record_start = 0;        // first line of the record being read; 0 between records
    std::size_t record_bytes = 0; // fed since the record began
    bool finished = false;
    std::string refused;         // why the last field cannot be taken
    int refused_line = 0;

    static void on_field(void* data, size_t len, void* self) {
        auto* me = static_cast<Parser*>(self);
        if (!me->refused.empty()) {
            return;
        }
        me->refused_line = me->record_start > 0 ? me->record_start : me->line;
        if (len > core::limits::k_field_bytes) {
            me->refused = fmt::format("field {} is longer than {} MiB (the limit)", me->fields.size() + 1,
                                      core::limits::k_field_bytes >> 20);
            return;
        }
        if (std::memchr(data, '\0', len) != nullptr) {
            me->refused = fmt::format("field {} holds a NUL byte (is the file UTF-16, or not text?)", me->fields.size() + 1);
            return;
        }
        me->fields.push_back(to_utf8(std::string_view(static_cast<const char*>(data), len)));
        unify_newlines(me->fields.back());
        drop_formula_guard(me->fields.back());
    }
    // `officectl --excel` (and other careful exporters) write text that a
    // spreadsheet would run as a formula with a leading ': read back, the value
    // is the text itself, so that an export imports unchanged.
    static void drop_formula_guard(std::string& field) {
        if (field.size() >= 2 && field[0] == '\'' &&
            std::string_view("=+-@\t\r\n").find(field[1]) != std::string_view::npos) {
            field.erase(0, 1);
        }
    }
    // A line break inside a quoted field is \n, whatever the file's line ends: a
    // spreadsheet that saves with \r\n must not make every multi-line note "changed".
    static void unify_newlines(std::string& field) {
        if (field.find('\r') == std::string::npos) {
            return;
        }
        std::string out;
        out.reserve(field.size());
        for (size_t i = 0; i < field.size(); ++i) {
            if (field[i] == '\r') {
                out += '\n';
                if (i + 1 < field.size() && field[i + 1] == '\n') {
                    ++i;
                }
            } else {
                out += field[i];
            }
        }
        field = std::move(out);
    }
    static void on_record(int, void* self) {
        auto* me = static_cast<Parser*>(self);
        me->ready.push_back({me->record_start > 0 ? me->record_start : me->line, std::move(me->fields)});
        me->fields.clear();
        me->record_start = 0;
        me->record_bytes = 0;
    }
    Parser() = default;
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;
    // Also when the reader's constructor throws (a malformed header): libcsv's
    // buffer leaked then (found by fuzz_csv).
    ~Parser() {
        if (started) {
            csv_free(&p);
        }
    }
    // Throws what a callback refused, at the record's first line.
    void throw_refused(const std::string& name) {
        if (!refused.empty()) {
            throw data_error(fmt::format("{}:{}: {}", name, refused_line, refused));
        }
    }
};

namespace {

// The separator used most often outside quotes in the header line.
char detect_separator(std::string_view header) {
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (char c : header) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            comma += c == ',';
            semicolon += c == ';';
            tab += c == '\t';
        }
    }
    if (semicolon > comma && semicolon >= tab) {
        return ';';
    }
    if (tab > comma && tab > semicolon) {
        return '\t';
    }
    return ',';
}

} // namespace

CsvReader::CsvReader(std::istream& in, std::string name, char separator)
    : m_in(in), m_name(std::move(name)), m_parser(std::make_unique<Parser>()) {
    if (separator == '"' || separator == '\n' || separator == '\r') {
        throw usage_error(fmt::format("{}: a CSV separator cannot be a quote or a line break", m_name));
    }
    m_parser->lines = std::make_unique<LineReader>(m_in, m_name);
    // Peek at the first line for the BOM and the separator, then feed it.
    std::string first;
    if (!m_parser->lines->next(first)) {
        throw data_error(fmt::format("{}: empty file (expected a header row)", m_name));
    }
    if (first.size() >= 2 && ((first[0] == '\xFF' && first[1] == '\xFE') || (first[0] == '\xFE' && first[1] == '\xFF'))) {
        throw data_error(fmt::format("{}: the file is UTF-16; save it as UTF-8 CSV", m_name));
    }
    if (first.rfind("\xEF\xBB\xBF", 0) == 0) {
        first.erase(0, 3);
    }
    m_separator = separator != 0 ? separator : detect_separator(first);
    // Strict RFC 4180: a lenient parser would swallow the rest of a truncated file
    // into one field (libcsv reports an unterminated quote only in strict mode).
    if (csv_init(&m_parser->p, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        throw Error(ExitCode::io, "cannot start the CSV parser");
    }
    m_parser->started = true;
    csv_set_delim(&m_parser->p, static_cast<unsigned char>(m_separator));
    // libcsv grows a field's buffer by a fixed block (128 bytes by default): a
    // field of 1 MiB took 8 000 reallocations, each copying the field so far,
    // which is quadratic wherever realloc cannot grow in place (AddressSanitizer
    // always copies: the limits test took minutes there). 64 KiB blocks keep a
    // field at the limit to a few dozen.
    csv_set_blk_size(&m_parser->p, 64 * 1024);
    m_parser->line = 1;
    m_parser->record_start = 1;
    first += '\n';
    if (csv_parse(&m_parser->p, first.data(), first.size(), Parser::on_field, Parser::on_record, m_parser.get()) !=
        first.size()) {
        throw data_error(fmt::format("{}:1: malformed header: {}", m_name, csv_strerror(csv_error(&m_parser->p))));
    }
    m_parser->throw_refused(m_name);
    while (m_parser->ready.empty() && fill()) {
    }
    if (m_parser->ready.empty()) {
        throw data_error(fmt::format("{}: empty file (expected a header row)", m_name));
    }
    for (auto& f : m_parser->ready.front().fields) {
        m_header.emplace_back(core::trim(f));
    }
    m_parser->ready.pop_front();
}

CsvReader::~CsvReader() = default;

std::optional<std::size_t> CsvReader::column(std::string_view name) const {
    auto wanted = core::to_lower(core::trim(name));
    std::optional<std::size_t> found;
    for (size_t i = 0; i < m_header.size(); ++i) {
        if (core::to_lower(m_header[i]) == wanted) {
            // Two columns of one name: taking the first would import the wrong one without a word.
            if (found) {
                throw data_error(fmt::format("{}:1: two columns are called \"{}\" (columns {} and {}): which one is meant?",
                                             m_name, m_header[i], *found + 1, i + 1));
            }
            found = i;
        }
    }
    return found;
}

// Feeds one more line to the parser; false when the input is exhausted.
bool CsvReader::fill() {
    auto& P = *m_parser;
    if (P.finished) {
        return false;
    }
    std::string line;
    if (!P.lines->next(line)) {
        P.finished = true;
        if (csv_fini(&P.p, Parser::on_field, Parser::on_record, &P) != 0) {
            throw data_error(fmt::format("{}:{}: unterminated quoted field", m_name,
                                         P.record_start > 0 ? P.record_start : P.line));
        }
        P.throw_refused(m_name);
        return !P.ready.empty();
    }
    ++P.line;
    if (P.record_start == 0 && P.fields.empty() && !core::trim(line).empty()) {
        P.record_start = P.line;
    }
    line += '\n';
    P.record_bytes += line.size();
    if (P.record_bytes > core::limits::k_record_bytes) {
        throw data_error(fmt::format("{}:{}: a row longer than {} MiB (the limit; an unclosed quote?)", m_name,
                                     P.record_start > 0 ? P.record_start : P.line, core::limits::k_record_bytes >> 20));
    }
    if (csv_parse(&P.p, line.data(), line.size(), Parser::on_field, Parser::on_record, &P) != line.size()) {
        throw data_error(fmt::format("{}:{}: malformed CSV: a quote inside an unquoted field or text after a closing "
                                     "quote (quote the whole field and double the quotes in it: \"37.8\"\"N\")",
                                     m_name, P.record_start > 0 ? P.record_start : P.line));
    }
    P.throw_refused(m_name);
    return true;
}

bool CsvReader::next(CsvRow& row) {
    while (m_parser->ready.empty()) {
        if (!fill()) {
            return false;
        }
    }
    row = std::move(m_parser->ready.front());
    m_parser->ready.pop_front();
    if (row.fields.size() > m_header.size()) {
        throw data_error(fmt::format("{}:{}: {} fields, but the header has {}", m_name, row.line, row.fields.size(),
                                     m_header.size()));
    }
    row.fields.resize(m_header.size());
    return true;
}

} // namespace officectl::io
