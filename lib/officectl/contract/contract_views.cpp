#include "officectl/contract/contract_views.hpp"

#include "officectl/contract/contract_fields.hpp"
#include "officectl/contract/contract_rules.hpp"
#include "officectl/core/money_math.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace officectl::contract {

using render::Cell;
using render::ColumnType;

namespace {

// As listings show it: the import's column with a space, "auto 12m".
std::string renewal_text(const Contract& c) {
    auto text = renewal_field(c);
    if (auto colon = text.find(':'); colon != std::string::npos) {
        text[colon] = ' ';
    }
    return text;
}

Cell opt(const std::optional<std::string>& v) { return render::cell_or_empty(v); }

} // namespace

render::Table contracts_table(const std::vector<Contract>& contracts, const core::Calendar& calendar, core::Date today) {
    render::Table t;
    t.column("id", ColumnType::integer).column("title").column("vendor").column("category");
    t.column("term_ends", ColumnType::date).column("notice_by", ColumnType::date).column("renewal");
    t.column("amount", ColumnType::money).column("per").column("owner").column("status");
    for (const auto& c : contracts) {
        auto term = term_on(c, today);
        std::optional<core::Date> notice;
        if (term && !c.ended) {
            notice = notice_deadline(c, *term, calendar);
        }
        std::string status = c.ended          ? "ended " + core::format_date(*c.ended)
                             : !term          ? "expired"
                             : c.notice_given ? "notice given"
                             : missed_notice(c, calendar, today)
                                 ? "notice missed: renews " + core::format_date(core::add_days(term->to, 1))
                                 : "running";
        t.add_row({c.id, c.title, c.vendor, opt(c.category), term ? Cell{term->to} : Cell{first_end(c)},
                   render::cell_or_empty(notice), renewal_text(c), render::cell_or_empty(c.amount),
                   c.amount ? Cell{std::string(per_name(c.per))} : Cell{}, opt(c.owner), status});
    }
    return t;
}

render::Report contract_report(const Contract& c, const std::vector<Obligation>& obligations,
                               const std::vector<Incident>& incidents, const core::Calendar& calendar, core::Date today) {
    render::Report r;
    r.title = fmt::format("Contract {}: {}", c.id, c.title);
    render::Table f;
    f.vertical();
    f.column("id", ColumnType::integer).column("title").column("vendor").column("category");
    f.column("start", ColumnType::date).column("first_end", ColumnType::date).column("notice").column("renewal");
    f.column("amount", ColumnType::money).column("per").column("budget_line").column("owner");
    f.column("notice_given", ColumnType::date).column("ended", ColumnType::date).column("dossier").column("note");
    f.add_row({c.id, c.title, c.vendor, opt(c.category), c.start, first_end(c),
               c.notice ? Cell{core::format_period(*c.notice)} : Cell{}, renewal_text(c), render::cell_or_empty(c.amount),
               c.amount ? Cell{std::string(per_name(c.per))} : Cell{}, opt(c.budget_line), opt(c.owner),
               render::cell_or_empty(c.notice_given), render::cell_or_empty(c.ended),
               c.dossier.empty() ? Cell{} : Cell{c.dossier}, opt(c.note)});
    r.sections.push_back({"", {f}});
    // The terms so far and the next one, with their notice deadlines and incidents.
    render::Table terms;
    terms.column("term", ColumnType::integer).column("from", ColumnType::date).column("to", ColumnType::date);
    terms.column("notice_by", ColumnType::date).column("incidents", ColumnType::integer);
    auto t = term_on(c, c.start);
    for (int guard = 0; t && guard < 200; ++guard) {
        auto n = std::count_if(incidents.begin(), incidents.end(),
                               [&](const Incident& i) { return t->from <= i.date && i.date <= t->to; });
        terms.add_row({static_cast<std::int64_t>(t->number), t->from, t->to,
                       render::cell_or_empty(notice_deadline(c, *t, calendar)), static_cast<std::int64_t>(n)});
        if (t->from > today || c.renewal != Renewal::automatic || (c.ended && *c.ended <= t->to)) {
            break;
        }
        t = term_on(c, core::add_days(t->to, 1));
    }
    r.sections.push_back({"Terms", {terms}});
    if (!obligations.empty()) {
        render::Table o;
        o.column("id", ColumnType::integer).column("obligation").column("every").column("next", ColumnType::date);
        o.column("comes_up", ColumnType::date);
        for (const auto& x : obligations) {
            o.add_row({x.id, x.title, core::format_period(x.every), x.next, comes_up(x)});
        }
        r.sections.push_back({"Obligations", {o}});
    }
    if (!incidents.empty()) {
        r.sections.push_back({"Incidents", {incidents_table(incidents)}});
    }
    return r;
}

std::vector<Deadline> due(store::Database& db, const core::Calendar& calendar, core::Date today, core::Date until) {
    std::vector<Deadline> out;
    std::map<std::int64_t, Contract> by_id;
    for (auto& c : list_contracts(db, {})) {
        if (auto missed = missed_notice(c, calendar, today)) {
            out.push_back(*missed); // past, so first
        }
        auto d = contract_deadlines(c, calendar, today, until);
        out.insert(out.end(), d.begin(), d.end());
        by_id.emplace(c.id, std::move(c));
    }
    for (const auto& o : list_obligations(db)) {
        auto c = by_id.find(o.contract_id);
        if (c == by_id.end()) {
            continue; // an ended contract's obligations are over
        }
        if (comes_up(o) <= until) {
            out.push_back({o.next, "obligation", o.contract_id, c->second.title, c->second.vendor,
                           fmt::format("{} (#{}, every {})", o.title, o.id, core::format_period(o.every))});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Deadline& a, const Deadline& b) { return a.date < b.date; });
    return out;
}

