#include "officectl/config/config.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/limits.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include "officectl/core/strings.hpp"

#include <algorithm>

#include <fstream>
#include <sstream>

namespace officectl::config {
namespace {

std::string kind_name(ValueKind k) {
    switch (k) {
    case ValueKind::string: return "a string";
    case ValueKind::integer: return "an integer";
    case ValueKind::boolean: return "true or false";
    case ValueKind::string_list: return "a list of strings";
    case ValueKind::day_list: return "a list of dates";
    case ValueKind::table_list: return "tables ([[...]])";
    }
    return "a value";
}

std::string quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + "\"";
}

std::string value_text(const Value& v) {
    struct Visitor {
        std::string operator()(const std::string& s) const { return quote(s); }
        std::string operator()(std::int64_t i) const { return std::to_string(i); }
        std::string operator()(bool b) const { return b ? "true" : "false"; }
        std::string operator()(const std::vector<std::string>& list) const {
            std::string out = "[";
            for (size_t i = 0; i < list.size(); ++i) {
                out += (i ? ", " : "") + quote(list[i]);
            }
            return out + "]";
        }
        std::string operator()(const std::vector<TableEntry>& tables) const {
            return fmt::format("{} table{}", tables.size(), tables.size() == 1 ? "" : "s");
        }
        std::string operator()(const std::vector<core::ClosingDay>& days) const {
            std::string out = "[";
            for (size_t i = 0; i < days.size(); ++i) {
                out += i ? ", " : "";
                out += days[i].name.empty() ? quote(core::format_date(days[i].date))
                                            : fmt::format("{{ date = {}, name = {} }}",
                                                          quote(core::format_date(days[i].date)),
                                                          quote(days[i].name));
            }
            return out + "]";
        }
    };
    return std::visit(Visitor{}, v);
}

// One day of a day_list: "2026-12-24", a TOML date, or { date = ..., name = ... }.
std::optional<core::ClosingDay> read_day(const toml::node& n) {
    if (auto s = n.value<std::string>()) {
        if (auto d = core::parse_iso_date(*s)) {
            return core::ClosingDay{*d, ""};
        }
        return std::nullopt;
    }
    if (auto d = n.value<toml::date>()) {
        core::Date day{date::year{d->year}, date::month{d->month}, date::day{d->day}};
        if (day.ok()) {
            return core::ClosingDay{day, ""};
        }
        return std::nullopt;
    }
    if (const auto* t = n.as_table()) {
        const auto* date_node = t->get("date");
        auto day = date_node ? read_day(*date_node) : std::nullopt;
        if (!day) {
            return std::nullopt;
        }
        for (auto&& [k, v] : *t) {
            if (k.str() == "name") {
                if (auto name = v.value<std::string>()) {
                    day->name = *name;
                } else {
                    return std::nullopt;
                }
            } else if (k.str() != "date") {
                return std::nullopt;
            }
        }
        return day;
    }
    return std::nullopt;
}

// The deepest key the text names and its line: `[a.b.c]` and `a.b.c = 1` are 3
// deep, each inline table `{` one more. Read before toml++ is (it nests, and
// frees, tables by recursion: 10 000 levels crashed), outside strings and
// comments; a dot in a quoted key counts, which errs on the safe side.
std::pair<int, int> deepest_key(std::string_view text) {
    int deepest = 0, deepest_line = 1, line = 1;
    int depth = 1;
    std::vector<int> outer;      // the depth at each open `{`
    bool in_key = true;          // before the `=` of a key line, or inside a [header]
    std::string_view multi;      // the closing quotes of the multi-line string we are in
    char quote = 0;              // the quote of the one-line string we are in
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n') {
            ++line;
            if (multi.empty() && outer.empty()) {
                in_key = true;
                depth = 1;
            }
            quote = 0;
            continue;
        }
        if (!multi.empty()) {
            if (text.substr(i, 3) == multi) {
                i += 2;
                multi = {};
            }
            continue;
        }
        if (quote != 0) {
            if (c == '\\' && quote == '"') {
                ++i;
            } else if (c == quote) {
                quote = 0;
            }
            continue;
        }
        if (c == '"' || c == '\'') {
            if (text.substr(i, 3) == (c == '"' ? "\"\"\"" : "\'\'\'")) {
                multi = c == '"' ? "\"\"\"" : "\'\'\'";
                i += 2;
            } else {
                quote = c;
            }
        } else if (c == '#') {
            auto nl = text.find('\n', i);
            i = (nl == std::string_view::npos ? text.size() : nl) - 1;
        } else if (c == '.' && in_key) {
            ++depth;
        } else if (c == '=') {
            in_key = false;
        } else if (c == '{') {
            outer.push_back(depth);
            ++depth;
            in_key = true;
        } else if (c == '}' && !outer.empty()) {
            depth = outer.back();
            outer.pop_back();
        } else if (c == ',' && !outer.empty()) {
            depth = outer.back() + 1;
            in_key = true;
        }
        if (depth > deepest) {
            deepest = depth;
            deepest_line = line;
        }
    }
    return {deepest, deepest_line};
}

} // namespace

