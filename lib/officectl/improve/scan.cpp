#include "officectl/improve/scan.hpp"

#include "officectl/budget/budget_store.hpp"
#include "officectl/config/schema.hpp"
#include "officectl/contract/contract_rules.hpp"
#include "officectl/contract/contract_store.hpp"
#include "officectl/improve/improve_rules.hpp"
#include "officectl/improve/kpi.hpp"
#include "officectl/mail/item_store.hpp"
#include "officectl/teamwork/task_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace officectl::improve {
namespace {

Finding finding(std::string title, std::optional<std::string> process, Impact impact, std::string evidence,
                std::optional<std::string> kpi, core::Date today) {
    Finding f;
    f.title = std::move(title);
    f.process = std::move(process);
    f.impact = impact;
    f.evidence = std::move(evidence);
    f.kpi = std::move(kpi);
    f.found = today;
    return f;
}

std::optional<std::string> process_of(std::string_view kpi) {
    if (kpi.starts_with("mail") || kpi.starts_with("followups")) return "correspondence";
    if (kpi.starts_with("notice")) return "contracts";
    if (kpi.starts_with("dossier") || kpi.starts_with("retention")) return "records";
    if (kpi.starts_with("absence") || kpi.starts_with("sick")) return "absence";
    if (kpi.starts_with("budget")) return "purchasing";
    if (kpi.starts_with("event")) return "events";
    if (kpi.starts_with("decisions")) return "meetings";
    if (kpi.starts_with("tasks")) return "follow-up";
    return std::nullopt;
}

void off_target_findings(const std::vector<Series>& series, core::Date today, std::vector<Finding>& out) {
    for (const auto& s : series) {
        if (!off_target(s) || s.indicator.name == "budget_over_plan") { // the lines themselves are findings below
            continue;
        }
        std::string values;
        for (const auto& m : s.measures) {
            if (m.value) {
                values += fmt::format("{}{} {}", values.empty() ? "" : ", ", m.label, format_number(*m.value));
            }
        }
        auto trend = trend_word(s.measures, s.indicator.better);
        out.push_back(finding(fmt::format("{} off target", s.indicator.title), process_of(s.indicator.name),
                              s.indicator.name == "notice_missed" ? Impact::high : Impact::medium,
                              fmt::format("{} is {} {} against a target of {} ({}{})", s.indicator.name,
                                          format_number(*latest(s)), s.indicator.unit,
                                          format_target(*s.indicator.target), values,
                                          trend.empty() ? "" : "; trend " + trend),
                              s.indicator.name, today));
    }
}

void incident_findings(store::Database& db, const Settings& settings, core::Date today, std::vector<Finding>& out) {
    auto incidents = contract::list_incidents(db, std::nullopt, false);
    if (incidents.empty()) {
        return;
    }
    std::map<std::int64_t, contract::Contract> contracts;
    for (auto& c : contract::list_contracts(db, {})) {
        contracts.emplace(c.id, std::move(c));
    }
    // Per contract and term: the incidents that fell in it.
    std::map<std::pair<std::int64_t, int>, std::vector<const contract::Incident*>> per_term;
    for (const auto& i : incidents) {
        auto c = contracts.find(i.contract_id);
        if (c == contracts.end()) {
            continue;
        }
        auto term = contract::term_on(c->second, i.date);
        per_term[{i.contract_id, term ? term->number : 0}].push_back(&i);
    }
    for (const auto& [key, list] : per_term) {
        if (static_cast<int>(list.size()) < settings.incidents_per_term) {
            continue;
        }
        const auto& c = contracts.at(key.first);
        std::string evidence = fmt::format("{} incidents with {} on \"{}\"{}:", list.size(), c.vendor, c.title,
                                           key.second ? fmt::format(" in term {}", key.second) : "");
        for (const auto* i : list) {
            evidence += fmt::format(" {} {} ({});", core::format_date(i->date), i->title, contract::severities.name(i->severity));
        }
        evidence.pop_back();
        out.push_back(finding(fmt::format("{}: {} incidents in one contract term", c.vendor, list.size()), "contracts",
                              static_cast<int>(list.size()) >= 2 * settings.incidents_per_term ? Impact::high
                                                                                               : Impact::medium,
                              evidence, std::nullopt, today));
    }
}

// Each line of this year's budgets whose spending and open commitments exceed its plan.
void budget_findings(store::Database& db, core::Date today, std::vector<Finding>& out) {
    core::Date first{today.year(), date::January, date::day{1}};
    for (const auto& b : budget::list_budgets(db)) {
        if (b.year != static_cast<int>(today.year())) {
            continue;
        }
        auto sums = budget::line_sums(db, b.id, first, today);
        for (const auto& line : budget::list_lines(db, b.id)) {
            auto it = sums.find(line.id);
            if (it == sums.end() || it->second.spent + it->second.committed <= line.planned()) {
                continue;
            }
            auto money = [&](std::int64_t cents) { return core::money_decimal({cents, line.currency}); };
            auto used = it->second.spent + it->second.committed;
            out.push_back(finding(fmt::format("{}: line {} over plan", b.name, line.name), "purchasing",
                                  used > line.planned() * 11 / 10 ? Impact::high : Impact::medium,
                                  fmt::format("spent {} and committed {} {} by {}, against a plan of {} for the year",
                                              money(it->second.spent), money(it->second.committed), line.currency,
                                              core::format_date(today), money(line.planned())),
                                  "budget_over_plan", today));
        }
    }
}

// When one person holds more than the configured share of the overdue items.
void concentration_finding(const std::map<std::string, int>& per_person, std::string_view what,
                           std::string process, const Settings& settings, core::Date today, std::vector<Finding>& out) {
    int total = 0;
    for (const auto& [who, n] : per_person) {
        total += n;
    }
    if (total < settings.concentration_min) {
        return;
    }
    auto top = std::max_element(per_person.begin(), per_person.end(),
                                [](const auto& a, const auto& b) { return a.second < b.second; });
    if (top->second <= settings.concentration * total) {
        return;
    }
    std::string evidence = fmt::format("{} holds {} of the {} overdue {} ({}%):", top->first, top->second, total, what,
                                       top->second * 100 / total);
    for (const auto& [who, n] : per_person) {
        evidence += fmt::format(" {} {},", who, n);
    }
    evidence.pop_back();
    out.push_back(finding(fmt::format("One person holds most overdue {}", what), std::move(process), Impact::medium,
                          evidence, std::nullopt, today));
}

} // namespace

