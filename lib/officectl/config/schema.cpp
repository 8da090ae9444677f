#include "officectl/config/schema.hpp"

#include "officectl/core/calendar.hpp"
#include "officectl/core/clock.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/language.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/config/work_hours.hpp"

#include "officectl/core/period.hpp"

#include <algorithm>
#include <cctype>

namespace officectl::config {
namespace {

std::optional<std::string> check_zone(const std::string& v) {
    try {
        core::locate_zone(v);
        return std::nullopt;
    } catch (const Error& e) {
        return e.what();
    }
}

std::optional<std::string> check_language(const std::string& v) {
    if (core::parse_language(v)) {
        return std::nullopt;
    }
    return "expected nl, fr or en";
}

std::optional<std::string> check_currency(const std::string& v) {
    bool ok = v.size() == 3;
    for (char c : v) {
        ok = ok && std::isupper(static_cast<unsigned char>(c));
    }
    if (ok) {
        return std::nullopt;
    }
    return "expected an ISO 4217 code such as EUR";
}

std::optional<std::string> check_days(const std::string& v) {
    try {
        core::WorkWeek::parse(v);
        return std::nullopt;
    } catch (const Error& e) {
        return e.what();
    }
}

std::optional<std::string> check_hours(const std::string& v) {
    try {
        parse_work_hours(v);
        return std::nullopt;
    } catch (const Error& e) {
        return e.what();
    }
}

} // namespace

std::optional<std::string> check_period(const std::string& v) {
    try {
        core::parse_period(v);
        return std::nullopt;
    } catch (const Error& e) {
        return e.what();
    }
}

std::function<std::optional<std::string>(const std::string&)> check_one_of(std::vector<std::string> words) {
    return [words = std::move(words)](const std::string& v) -> std::optional<std::string> {
        if (std::find(words.begin(), words.end(), v) != words.end()) {
            return std::nullopt;
        }
        return "expected \"" + core::join(words, "\" or \"") + "\"";
    };
}

std::optional<std::string> check_prefix(const std::string& v) {
    if (v.empty()) {
        return "a prefix cannot be empty (numbers would read -2026-0002)";
    }
    if (v.size() > 16) {
        return "at most 16 characters";
    }
    for (char ch : v) {
        auto c = static_cast<unsigned char>(ch);
        if (c <= ' ' || c == 0x7F) {
            return "no spaces or control characters in a prefix";
        }
    }
    return std::nullopt;
}

const Schema& core_schema() {
    static const Schema schema{
        {"store.path", ValueKind::string, "", "the store file (default: $XDG_DATA_HOME/officectl/office.db)"},
        {"time.zone", ValueKind::string, "\"Europe/Brussels\"", "IANA time zone of the office", check_zone},
        {"locale.language", ValueKind::string, "\"nl\"", "language of reports and templates: nl, fr or en",
         check_language},
        {"locale.currency", ValueKind::string, "\"EUR\"", "currency of amounts that name none", check_currency},
        {"locale.decimal", ValueKind::string, "",
         "decimal mark of amounts typed and imported: \"comma\" (1.234 is 1234) or \"point\"; unset, 1.234 is "
         "refused as ambiguous",
         check_one_of({"comma", "point"})},
        {"csv.excel", ValueKind::boolean, "false",
         "-o csv for Excel (as --excel): a UTF-8 BOM, ';', decimal commas, formula-like text made inert"},
        {"work.days", ValueKind::string, "\"mon-fri\"", "the company's working days", check_days},
        {"work.hours", ValueKind::string, "\"09:00-17:00\"", "the working day", check_hours},
        {"holidays.extra", ValueKind::day_list, "[]", "company closing days (dates, or {date, name} tables)"},
        {"holidays.replacement", ValueKind::day_list, "[]",
         "days off given in replacement of a public holiday on a weekend"},
    };
    return schema;
}

bool key_matches(const std::string& pattern, const std::string& key) {
    auto p = core::split(pattern, '.');
    auto k = core::split(key, '.');
    if (p.size() != k.size()) {
        return false;
    }
    for (size_t i = 0; i < p.size(); ++i) {
        if (p[i] != "*" && p[i] != k[i]) {
            return false;
        }
    }
    return true;
}

} // namespace officectl::config