Config::Config(const Schema& schema) : m_schema(schema) {}

const KeySpec* Config::spec_for(const std::string& key) const {
    for (const auto& s : m_schema) {
        if (key_matches(s.key, key)) {
            return &s;
        }
    }
    return nullptr;
}

void Config::read_text(std::string_view text, const std::string& name) {
    if (auto [depth, line] = deepest_key(text); depth > core::limits::k_config_depth) {
        throw config_error(fmt::format("{}:{}: tables nested more than {} deep (the limit)", name, line,
                                       core::limits::k_config_depth));
    }
    toml::table root;
    try {
        root = toml::parse(text, name);
    } catch (const toml::parse_error& e) {
        throw config_error(fmt::format("{}:{}: {}", name, e.source().begin.line, e.description()));
    }
    // Walk the tables; every non-table node is a key the schema must know.
    std::function<void(const toml::table&, const std::string&)> walk = [&](const toml::table& t,
                                                                            const std::string& prefix) {
        if (std::count(prefix.begin(), prefix.end(), '.') + 1 > core::limits::k_config_depth) { // belt and braces
            throw config_error(fmt::format("{}:{}: tables nested more than {} deep (the limit)", name,
                                           t.source().begin.line, core::limits::k_config_depth));
        }
        for (auto&& [k, node] : t) {
            std::string key = prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
            int line = static_cast<int>(node.source().begin.line);
            auto fail = [&](const std::string& why) {
                return config_error(fmt::format("{}:{}: {}: {}", name, line, key, why));
            };
            const KeySpec* spec = spec_for(key);
            if (node.is_table() && spec == nullptr) {
                walk(*node.as_table(), key);
                continue;
            }
            if (spec == nullptr) {
                throw config_error(fmt::format("{}:{}: unknown key \"{}\"", name, line, key));
            }
            Stored stored;
            stored.line = line;
            switch (spec->kind) {
            case ValueKind::string: {
                auto v = node.value<std::string>();
                if (!v || !node.is_string()) {
                    throw fail("expected " + kind_name(spec->kind));
                }
                stored.value = *v;
                break;
            }
            case ValueKind::integer: {
                if (!node.is_integer()) {
                    throw fail("expected " + kind_name(spec->kind));
                }
                stored.value = *node.value<std::int64_t>();
                break;
            }
            case ValueKind::boolean: {
                if (!node.is_boolean()) {
                    throw fail("expected " + kind_name(spec->kind));
                }
                stored.value = *node.value<bool>();
                break;
            }
            case ValueKind::string_list: {
                const auto* arr = node.as_array();
                std::vector<std::string> list;
                for (size_t i = 0; arr && i < arr->size(); ++i) {
                    if (!(*arr)[i].is_string()) {
                        arr = nullptr;
                        break;
                    }
                    list.push_back(*(*arr)[i].value<std::string>());
                }
                if (!arr) {
                    throw fail("expected " + kind_name(spec->kind));
                }
                stored.value = std::move(list);
                break;
            }
            case ValueKind::table_list: {
                const auto* arr = node.as_array();
                if (!arr || !arr->is_array_of_tables()) {
                    throw fail("expected tables, written [[" + key + "]]");
                }
                std::vector<TableEntry> tables;
                for (const auto& item : *arr) {
                    TableEntry entry;
                    entry.line = static_cast<int>(item.source().begin.line);
                    for (auto&& [k, v] : *item.as_table()) {
                        std::string field(k.str());
                        int vline = static_cast<int>(v.source().begin.line);
                        if (std::find(spec->fields.begin(), spec->fields.end(), field) == spec->fields.end()) {
                            throw config_error(fmt::format("{}:{}: {}: unknown key \"{}\" (expected {})", name, vline, key,
                                                           field, core::join(spec->fields, ", ")));
                        }
                        if (auto s = v.value<std::string>(); s && v.is_string()) {
                            entry.values[field] = *s;
                        } else if (v.is_boolean()) {
                            entry.values[field] = *v.value<bool>() ? "true" : "false";
                        } else if (v.is_integer()) {
                            entry.values[field] = std::to_string(*v.value<std::int64_t>());
                        } else if (const auto* list = v.as_array()) {
                            std::vector<std::string> parts;
                            for (const auto& p : *list) {
                                if (!p.is_string()) {
                                    throw config_error(fmt::format("{}:{}: {}.{}: expected strings", name, vline, key, field));
                                }
                                parts.push_back(*p.value<std::string>());
                            }
                            entry.values[field] = core::join(parts, ",");
                        } else {
                            throw config_error(fmt::format("{}:{}: {}.{}: expected a string, a number, true/false or a list of strings",
                                                           name, vline, key, field));
                        }
                    }
                    tables.push_back(std::move(entry));
                }
                stored.value = std::move(tables);
                break;
            }
            case ValueKind::day_list: {
                const auto* arr = node.as_array();
                if (!arr) {
                    throw fail("expected " + kind_name(spec->kind));
                }
                std::vector<core::ClosingDay> days;
                for (const auto& item : *arr) {
                    auto day = read_day(item);
                    if (!day) {
                        throw config_error(fmt::format("{}:{}: {}: expected \"YYYY-MM-DD\" or {{ date = \"YYYY-MM-DD\", "
                                                       "name = \"...\" }} naming a real day",
                                                       name, item.source().begin.line, key));
                    }
                    days.push_back(*day);
                }
                stored.value = std::move(days);
                break;
            }
            }
            if (spec->check) {
                if (const auto* s = std::get_if<std::string>(&stored.value)) {
                    if (auto why = spec->check(*s)) {
                        throw fail(*why);
                    }
                }
            }
            m_values[key] = std::move(stored);
        }
    };
    walk(root, "");
}

