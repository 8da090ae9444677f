#include "officectl/event/event_plan.hpp"

#include "officectl/budget/budget_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/event/event_rules.hpp"
#include "officectl/mail/draft.hpp"
#include "officectl/teamwork/task_store.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace officectl::event {

std::int64_t add_event_task(store::Txn& txn, const Event& e, const std::string& title, const std::string& owner,
                            core::Date due, std::optional<int> offset_days, StepKind kind, core::Date today) {
    teamwork::Task t;
    t.title = kind == StepKind::formality ? "Formaliteit: " + title : title;
    t.assignee = owner;
    t.due = due;
    t.origin = fmt::format("event:{}", e.id);
    t.created = today;
    auto id = teamwork::add_task(txn, t);
    link_task(txn, e.id, {id, kind, offset_days});
    return id;
}

int apply_kind(store::Txn& txn, const Event& e, const Kind& kind, const core::Calendar& calendar, core::Date today) {
    if (!e.owner) {
        throw usage_error(fmt::format("a {} comes with a plan: whose tasks are they? --owner HANDLE", kind.name));
    }
    int n = 0;
    for (auto [steps, k] : {std::pair{&kind.tasks, StepKind::task}, std::pair{&kind.formalities, StepKind::formality}}) {
        for (const auto& step : *steps) {
            add_event_task(txn, e, step.title, *e.owner, plan_due(e.date, step.offset_days, calendar), step.offset_days,
                           k, today);
            ++n;
        }
    }
    return n;
}

std::vector<PlanRow> plan_of(store::Database& db, std::int64_t event_id) {
    std::vector<PlanRow> out;
    for (const auto& link : event_tasks(db, event_id)) {
        out.push_back({link, teamwork::get_task(db, link.task_id)});
    }
    std::stable_sort(out.begin(), out.end(), [](const PlanRow& a, const PlanRow& b) { return a.task.due < b.task.due; });
    return out;
}

int replan_event(store::Txn& txn, const Event& was, const Event& e, const core::Calendar& calendar) {
    int changed = 0;
    for (auto& row : plan_of(txn.db(), e.id)) {
        if (!row.task.is_open()) {
            continue;
        }
        auto t = row.task;
        if (e.date != was.date && row.link.offset_days) {
            t.due = plan_due(e.date, *row.link.offset_days, calendar);
        }
        if (e.owner && e.owner != was.owner && t.assignee == was.owner.value_or("")) {
            t.assignee = *e.owner;
        }
        if (t.due != row.task.due || t.assignee != row.task.assignee) {
            teamwork::update_task(txn, t);
            ++changed;
        }
    }
    return changed;
}

void check_line_change(store::Database& db, const Event& was, const Event& e) {
    if (was.line_id == e.line_id) {
        return;
    }
    for (const auto& s : list_suppliers(db, e.id)) {
        if (s.commitment_id) {
            throw data_error(fmt::format("--line: the {} of event {} has a commitment on its budget line already; "
                                         "set that supplier back (`event supplier set`) before the event changes line",
                                         s.role, e.id));
        }
    }
}

EventContents contents_of(store::Database& db, const Event& e) {
    EventContents c;
    for (const auto& row : plan_of(db, e.id)) {
        ++c.tasks;
        c.done_tasks += row.task.is_open() ? 0 : 1;
    }
    for (const auto& s : list_suppliers(db, e.id)) {
        ++c.suppliers;
        if (s.commitment_id &&
            budget::get_commitment(db, *s.commitment_id).status == budget::CommitmentStatus::invoiced) {
            ++c.invoiced;
        }
    }
    c.guests = static_cast<int>(list_guests(db, e.id).size());
    return c;
}

void remove_planned_event(store::Txn& txn, const Event& e) {
    for (const auto& s : list_suppliers(txn.db(), e.id)) {
        if (s.commitment_id &&
            budget::get_commitment(txn.db(), *s.commitment_id).status == budget::CommitmentStatus::open) {
            budget::set_commitment_status(txn, *s.commitment_id, budget::CommitmentStatus::cancelled);
        }
    }
    for (const auto& row : plan_of(txn.db(), e.id)) {
        teamwork::remove_task(txn, row.task);
    }
    remove_event(txn, e);
}

