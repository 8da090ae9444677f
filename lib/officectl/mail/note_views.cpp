#include "officectl/mail/note_views.hpp"

#include "officectl/core/strings.hpp"
#include "officectl/mail/note_rules.hpp"
#include "officectl/mail/note_store.hpp"

#include <fmt/format.h>

namespace officectl::mail {

using render::Cell;
using render::ColumnType;

namespace {

render::List handles_of(const std::vector<const NoteRecipient*>& list) {
    render::List h;
    for (const auto* r : list) {
        h.items.push_back(r->handle);
    }
    return h;
}

// `2/3` for people; {"acknowledged": 2, "of": 3} for machines; `-` (null) when no acknowledgement is asked.
Cell ack_cell(const Note& n, std::size_t missing) {
    if (!n.ack_required) {
        return render::Structured{"-", "null"};
    }
    auto of = n.recipients.size();
    return render::Structured{fmt::format("{}/{}", of - missing, of),
                              fmt::format(R"({{"acknowledged": {}, "of": {}}})", of - missing, of)};
}

constexpr const char* ack_schema =
    R"({"type":["object","null"],"properties":{"acknowledged":{"type":"integer"},"of":{"type":"integer"}},)"
    R"("required":["acknowledged","of"],"additionalProperties":false})";

} // namespace

render::Table notes_table(const std::vector<Note>& notes) {
    render::Table t;
    t.column("number").column("date", ColumnType::date).column("subject").column("from");
    t.column("recipients", ColumnType::integer).column("ack", ColumnType::json, ack_schema);
    t.column("missing", ColumnType::list).column("actions_open", ColumnType::integer);
    t.column("status");
    for (const auto& n : notes) {
        auto missing = missing_acknowledgements(n);
        t.add_row({n.number, n.date, n.subject, render::cell_or_empty(n.author),
                   static_cast<std::int64_t>(n.recipients.size()),
                   ack_cell(n, missing.size()), handles_of(missing),
                   static_cast<std::int64_t>(open_actions(n).size()),
                   std::string(note_is_open(n) ? "open" : "done")});
    }
    return t;
}

render::Report note_status(const Note& n, core::Date today) {
    render::Report r;
    r.title = fmt::format("{} {}", n.number, n.subject);
    render::Section ack{"Acknowledgements", {}};
    if (!n.ack_required) {
        ack.paragraph(fmt::format("No acknowledgement asked; distributed to {} people.", n.recipients.size()));
    } else {
        auto missing = missing_acknowledgements(n);
        ack.paragraph(fmt::format("{} of {} acknowledged.", n.recipients.size() - missing.size(), n.recipients.size()));
        render::Table t;
        t.column("recipient").column("acknowledged", ColumnType::date).column("days_waiting", ColumnType::integer);
        for (const auto& rec : n.recipients) {
            t.add_row({rec.handle, render::cell_or_empty(rec.acknowledged),
                       rec.acknowledged ? Cell{} : Cell{static_cast<std::int64_t>(core::days_between(n.date, today))}});
        }
        ack.table(std::move(t));
    }
    r.sections.push_back(std::move(ack));
    render::Section act{"Actions", {}};
    if (n.actions.empty()) {
        act.paragraph("No actions.");
    } else {
        render::Table t;
        t.column("id", ColumnType::integer).column("action").column("owner").column("due", ColumnType::date);
        t.column("done", ColumnType::date).column("status");
        for (const auto& a : n.actions) {
            std::string status = a.done ? "done" : (a.due && *a.due < today) ? "overdue" : "open";
            t.add_row({static_cast<std::int64_t>(a.id), a.text, render::cell_or_empty(a.owner), render::cell_or_empty(a.due),
                       render::cell_or_empty(a.done), status});
        }
        act.table(std::move(t));
    }
    r.sections.push_back(std::move(act));
    return r;
}

render::Report note_print(const Note& n, core::Language lang, const std::map<std::string, std::string>& names) {
    const auto& L = note_labels(lang);
    auto full = [&](const std::string& handle) {
        auto it = names.find(handle);
        return it == names.end() ? handle : it->second;
    };
    render::Report r;
    r.title = fmt::format("{} {}", L.title, n.number);
    render::Table header;
    header.vertical();
    header.column(std::string(L.number)).column(std::string(L.date), ColumnType::date).column(std::string(L.from));
    header.column(std::string(L.to)).column(std::string(L.subject)).column(std::string(L.effective), ColumnType::date);
    header.column(std::string(L.attachment));
    std::vector<std::string> to;
    for (const auto& rec : n.recipients) {
        to.push_back(full(rec.handle));
    }
    header.add_row({n.number, n.date, n.author ? Cell{full(*n.author)} : Cell{}, core::join(to, ", "), n.subject,
                    render::cell_or_empty(n.effective),
                    n.file_path ? Cell{fmt::format("{} (sha256 {})", *n.file_path, n.file_sha256.value_or(""))} : Cell{}});
    render::Section head{n.subject, {}};
    head.table(std::move(header));
    if (n.body) {
        head.paragraph(*n.body);
    }
    r.sections.push_back(std::move(head));
    if (!n.actions.empty()) {
        render::Section act{std::string(L.actions), {}};
        std::string list;
        for (const auto& a : n.actions) {
            list += fmt::format("- {}", a.text);
            if (a.owner) {
                list += fmt::format(" ({}: {}", L.owner, full(*a.owner));
                list += a.due ? fmt::format(", {} {})", L.due, core::format_date(*a.due)) : ")";
            } else if (a.due) {
                list += fmt::format(" ({} {})", L.due, core::format_date(*a.due));
            }
            list += "\n";
        }
        list.pop_back();
        act.paragraph(list);
        r.sections.push_back(std::move(act));
    }
    return r;
}

render::Section notes_weekly_section(store::Database& db, core::DateRange week) {
    render::Section s{"Service notes", {}};
    auto open = list_notes(db, true);
    render::Table missing("Acknowledgements missing");
    missing.column("number").column("subject").column("issued", ColumnType::date).column("missing", ColumnType::list);
    render::Table late("Actions due or overdue");
    late.column("number").column("action").column("owner").column("due", ColumnType::date);
    for (const auto& n : open) {
        if (auto m = missing_acknowledgements(n); !m.empty()) {
            missing.add_row({n.number, n.subject, n.date, handles_of(m)});
        }
        for (const auto* a : open_actions(n)) {
            if (a->due && *a->due <= week.to) {
                late.add_row({n.number, a->text, render::cell_or_empty(a->owner), *a->due});
            }
        }
    }
    if (missing.empty() && late.empty()) {
        s.paragraph("Every service note is acknowledged and no action is due.");
        return s;
    }
    if (!missing.empty()) {
        s.table(std::move(missing));
    }
    if (!late.empty()) {
        s.table(std::move(late));
    }
    return s;
}

} // namespace officectl::mail