Config Config::parse(std::string_view text, const std::string& name, const Schema& schema) {
    Config c(schema);
    c.m_path = name;
    c.m_loaded = true;
    c.read_text(text, name);
    return c;
}

Config Config::load(const ConfigSources& s, const Schema& schema) {
    Config c(schema);
    bool explicit_file = false;
    if (s.flag && !s.flag->empty()) {
        c.m_path = *s.flag;
        c.m_path_origin = "--config";
        explicit_file = true;
    } else if (s.env && !s.env->empty()) {
        c.m_path = *s.env;
        c.m_path_origin = "OFFICECTL_CONFIG";
        explicit_file = true;
    } else if (s.xdg_config_home && !s.xdg_config_home->empty()) {
        c.m_path = std::filesystem::path(*s.xdg_config_home) / "officectl" / "config.toml";
    } else if (s.home && !s.home->empty()) {
        c.m_path = std::filesystem::path(*s.home) / ".config" / "officectl" / "config.toml";
    } else {
        return c;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(c.m_path, ec)) {
        throw not_found(fmt::format("cannot read config \"{}\" (from {}): it is a folder", c.m_path.string(), c.m_path_origin));
    }
    std::ifstream in(c.m_path, std::ios::binary);
    if (!in) {
        if (explicit_file) {
            throw not_found(fmt::format("cannot read config \"{}\" (from {})", c.m_path.string(), c.m_path_origin));
        }
        return c; // no file at the default place: defaults
    }
    // Read no more than the limit: a config is small, and /dev/zero never ends.
    std::string text;
    char block[16 * 1024];
    while (text.size() <= core::limits::k_config_bytes && in.read(block, sizeof block).gcount() > 0) {
        text.append(block, static_cast<std::size_t>(in.gcount()));
    }
    if (text.size() > core::limits::k_config_bytes) {
        throw config_error(fmt::format("{}: larger than {} MiB (the limit for a config file)", c.m_path.string(),
                                       core::limits::k_config_bytes >> 20));
    }
    c.m_loaded = true;
    c.read_text(text, c.m_path.string());
    return c;
}

