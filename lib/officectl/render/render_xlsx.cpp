// -o xlsx: a workbook through libxlsxwriter, one sheet per table, typed cells
// (numbers, amounts with their currency, Excel dates and durations), the
// header frozen and filtered, columns sized. Text is always written as text:
// a subject "=HYPERLINK(...)" never becomes a formula.
//
// libxlsxwriter (and the zip and crypto libraries behind it) is loaded when a
// workbook is asked for, not at every start of officectl: its header gives the
// functions' types, dlopen/dlsym the functions.

#include "officectl/core/error.hpp"
#include "officectl/core/text_width.hpp"
#include "officectl/render/render.hpp"

#include <dlfcn.h>
#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace officectl::render {
namespace {

constexpr const char* k_library = "libxlsxwriter.so.4";

struct XlsxApi {
    decltype(&::workbook_new) workbook_new = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::format_set_num_format) format_set_num_format = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_write_datetime) worksheet_write_datetime = nullptr;
    decltype(&::worksheet_write_boolean) worksheet_write_boolean = nullptr;
    decltype(&::worksheet_set_column) worksheet_set_column = nullptr;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes = nullptr;
    decltype(&::worksheet_autofilter) worksheet_autofilter = nullptr;
};

const XlsxApi& xlsx() {
    static const XlsxApi api = [] {
        void* lib = dlopen(k_library, RTLD_NOW | RTLD_LOCAL);
        if (lib == nullptr) {
            throw Error(ExitCode::unavailable,
                        fmt::format("-o xlsx needs libxlsxwriter (Debian package libxlsxwriter4): {}", dlerror()));
        }
        XlsxApi a;
        auto load = [lib](auto& fn, const char* name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(lib, name));
            if (fn == nullptr) {
                throw Error(ExitCode::unavailable, fmt::format("-o xlsx: {} has no {}", k_library, name));
            }
        };
        load(a.workbook_new, "workbook_new");
        load(a.workbook_add_worksheet, "workbook_add_worksheet");
        load(a.workbook_add_format, "workbook_add_format");
        load(a.workbook_close, "workbook_close");
        load(a.format_set_bold, "format_set_bold");
        load(a.format_set_num_format, "format_set_num_format");
        load(a.worksheet_write_string, "worksheet_write_string");
        load(a.worksheet_write_number, "worksheet_write_number");
        load(a.worksheet_write_datetime, "worksheet_write_datetime");
        load(a.worksheet_write_boolean, "worksheet_write_boolean");
        load(a.worksheet_set_column, "worksheet_set_column");
        load(a.worksheet_freeze_panes, "worksheet_freeze_panes");
        load(a.worksheet_autofilter, "worksheet_autofilter");
        return a;
    }();
    return api;
}

// The cell formats of one workbook, made once each.
class Formats {
public:
    Formats(const XlsxApi& x, lxw_workbook* wb) : m_x(x), m_wb(wb) {}
    lxw_format* header() { return make("bold", [&](lxw_format* f) { m_x.format_set_bold(f); }); }
    lxw_format* number(const std::string& pattern) {
        return make(pattern, [&](lxw_format* f) { m_x.format_set_num_format(f, pattern.c_str()); });
    }
    lxw_format* money(const std::string& currency) {
        auto symbol = currency == "EUR" ? std::string("€") : currency;
        return number(fmt::format("#,##0.00 \"{}\";-#,##0.00 \"{}\"", symbol, symbol));
    }

private:
    template <typename Set> lxw_format* make(const std::string& key, Set set) {
        auto it = m_made.find(key);
        if (it == m_made.end()) {
            auto* f = m_x.workbook_add_format(m_wb);
            set(f);
            it = m_made.emplace(key, f).first;
        }
        return it->second;
    }
    const XlsxApi& m_x;
    lxw_workbook* m_wb;
    std::map<std::string, lxw_format*> m_made;
};