render::Table due_table(const std::vector<Deadline>& deadlines, core::Date today, std::string title) {
    render::Table t(std::move(title));
    t.column("date", ColumnType::date).column("days_left", ColumnType::integer).column("what");
    t.column("contract", ColumnType::integer).column("title").column("vendor").column("detail");
    for (const auto& d : deadlines) {
        t.add_row({d.date, static_cast<std::int64_t>(core::days_between(today, d.date)), d.what, d.contract_id,
                   d.contract, d.vendor, d.detail});
    }
    return t;
}

render::Table contracts_csv_table(const std::vector<Contract>& contracts) {
    render::Table t;
    for (auto name : field_names) {
        t.column(std::string(name));
    }
    auto period = [](const std::optional<core::Period>& p) { return p ? Cell{core::format_period(*p)} : Cell{}; };
    for (const auto& c : contracts) {
        t.add_row({opt(c.reference), c.title, c.vendor, opt(c.category), core::format_date(c.start),
                   c.end ? Cell{core::format_date(*c.end)} : Cell{}, period(c.term), period(c.notice), renewal_field(c),
                   c.amount ? Cell{core::money_decimal(*c.amount) + " " + c.amount->currency} : Cell{},
                   c.amount ? Cell{std::string(per_name(c.per))} : Cell{}, opt(c.budget_line), opt(c.owner), opt(c.note)});
    }
    return t;
}

render::Table incidents_table(const std::vector<Incident>& incidents) {
    render::Table t;
    t.column("id", ColumnType::integer).column("contract", ColumnType::integer).column("incident");
    t.column("date", ColumnType::date).column("severity").column("closed", ColumnType::date);
    for (const auto& i : incidents) {
        t.add_row({i.id, i.contract_id, i.title, i.date, std::string(severities.name(i.severity)), render::cell_or_empty(i.closed)});
    }
    return t;
}

render::Table costs_table(store::Database& db, int year, const std::string& by, core::Date today) {
    ContractFilter all;
    all.include_ended = true;
    render::Table t;
    // Per group and currency: a contract in USD is never counted in a total in EUR.
    std::map<std::pair<std::string, std::string>, core::Money> sums;
    if (by.empty()) {
        t.column("id", ColumnType::integer).column("title").column("vendor").column("category");
        t.column("cost", ColumnType::money);
    } else {
        t.column(by).column("contracts", ColumnType::integer).column("cost", ColumnType::money);
    }
    std::map<std::pair<std::string, std::string>, std::int64_t> counts;
    for (const auto& c : list_contracts(db, all)) {
        auto cost = cost_in_year(c, year, today);
        if (cost.cents == 0) {
            continue;
        }
        if (by.empty()) {
            t.add_row({c.id, c.title, c.vendor, opt(c.category), cost});
            continue;
        }
        std::pair<std::string, std::string> key{by == "vendor" ? c.vendor : c.category.value_or("(none)"), cost.currency};
        auto it = sums.try_emplace(key, core::Money{0, cost.currency}).first;
        it->second = core::add(it->second, cost);
        ++counts[key];
    }
    for (const auto& [key, sum] : sums) {
        t.add_row({key.first, counts[key], sum});
    }
    return t;
}

render::Section contract_weekly_section(store::Database& db, const core::Calendar& calendar, core::Date today) {
    render::Section s{"Contracts", {}};
    auto deadlines = due(db, calendar, today, core::add_days(today, 60));
    if (deadlines.empty()) {
        s.paragraph("No notice deadline, term end or obligation in the next 60 days.");
    } else {
        auto missed = std::count_if(deadlines.begin(), deadlines.end(), [&](const Deadline& d) { return d.date < today; });
        auto urgent = std::count_if(deadlines.begin(), deadlines.end(), [&](const Deadline& d) {
            return d.date >= today && core::days_between(today, d.date) <= 14;
        });
        if (missed > 0) {
            s.paragraph(fmt::format("MISSED: {} notice deadline{} passed without notice; those contracts renew "
                                    "themselves (first in the table).",
                                    missed, missed == 1 ? "" : "s"));
        }
        s.table(due_table(deadlines, today, "Deadlines in the next 60 days"));
        if (urgent > 0) {
            s.paragraph(fmt::format("{} within 14 days.", urgent));
        }
    }
    auto open = list_incidents(db, std::nullopt, true);
    if (!open.empty()) {
        render::Table t("Open incidents");
        t.column("contract", ColumnType::integer).column("incident").column("since", ColumnType::date).column("severity");
        for (const auto& i : open) {
            t.add_row({i.contract_id, i.title, i.date, std::string(severities.name(i.severity))});
        }
        s.table(std::move(t));
    }
    return s;
}

render::Section contact_contract_section(store::Database& db, std::int64_t contact_id, const core::Calendar& calendar,
                                         core::Date today) {
    render::Section s{"Contracts", {}};
    ContractFilter f;
    f.vendor_id = contact_id;
    f.include_ended = true;
    auto list = list_contracts(db, f);
    if (list.empty()) {
        s.paragraph("No contracts with this relation.");
    } else {
        s.table(contracts_table(list, calendar, today));
    }
    return s;
}

} // namespace officectl::contract
