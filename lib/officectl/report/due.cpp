#include "officectl/report/due.hpp"

#include "officectl/absence/leave_store.hpp"
#include "officectl/agenda/meeting_store.hpp"
#include "officectl/contract/contract_store.hpp"
#include "officectl/contract/contract_views.hpp"
#include "officectl/dossier/dossier_kinds.hpp"
#include "officectl/dossier/dossier_retention.hpp"
#include "officectl/mail/item_store.hpp"
#include "officectl/mail/note_store.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/teamwork/development_views.hpp"
#include "officectl/teamwork/task_store.hpp"
#include "officectl/teamwork/teamwork_settings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace officectl::report {
namespace {

void mail_items(store::Database& db, core::Date today, core::Date until, std::vector<DueItem>& out) {
    for (const auto& item : mail::followups(db, std::nullopt, false, today)) {
        if (item.due && *item.due <= until) {
            // A confidential item is named by its number only.
            out.push_back({"mail", item.number, "follow-up", item.confidential ? "(confidential)" : item.subject,
                           item.assignee, *item.due});
        }
    }
    for (const auto& note : mail::list_notes(db, true)) {
        for (const auto& a : note.actions) {
            if (!a.done && a.due && *a.due <= until) {
                out.push_back({"mail", note.number, "note action", a.text, a.owner, *a.due});
            }
        }
    }
}

void contract_items(store::Database& db, const config::Config& config, core::Date today, core::Date until,
                    std::vector<DueItem>& out) {
    std::map<std::int64_t, contract::Contract> by_id;
    for (auto& c : contract::list_contracts(db, {})) {
        by_id.emplace(c.id, std::move(c));
    }
    for (const auto& d : contract::due(db, config.calendar(), today, until)) {
        const auto& c = by_id.at(d.contract_id);
        out.push_back({"contract", c.reference.value_or(fmt::format("contract {}", c.id)), d.what,
                       fmt::format("{} ({}): {}", d.contract, d.vendor, d.detail), c.owner, d.date});
    }
}

void dossier_items(store::Database& db, const config::Config& config, core::Date until, std::vector<DueItem>& out) {
    for (const auto& r : dossier::retention_due(db, dossier::load_kinds(config), until)) {
        if (!r.dossier.hold) {
            out.push_back({"dossier", r.dossier.reference, "retention",
                           fmt::format("{} ({})", r.dossier.title, r.kind.action), r.dossier.owner, r.due});
        }
    }
}

void team_items(store::Database& db, const config::Config& config, core::Date today, core::Date until,
                std::vector<DueItem>& out) {
    for (const auto& r : teamwork::reviews_due(db, teamwork::load_team_settings(config), today, until)) {
        out.push_back({"team", r.who, "interview", fmt::format("{} interview of {}", r.kind, r.who), r.who, r.due});
    }
    teamwork::TaskFilter open;
    open.open = true;
    for (const auto& t : teamwork::list_tasks(db, open, today)) {
        if (!t.due || *t.due > until) {
            continue;
        }
        // Tasks made by another domain (an event's plan, an improvement action) carry its name.
        out.push_back({teamwork::origin_domain(t), fmt::format("task {}", t.id), "task", t.title, t.assignee, *t.due});
    }
}

void absence_items(store::Database& db, core::Date today, core::Date until, std::vector<DueItem>& out) {
    absence::LeaveFilter requested;
    requested.status = absence::LeaveStatus::requested;
    requested.to = until;
    std::map<std::string, std::optional<std::string>> managers;
    team::MemberFilter everyone;
    everyone.all = true;
    for (const auto& m : team::list_members(db, everyone, today)) {
        managers[m.handle] = m.manager;
    }
    for (const auto& l : absence::list_leaves(db, requested)) {
        if (l.from > until) {
            continue;
        }
        // Decided by the requester's manager, before the leave starts.
        out.push_back({"absence", fmt::format("leave {}", l.id), "leave request",
                       fmt::format("{} {} {}..{}", l.who, l.type, core::format_date(l.from), core::format_date(l.to)),
                       managers[l.who], l.from});
    }
}

void agenda_items(store::Database& db, core::Date until, std::vector<DueItem>& out) {
    agenda::MinuteFilter open;
    open.open_only = true;
    for (const auto& m : agenda::list_minutes(db, open)) {
        if (m.due && *m.due <= until) {
            out.push_back({"agenda", fmt::format("minute {}", m.id),
                           m.kind == agenda::MinuteKind::decision ? "decision" : "meeting action", m.text, m.owner,
                           *m.due});
        }
    }
}

} // namespace

std::vector<DueItem> due_items(store::Database& db, const config::Config& config, core::Date today, core::Date until,
                               const std::optional<std::string>& who) {
    std::vector<DueItem> out;
    mail_items(db, today, until, out);
    contract_items(db, config, today, until, out);
    dossier_items(db, config, until, out);
    team_items(db, config, today, until, out);
    absence_items(db, today, until, out);
    agenda_items(db, until, out);
    if (who) {
        std::erase_if(out, [&](const DueItem& i) { return i.who != who; });
    }
    std::stable_sort(out.begin(), out.end(), [](const DueItem& a, const DueItem& b) {
        return std::tie(a.due, a.domain, a.reference) < std::tie(b.due, b.domain, b.reference);
    });
    return out;
}

render::Table due_table(const std::vector<DueItem>& items, core::Date today) {
    render::Table t;
    t.column("due", render::ColumnType::date).column("days_left", render::ColumnType::integer).column("domain")
        .column("reference").column("what").column("title").column("who");
    for (const auto& i : items) {
        t.add_row({i.due, static_cast<std::int64_t>(core::days_between(today, i.due)), i.domain, i.reference, i.what,
                   i.title, render::cell_or_empty(i.who)});
        if (i.due < today) {
            t.mark(t.rows().size() - 1, "due", render::Mark::late);
            t.mark(t.rows().size() - 1, "days_left", render::Mark::late);
        }
    }
    return t;
}

} // namespace officectl::report