void add_scan_schema(config::Schema& schema) {
    schema.push_back({"improve.scan.incidents", config::ValueKind::integer, "3",
                      "`improve scan`: this many incidents in one contract term is a finding"});
    schema.push_back({"improve.scan.concentration", config::ValueKind::integer, "50",
                      "`improve scan`: one person holding more than this percentage of the overdue follow-ups or "
                      "tasks (at least 3) is a finding"});
}

Settings load_scan_settings(const config::Config& config) {
    Settings s;
    s.incidents_per_term = static_cast<int>(config.get_integer("improve.scan.incidents").value_or(3));
    s.concentration = static_cast<double>(config.get_integer("improve.scan.concentration").value_or(50)) / 100.0;
    return s;
}

std::vector<Finding> scan(store::Database& db, const std::vector<Series>& series,
                          const Settings& settings, core::Date today) {
    std::vector<Finding> out;
    off_target_findings(series, today, out);
    incident_findings(db, settings, today, out);
    budget_findings(db, today, out);
    std::map<std::string, int> followups;
    for (const auto& item : mail::followups(db, std::nullopt, true, today)) {
        ++followups[item.assignee.value_or("(unassigned)")];
    }
    concentration_finding(followups, "follow-ups", "correspondence", settings, today, out);
    teamwork::TaskFilter overdue;
    overdue.overdue = true;
    std::map<std::string, int> tasks;
    for (const auto& t : teamwork::list_tasks(db, overdue, today)) {
        ++tasks[t.assignee];
    }
    concentration_finding(tasks, "tasks", "follow-up", settings, today, out);
    return out;
}

} // namespace officectl::improve
