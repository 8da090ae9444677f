#include "officectl/improve/kpi.hpp"

#include "officectl/core/error.hpp"
#include "officectl/improve/improve_rules.hpp"
#include "officectl/improve/kpi_builtin.hpp"
#include "officectl/store/readonly_query.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace officectl::improve {
namespace {

const std::string k_prefix = "improve.kpi.";

bool valid_name(const std::string& name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

} // namespace

void add_improve_schema(config::Schema& schema) {
    schema.push_back({"improve.kpi.*.query", config::ValueKind::string, "",
                      "an indicator of your own: one SELECT returning one number; :from and :to are the period's "
                      "first and last day (ISO). Read-only: anything else is refused"});
    schema.push_back({"improve.kpi.*.target", config::ValueKind::string, "",
                      "an indicator's target: \"< 5\", \"<= 5\", \">= 0.9\", \"= 0\" (also overrides a built-in one)"});
    schema.push_back({"improve.kpi.*.unit", config::ValueKind::string, "", "what the number counts: days, items, %"});
    schema.push_back({"improve.kpi.*.better", config::ValueKind::string, "",
                      "which way is better for the trend: lower (default) or higher"});
    schema.push_back({"improve.kpi.*.title", config::ValueKind::string, "", "the indicator's name in reports"});
    schema.push_back({"improve.kpi.*.definition", config::ValueKind::string, "",
                      "what the indicator counts, for `improve kpi show`"});
}

std::vector<Indicator> load_indicators(const config::Config& config) {
    auto out = builtin_indicators();
    std::map<std::string, Indicator> configured;
    for (const auto& [entry, path] : config.named_entries(k_prefix)) {
        const auto& [name, field] = path;
        auto where = fmt::format("{}: {}", entry.origin, entry.key);
        if (!valid_name(name)) {
            throw config_error(fmt::format("{}: an indicator's name is lower case letters, digits and _", where));
        }
        auto it = std::find_if(out.begin(), out.end(), [&](const Indicator& i) { return i.name == name; });
        Indicator* ind = it != out.end() ? &*it : &configured[name];
        if (it == out.end() && ind->name.empty()) {
            ind->name = name;
            ind->title = name;
            ind->origin = entry.origin;
        }
        auto value = config.get_string(entry.key).value_or("");
        if (field == "query") {
            if (it != out.end()) {
                throw config_error(fmt::format("{}: {} is built in; give your query another name", where, name));
            }
            ind->query = value;
        } else if (field == "target") {
            try {
                ind->target = parse_target(value);
            } catch (const Error& e) {
                throw config_error(fmt::format("{}: {}", where, e.what()));
            }
        } else if (field == "unit") {
            ind->unit = value;
        } else if (field == "better") {
            if (value != "lower" && value != "higher") {
                throw config_error(fmt::format("{}: write \"lower\" or \"higher\", not \"{}\"", where, value));
            }
            ind->better = value == "higher" ? Better::higher : Better::lower;
        } else if (field == "title") {
            ind->title = value;
        } else if (field == "definition") {
            ind->definition = value;
        }
    }
    for (auto& [name, ind] : configured) {
        if (!ind.query) {
            throw config_error(fmt::format("{}: improve.kpi.{} has no query (and is not a built-in indicator)",
                                           ind.origin, name));
        }
        if (ind.definition.empty()) {
            ind.definition = "Configured: " + *ind.query;
        }
        out.push_back(std::move(ind));
    }
    return out;
}

const Indicator& find_indicator(const std::vector<Indicator>& indicators, std::string_view name) {
    for (const auto& i : indicators) {
        if (i.name == name) {
            return i;
        }
    }
    std::string names;
    for (const auto& i : indicators) {
        names += (names.empty() ? "" : ", ") + i.name;
    }
    throw not_found(fmt::format("no indicator \"{}\" (known: {})", name, names));
}

std::vector<Series> measure(store::Database& db, const config::Config& config, const std::vector<Indicator>& indicators,
                            const std::vector<core::DateRange>& periods, core::Date today) {
    std::vector<Series> out;
    for (const auto& ind : indicators) {
        Series s{ind, {}};
        std::vector<std::optional<double>> values;
        if (!ind.query) {
            values = measure_builtin(db, config, ind.name, periods, today);
        } else {
            try {
                bool per_period = store::uses_parameter(db, *ind.query, ":from") || store::uses_parameter(db, *ind.query, ":to");
                for (size_t i = 0; i < periods.size(); ++i) {
                    const auto& p = periods[i];
                    bool current = p.from <= today && (i + 1 == periods.size() || periods[i + 1].from > today);
                    if (p.from > today || (!per_period && !current)) {
                        values.emplace_back();
                        continue;
                    }
                    values.push_back(store::readonly_number(db, *ind.query,
                                                            {{":from", core::format_date(p.from)},
                                                             {":to", core::format_date(std::min(p.to, today))},
                                                             {":today", core::format_date(today)}}));
                }
            } catch (const Error& e) {
                throw config_error(fmt::format("{}: improve.kpi.{}.query: {}", ind.origin, ind.name, e.what()));
            }
        }
        for (size_t i = 0; i < periods.size(); ++i) {
            auto v = i < values.size() ? values[i] : std::nullopt;
            if (v) {
                *v = std::round(*v * 100.0) / 100.0; // two decimals: what the tables show and targets compare
            }
            s.measures.push_back({periods[i], period_label(periods[i]), v});
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<double> latest(const Series& s) {
    for (auto it = s.measures.rbegin(); it != s.measures.rend(); ++it) {
        if (it->value) {
            return it->value;
        }
    }
    return std::nullopt;
}

std::optional<double> value_now(store::Database& db, const config::Config& config, const Indicator& indicator,
                                core::Date today) {
    return latest(measure(db, config, {indicator}, {core::month_of(today)}, today).front());
}

bool off_target(const Series& s) {
    auto v = latest(s);
    return v && s.indicator.target && !meets(*s.indicator.target, *v);
}

} // namespace officectl::improve
