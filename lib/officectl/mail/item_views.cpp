#include "officectl/mail/item_views.hpp"

#include "officectl/core/strings.hpp"
#include "officectl/mail/item_rules.hpp"
#include "officectl/mail/mail_rules.hpp"

#include <fmt/format.h>

#include <map>

namespace officectl::mail {

using render::Cell;
using render::ColumnType;

namespace {

Cell text(const std::optional<std::string>& v) { return render::cell_or_empty(v); }

// The other party: who it came from, or who it went to.
std::string correspondent(const Item& it) {
    return (it.direction == Direction::in ? it.from_text : it.to_text).value_or("");
}

Cell tags(const Item& it) { return render::List{it.tags}; }

std::string shown_subject(const Item& it) { return it.subject; }

} // namespace

render::Table items_table(const std::vector<Item>& items, core::Date today) {
    render::Table t;
    t.column("number").column("date", ColumnType::date).column("channel").column("correspondent").column("subject");
    t.column("assignee").column("due", ColumnType::date).column("status").column("tags", ColumnType::list);
    for (const auto& it : items) {
        std::string status(status_name(it.status));
        if (is_overdue(it, today)) {
            status = "overdue";
        }
        t.add_row({it.number, it.date, std::string(channel_name(it.channel)), correspondent(it), shown_subject(it),
                   text(it.assignee), render::cell_or_empty(it.due), status, tags(it)});
    }
    return t;
}

render::Report item_report(const Item& it, const std::vector<Item>& thread, core::Date today) {
    render::Report r;
    r.title = fmt::format("{} {}", it.number, it.subject);
    render::Table f;
    f.vertical();
    f.column("number").column("direction").column("channel").column("date", ColumnType::date).column("from").column("to");
    f.column("subject").column("their_ref").column("our_ref").column("tags", ColumnType::list).column("assignee");
    f.column("due", ColumnType::date).column("status").column("done_on", ColumnType::date).column("confidential", ColumnType::boolean);
    f.column("answers").column("message_id").column("source").column("note");
    std::string status(status_name(it.status));
    if (is_overdue(it, today)) {
        status += " (overdue)";
    }
    f.add_row({it.number, std::string(direction_name(it.direction)), std::string(channel_name(it.channel)), it.date,
               text(it.from_text), text(it.to_text), it.subject, text(it.their_ref), text(it.our_ref), tags(it),
               text(it.assignee), render::cell_or_empty(it.due), status, render::cell_or_empty(it.done_on),
               it.confidential ? Cell{true} : Cell{}, text(it.reply_to_number), text(it.message_id), text(it.source),
               render::secret_if(it.confidential, it.note)});
    r.sections.push_back(render::Section{"Item", {}}.table(std::move(f)));
    render::Section body{"Body", {}};
    body.secret_paragraph(it.body && !it.body->empty() ? *it.body : "(no text)", it.confidential);
    r.sections.push_back(std::move(body));
    if (!it.attachments.empty()) {
        render::Table a;
        a.column("name").column("type").column("size", ColumnType::integer).column("sha256").column("kept_at");
        for (const auto& att : it.attachments) {
            a.add_row({render::secret_if(it.confidential, att.name), att.type, att.size, att.sha256,
                       render::secret_if(it.confidential, att.path)});
        }
        r.sections.push_back(render::Section{"Attachments", {}}.table(std::move(a)));
    }
    if (thread.size() > 1) {
        render::Table t;
        t.column("number").column("date", ColumnType::date).column("direction").column("correspondent").column("subject");
        for (const auto& m : thread) {
            t.add_row({m.id == it.id ? m.number + " *" : m.number, m.date, std::string(direction_name(m.direction)),
                       correspondent(m), m.subject});
        }
        r.sections.push_back(render::Section{"Thread", {}}.table(std::move(t)));
    }
    return r;
}

render::Table followup_table(const std::vector<Item>& items, core::Date today) {
    render::Table t;
    t.column("number").column("date", ColumnType::date).column("age", ColumnType::integer).column("correspondent");
    t.column("subject").column("assignee").column("due", ColumnType::date).column("days_left", ColumnType::integer);
    t.column("status");
    for (const auto& it : items) {
        t.add_row({it.number, it.date, static_cast<std::int64_t>(core::days_between(it.date, today)), correspondent(it),
                   it.subject, text(it.assignee), render::cell_or_empty(it.due),
                   it.due ? Cell{static_cast<std::int64_t>(core::days_between(today, *it.due))} : Cell{},
                   std::string(is_overdue(it, today) ? "overdue" : status_name(it.status))});
    }
    return t;
}

render::Table search_table(const std::vector<SearchHit>& hits) {
    render::Table t;
    t.column("number").column("date", ColumnType::date).column("correspondent").column("subject").column("snippet");
    for (const auto& h : hits) {
        t.add_row({h.item.number, h.item.date, correspondent(h.item), h.item.subject, h.snippet});
    }
    return t;
}

render::Table stats_table(const std::vector<PeriodStats>& stats) {
    render::Table t;
    t.column("period").column("in", ColumnType::integer).column("out", ColumnType::integer);
    t.column("in_email", ColumnType::integer).column("in_letter", ColumnType::integer).column("in_other", ColumnType::integer);
    t.column("answered", ColumnType::integer).column("median_days", ColumnType::decimal);
    t.column("open", ColumnType::integer).column("overdue", ColumnType::integer);
    for (const auto& p : stats) {
        t.add_row({p.period, std::int64_t{p.in}, std::int64_t{p.out}, std::int64_t{p.in_email}, std::int64_t{p.in_letter},
                   std::int64_t{p.in_other}, std::int64_t{p.answered},
                   p.median_days_to_answer ? Cell{*p.median_days_to_answer} : Cell{}, std::int64_t{p.open},
                   std::int64_t{p.overdue}});
    }
    return t;
}

render::Table rules_preview_table(const std::vector<RulePreview>& previews) {
    render::Table t;
    t.column("subject").column("from").column("rule").column("sets");
    for (const auto& p : previews) {
        if (p.matched.empty()) {
            t.add_row({p.subject, p.from, std::string("(no rule matches)"), Cell{}});
        }
        for (const auto* r : p.matched) {
            t.add_row({p.subject, p.from, r->where, describe_effect(*r)});
        }
    }
    return t;
}

render::Section contact_mail_section(store::Database& db, std::int64_t contact_id, core::Date today) {
    render::Section s{"Correspondence", {}};
    auto counts = contact_mail_counts(db, contact_id, today);
    if (counts.in + counts.out == 0) {
        s.paragraph("No correspondence registered.");
        return s;
    }
    s.paragraph(fmt::format("{} in, {} out; {} awaiting an answer{}.", counts.in, counts.out, counts.open,
                            counts.overdue ? fmt::format(" ({} overdue)", counts.overdue) : ""));
    ItemFilter f;
    f.contact_id = contact_id;
    f.limit = 10;
    if (counts.in + counts.out > 10) {
        s.paragraph("The latest ten:");
    }
    s.table(items_table(list_items(db, f, today), today));
    return s;
}

render::Section register_weekly_section(store::Database& db, core::DateRange week, core::Date today) {
    render::Section s{"Correspondence", {}};
    std::map<std::string, std::pair<int, int>> per_channel; // channel -> in, out
    int confidential = 0;
    for (const auto& v : volume(db, week)) {
        auto& c = per_channel[std::string(channel_name(v.channel))];
        (v.direction == Direction::in ? c.first : c.second) += v.count;
        confidential += v.confidential;
    }
    if (per_channel.empty()) {
        s.paragraph("Nothing registered this week.");
    } else {
        render::Table volume("Registered this week");
        volume.column("channel").column("in", ColumnType::integer).column("out", ColumnType::integer);
        for (const auto& [channel, counts] : per_channel) {
            volume.add_row({channel, static_cast<std::int64_t>(counts.first), static_cast<std::int64_t>(counts.second)});
        }
        s.table(std::move(volume));
        if (confidential > 0) {
            s.paragraph(fmt::format("Of these, {} confidential (not shown in this report).", confidential));
        }
    }
    auto open = followups(db, std::nullopt, false, today);
    if (open.empty()) {
        s.paragraph("No correspondence awaits an answer.");
        return s;
    }
    std::map<std::string, std::pair<int, int>> per_person; // assignee -> open, overdue
    render::Table late("Overdue, oldest first");
    late.column("number").column("date", ColumnType::date).column("correspondent").column("subject").column("assignee");
    late.column("due", ColumnType::date);
    for (const auto& it : open) {
        auto& p = per_person[it.assignee.value_or("(nobody)")];
        ++p.first;
        if (is_overdue(it, today)) {
            ++p.second;
            late.add_row({it.number, it.date, it.confidential ? std::string("(confidential)") : correspondent(it),
                          it.confidential ? std::string("(confidential)") : it.subject, text(it.assignee), *it.due});
        }
    }
    render::Table who("Awaiting an answer");
    who.column("assignee").column("open", ColumnType::integer).column("overdue", ColumnType::integer);
    for (const auto& [person, counts] : per_person) {
        who.add_row({person, static_cast<std::int64_t>(counts.first), static_cast<std::int64_t>(counts.second)});
    }
    s.table(std::move(who));
    if (!late.empty()) {
        s.table(std::move(late));
    }
    return s;
}

} // namespace officectl::mail