lxw_datetime excel_date(core::Date d, int hour = 0, int minute = 0) {
    return lxw_datetime{int(d.year()), int(unsigned(d.month())), int(unsigned(d.day())), hour, minute, 0.0};
}

void write_cell(const XlsxApi& x, lxw_worksheet* ws, Formats& formats, lxw_row_t r, lxw_col_t c, const Cell& cell,
                const RenderOptions& o) {
    struct Visitor {
        const XlsxApi& x;
        lxw_worksheet* ws;
        Formats& formats;
        lxw_row_t r;
        lxw_col_t c;
        const RenderOptions& o;
        void text(const std::string& s) const {
            if (!s.empty()) {
                x.worksheet_write_string(ws, r, c, s.c_str(), nullptr); // a string, never a formula
            }
        }
        void operator()(std::monostate) const {}
        void operator()(const std::string& s) const { text(s); }
        void operator()(std::int64_t v) const { x.worksheet_write_number(ws, r, c, double(v), nullptr); }
        void operator()(double v) const { x.worksheet_write_number(ws, r, c, v, nullptr); }
        void operator()(core::Date d) const {
            auto when = excel_date(d);
            x.worksheet_write_datetime(ws, r, c, &when, formats.number("yyyy-mm-dd"));
        }
        void operator()(const core::ZonedInstant& zi) const {
            // The wall clock of the office's zone, as the other formats show it.
            auto local = core::to_local(zi.utc, o.zone.empty() ? zi.zone : o.zone);
            auto day = date::floor<date::days>(local);
            auto hm = date::hh_mm_ss<std::chrono::seconds>(local - day);
            auto when = excel_date(core::Date{day}, int(hm.hours().count()), int(hm.minutes().count()));
            x.worksheet_write_datetime(ws, r, c, &when, formats.number("yyyy-mm-dd hh:mm"));
        }
        // A duration: a day's fraction shown as hours and minutes, which Excel sums.
        void operator()(Minutes m) const {
            x.worksheet_write_number(ws, r, c, m.value / 1440.0, formats.number("[h]:mm"));
        }
        void operator()(const core::Money& m) const {
            x.worksheet_write_number(ws, r, c, double(m.cents) / 100.0, formats.money(m.currency));
        }
        void operator()(bool b) const { x.worksheet_write_boolean(ws, r, c, b ? 1 : 0, nullptr); }
        void operator()(const Secret& s) const { text(o.show_confidential ? s.value : s.masked); }
        void operator()(const List& l) const { text(cell_text(Cell{l}, o)); }
        void operator()(const Structured& s) const { text(s.text); }
    };
    std::visit(Visitor{x, ws, formats, r, c, o}, cell);
}

void write_table(const XlsxApi& x, lxw_workbook* wb, Formats& formats, const Table& t, const std::string& name,
                 const RenderOptions& o) {
    auto* ws = x.workbook_add_worksheet(wb, name.c_str());
    auto text_options = o;
    text_options.format = Format::table;
    std::vector<int> widths;
    for (size_t c = 0; c < t.columns().size(); ++c) {
        const auto& column = t.columns()[c].name;
        x.worksheet_write_string(ws, 0, lxw_col_t(c), column.c_str(), formats.header());
        widths.push_back(core::display_width(column));
    }
    for (size_t r = 0; r < t.rows().size(); ++r) {
        const auto& row = t.rows()[r];
        for (size_t c = 0; c < row.size(); ++c) {
            write_cell(x, ws, formats, lxw_row_t(r + 1), lxw_col_t(c), row[c], o);
            widths[c] = std::max(widths[c], core::display_width(cell_text(row[c], text_options)));
        }
    }
    for (size_t c = 0; c < widths.size(); ++c) {
        x.worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), std::min(widths[c], 60) + 2.0, nullptr);
    }
    x.worksheet_freeze_panes(ws, 1, 0);
    if (!t.columns().empty()) {
        x.worksheet_autofilter(ws, 0, 0, lxw_row_t(t.rows().size()), lxw_col_t(t.columns().size() - 1));
    }
}

// Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\,
// unique in the workbook (case aside).
std::string sheet_name(std::string wanted, std::set<std::string>& taken) {
    std::string clean;
    for (char ch : wanted) {
        clean += std::string_view("[]:*?/\\").find(ch) == std::string_view::npos ? ch : ' ';
    }
    if (clean.empty()) {
        clean = "Sheet";
    }
    auto cut = [](std::string s, size_t max) {
        while (s.size() > max) { // a whole UTF-8 character at a time: its continuation bytes, then its first
            while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) {
                s.pop_back();
            }
            if (!s.empty()) {
                s.pop_back();
            }
        }
        return s;
    };
    auto name = cut(clean, 31);
    auto key = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return std::tolower(ch); });
        return s;
    };
    for (int n = 2; taken.count(key(name)); ++n) {
        auto suffix = fmt::format(" ({})", n);
        name = cut(clean, 31 - suffix.size()) + suffix;
    }
    taken.insert(key(name));
    return name;
}

// libxlsxwriter writes to a file: a private temporary one, read back whole.
template <typename Fill> std::string workbook(Fill fill) {
    const auto& x = xlsx();
    auto pattern = (std::filesystem::temp_directory_path() / "officectl-XXXXXX.xlsx").string();
    int fd = mkstemps(pattern.data(), 5);
    if (fd < 0) {
        throw Error(ExitCode::cant_create, "-o xlsx: cannot create a temporary file for the workbook");
    }
    close(fd);
    struct Remove {
        std::string path;
        ~Remove() { std::remove(path.c_str()); }
    } remove_later{pattern};
    auto* wb = x.workbook_new(pattern.c_str());
    if (wb == nullptr) {
        throw Error(ExitCode::cant_create, "-o xlsx: libxlsxwriter could not start a workbook");
    }
    Formats formats(x, wb);
    fill(x, wb, formats);
    if (x.workbook_close(wb) != LXW_NO_ERROR) {
        throw Error(ExitCode::io, "-o xlsx: libxlsxwriter could not write the workbook");
    }
    std::ifstream in(pattern, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace

std::string render_xlsx_table(const Table& table, const RenderOptions& o) {
    return workbook([&](const XlsxApi& x, lxw_workbook* wb, Formats& formats) {
        std::set<std::string> taken;
        write_table(x, wb, formats, table, sheet_name(table.title().empty() ? "officectl" : table.title(), taken), o);
    });
}

std::string render_xlsx_report(const Report& report, const RenderOptions& o) {
    return workbook([&](const XlsxApi& x, lxw_workbook* wb, Formats& formats) {
        std::set<std::string> taken;
        // The first sheet: the report's title, its sections' titles and sentences.
        auto* summary = x.workbook_add_worksheet(wb, sheet_name(report.title, taken).c_str());
        lxw_row_t row = 0;
        x.worksheet_write_string(summary, row++, 0, report.title.c_str(), formats.header());
        for (const auto& section : report.sections) {
            bool titled = false;
            for (const auto& block : section.blocks) {
                const auto* p = std::get_if<Paragraph>(&block);
                if (p == nullptr || (p->confidential && !o.show_confidential)) {
                    continue;
                }
                if (!titled && !section.title.empty()) {
                    ++row;
                    x.worksheet_write_string(summary, row++, 0, section.title.c_str(), formats.header());
                    titled = true;
                }
                x.worksheet_write_string(summary, row++, 0, p->text.c_str(), nullptr);
            }
        }
        x.worksheet_set_column(summary, 0, 0, 100, nullptr);
        // Then one sheet per table, named after it (or its section).
        for (const auto& section : report.sections) {
            for (const auto& block : section.blocks) {
                if (const auto* t = std::get_if<Table>(&block)) {
                    auto name = !t->title().empty() ? t->title() : !section.title.empty() ? section.title : "Table";
                    write_table(x, wb, formats, *t, sheet_name(name, taken), o);
                }
            }
        }
    });
}

} // namespace officectl::render