const Config::Stored* Config::find(const std::string& key) const {
    auto it = m_values.find(key);
    return it == m_values.end() ? nullptr : &it->second;
}

std::optional<std::string> Config::get_string(const std::string& key) const {
    if (const auto* s = find(key)) {
        return std::get<std::string>(s->value);
    }
    const auto* spec = spec_for(key);
    if (spec && spec->default_text.size() >= 2 && spec->default_text.front() == '"') {
        return spec->default_text.substr(1, spec->default_text.size() - 2);
    }
    return std::nullopt;
}

std::optional<std::int64_t> Config::get_integer(const std::string& key) const {
    if (const auto* s = find(key)) {
        return std::get<std::int64_t>(s->value);
    }
    const auto* spec = spec_for(key);
    if (spec && !spec->default_text.empty()) {
        return std::stoll(spec->default_text);
    }
    return std::nullopt;
}

std::optional<bool> Config::get_bool(const std::string& key) const {
    if (const auto* s = find(key)) {
        return std::get<bool>(s->value);
    }
    const auto* spec = spec_for(key);
    if (spec && !spec->default_text.empty()) {
        return spec->default_text == "true";
    }
    return std::nullopt;
}

std::vector<std::string> Config::get_strings(const std::string& key) const {
    if (const auto* s = find(key)) {
        return std::get<std::vector<std::string>>(s->value);
    }
    return {};
}

std::vector<core::ClosingDay> Config::get_days(const std::string& key) const {
    if (const auto* s = find(key)) {
        return std::get<std::vector<core::ClosingDay>>(s->value);
    }
    return {};
}

std::vector<TableEntry> Config::get_tables(const std::string& key) const {
    if (const auto* s = find(key)) {
        return std::get<std::vector<TableEntry>>(s->value);
    }
    return {};
}

std::string Config::where(int line) const { return fmt::format("{}:{}", m_path.string(), line); }

std::string Config::zone() const { return get_string("time.zone").value_or("Europe/Brussels"); }

core::Language Config::language() const {
    return core::parse_language(get_string("locale.language").value_or("nl")).value_or(core::Language::nl);
}

std::string Config::currency() const { return get_string("locale.currency").value_or("EUR"); }

core::DecimalMark Config::decimal_mark() const {
    auto word = get_string("locale.decimal");
    return word ? core::parse_decimal_mark(*word).value_or(core::DecimalMark::unknown) : core::DecimalMark::unknown;
}

core::WorkWeek Config::work_days() const { return core::WorkWeek::parse(get_string("work.days").value_or("mon-fri")); }

WorkHours Config::work_hours() const { return parse_work_hours(get_string("work.hours").value_or("09:00-17:00")); }

core::Calendar Config::calendar() const {
    return core::Calendar(work_days(), get_days("holidays.extra"), get_days("holidays.replacement"), language());
}

std::vector<std::pair<Entry, std::pair<std::string, std::string>>> Config::named_entries(std::string_view prefix) const {
    std::vector<std::pair<Entry, std::pair<std::string, std::string>>> out;
    for (auto& entry : entries()) {
        if (entry.origin == "unset" || entry.origin == "default" || entry.key.rfind(prefix, 0) != 0) {
            continue;
        }
        auto rest = entry.key.substr(prefix.size());
        auto dot = rest.rfind('.');
        auto name = dot == std::string::npos ? rest : rest.substr(0, dot);
        auto field = dot == std::string::npos ? std::string() : rest.substr(dot + 1);
        out.push_back({std::move(entry), {std::move(name), std::move(field)}});
    }
    return out;
}

std::vector<Entry> Config::entries() const {
    std::vector<Entry> out;
    auto origin_of = [&](const Stored& s) { return fmt::format("{}:{}", m_path.string(), s.line); };
    for (const auto& spec : m_schema) {
        if (spec.key.find('*') == std::string::npos) {
            if (const auto* s = find(spec.key)) {
                out.push_back({spec.key, value_text(s->value), origin_of(*s), spec.doc});
            } else {
                out.push_back({spec.key, spec.default_text, spec.default_text.empty() ? "unset" : "default", spec.doc});
            }
            continue;
        }
        for (const auto& [key, stored] : m_values) {
            if (key_matches(spec.key, key)) {
                out.push_back({key, value_text(stored.value), origin_of(stored), spec.doc});
            }
        }
    }
    return out;
}

} // namespace officectl::config
