#include "officectl/absence/absence_settings.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace officectl::absence {

std::vector<LeaveType> builtin_types() {
    return {{"vacation", 'V', "half", true},  {"sick", 'S', "day", false},     {"training", 'T', "half", false},
            {"unpaid", 'U', "day", false},    {"parental", 'P', "half", false}, {"time-credit", 'C', "half", false},
            {"other", 'O', "half", false}};
}

const LeaveType& Settings::type(const std::string& name) const {
    for (const auto& t : types) {
        if (t.name == core::to_lower(name)) {
            return t;
        }
    }
    std::vector<std::string> names;
    for (const auto& t : types) {
        names.push_back(t.name);
    }
    throw data_error(fmt::format("--type: unknown leave type \"{}\" (expected {})", name, core::join(names, ", ")));
}

Settings load_settings(const config::Config& config) {
    Settings s;
    for (const auto& t : config.get_tables("absence.type")) {
        auto where = config.where(t.line);
        auto get = [&](const char* key) {
            auto it = t.values.find(key);
            return it == t.values.end() ? std::string() : it->second;
        };
        LeaveType type;
        type.name = core::to_lower(get("name"));
        if (type.name.empty()) {
            throw config_error(fmt::format("{}: absence.type: a type needs a name", where));
        }
        auto letter = get("letter");
        type.letter = letter.empty() ? static_cast<char>(std::toupper(static_cast<unsigned char>(type.name[0])))
                                     : letter[0];
        if (letter.size() > 1) {
            throw config_error(fmt::format("{}: absence.type {}: letter is one character", where, type.name));
        }
        type.unit = get("unit").empty() ? "half" : get("unit");
        if (type.unit != "day" && type.unit != "half" && type.unit != "hours") {
            throw config_error(fmt::format("{}: absence.type {}: unit is day, half or hours", where, type.name));
        }
        auto counts = get("counts");
        if (!counts.empty() && counts != "true" && counts != "false") {
            throw config_error(fmt::format("{}: absence.type {}: counts is true or false", where, type.name));
        }
        type.counts = counts == "true";
        if (std::any_of(s.types.begin(), s.types.end(), [&](const LeaveType& x) { return x.name == type.name; })) {
            throw config_error(fmt::format("{}: absence.type {} is defined twice", where, type.name));
        }
        s.types.push_back(std::move(type));
    }
    if (s.types.empty()) {
        s.types = builtin_types();
    }
    s.entitlement_days = static_cast<int>(config.get_integer("absence.entitlement").value_or(20));
    s.carry_over_max = static_cast<int>(config.get_integer("absence.carry_over").value_or(5));
    s.pro_rata_months = config.get_bool("absence.pro_rata").value_or(true);
    s.low_balance = static_cast<double>(config.get_integer("absence.low_balance").value_or(2));
    for (const auto& t : config.get_tables("absence.staffing")) {
        StaffingRule r;
        r.where = config.where(t.line);
        auto role = t.values.find("role");
        auto min = t.values.find("min");
        if (role == t.values.end() || role->second.empty() || min == t.values.end()) {
            throw config_error(fmt::format("{}: absence.staffing: give a role and a min", r.where));
        }
        r.role = role->second;
        try {
            r.min = std::stoi(min->second);
        } catch (const std::exception&) {
            r.min = -1;
        }
        if (r.min < 1) {
            throw config_error(fmt::format("{}: absence.staffing {}: min is a number of at least 1", r.where, r.role));
        }
        s.staffing.push_back(std::move(r));
    }
    return s;
}

void add_schema(config::Schema& schema) {
    auto non_negative = [](const std::string& v) -> std::optional<std::string> {
        if (!v.empty() && v[0] == '-') {
            return "expected 0 or more";
        }
        return std::nullopt;
    };
    schema.push_back({"absence.type", config::ValueKind::table_list, "",
                      "leave types [[absence.type]]: name, letter, unit (day, half, hours), counts "
                      "(against the balance); default: vacation, sick, training, unpaid, parental, "
                      "time-credit, other",
                      nullptr,
                      {"name", "letter", "unit", "counts"}});
    schema.push_back({"absence.entitlement", config::ValueKind::integer, "20",
                      "vacation days a year for a full-time person (part-time: pro rata of their working days)",
                      non_negative});
    schema.push_back({"absence.pro_rata", config::ValueKind::boolean, "true",
                      "in a year someone joins or leaves, the entitlement per month employed (a month counts when "
                      "employed on its 15th), to the nearest half day; false: the whole year's",
                      nullptr});
    schema.push_back({"absence.carry_over", config::ValueKind::integer, "5",
                      "at most this many days left at the end of a year carry over to the next", non_negative});
    schema.push_back({"absence.low_balance", config::ValueKind::integer, "2",
                      "the weekly report names people with this many days left or fewer", non_negative});
    schema.push_back({"absence.staffing", config::ValueKind::table_list, "",
                      "staffing rules [[absence.staffing]]: role, min (people of that role present every working "
                      "day); a leave that breaks one is refused without --force",
                      nullptr,
                      {"role", "min"}});
}

} // namespace officectl::absence