void save_supplier(store::Txn& txn, const Event& e, Supplier& s, core::Date today) {
    if (s.quote && s.actual && s.quote->currency != s.actual->currency) {
        throw data_error(fmt::format("the quote is in {} and the invoiced amount in {}: give both in one currency",
                                     s.quote->currency, s.actual->currency));
    }
    bool commit = e.line_id && s.quote && s.status == SupplierStatus::contracted;
    if (s.commitment_id) {
        auto c = budget::get_commitment(txn.db(), *s.commitment_id);
        bool same = commit && c.amount == *s.quote && c.line_id == *e.line_id;
        if (!same && c.status == budget::CommitmentStatus::open) {
            budget::set_commitment_status(txn, c.id, budget::CommitmentStatus::cancelled);
        }
        if (!same) {
            s.commitment_id.reset();
        }
    }
    if (commit && !s.commitment_id) {
        budget::Commitment c;
        c.line_id = *e.line_id;
        c.title = fmt::format("{}: {}", e.title, s.role);
        c.amount = *s.quote;
        c.vendor_id = s.vendor_id;
        c.date = today;
        s.commitment_id = budget::add_commitment(txn, c);
    }
    if (s.id == 0) {
        s.id = add_supplier(txn, s);
    } else {
        update_supplier(txn, s);
    }
}

io::ImportCounts import_guests(store::Txn& txn, io::CsvReader& csv, std::int64_t event_id) {
    auto name = csv.column("name");
    auto email = csv.column("email");
    auto org = csv.column("organisation");
    auto lang = csv.column("language");
    if (!lang) {
        lang = csv.column("lang");
    }
    if (!name || !email) {
        throw data_error(fmt::format("{}:1: the columns name and email are required (also: organisation, language)",
                                     csv.name()));
    }
    io::ImportCounts counts;
    io::CsvRow row;
    while (csv.next(row)) {
        try {
            Guest g;
            g.event_id = event_id;
            g.name = std::string(core::trim(row.fields[*name]));
            g.email = std::string(core::trim(row.fields[*email]));
            if (g.name.empty()) {
                throw data_error("a guest needs a name");
            }
            if (g.email.find('@') == std::string::npos || g.email.find(' ') != std::string::npos) {
                throw data_error(fmt::format("\"{}\" is no e-mail address", g.email));
            }
            if (org && !core::trim(row.fields[*org]).empty()) {
                g.organisation = std::string(core::trim(row.fields[*org]));
            }
            if (lang && !core::trim(row.fields[*lang]).empty()) {
                auto l = core::parse_language(core::to_lower(core::trim(row.fields[*lang])));
                if (!l) {
                    throw data_error(fmt::format("language \"{}\": expected nl, fr or en", row.fields[*lang]));
                }
                g.lang = *l;
            }
            auto before = find_guest(txn.db(), event_id, g.email);
            if (upsert_guest(txn, g)) {
                ++counts.added;
            } else if (before && before->name == g.name && before->organisation == g.organisation && before->lang == g.lang) {
                ++counts.unchanged;
            } else {
                ++counts.updated;
            }
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("{}:{}: {}", csv.name(), row.line, e.what()));
        }
    }
    return counts;
}

std::map<std::string, std::string> invitation_vars(const Event& e, const Guest& g, core::Date today, core::Date rsvp_by) {
    auto vars = mail::default_vars(g.lang);
    vars["to"] = g.organisation ? g.name + "\n" + *g.organisation : g.name;
    vars["subject"] = e.title;
    vars["when"] = mail::long_date(e.date, g.lang);
    vars["where"] = e.place.value_or("-");
    vars["rsvp"] = mail::long_date(rsvp_by, g.lang);
    vars["date"] = mail::long_date(today, g.lang);
    return vars;
}

} // namespace officectl::event
