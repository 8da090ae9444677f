#include "officectl/dossier/dossier_views.hpp"

#include "officectl/core/strings.hpp"
#include "officectl/store/journal.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace officectl::dossier {

using render::Cell;
using render::ColumnType;

namespace {

Cell opt(const std::optional<std::string>& v) { return render::cell_or_empty(v); }

std::string status_text(const Dossier& d) {
    std::string s(status_name(d.status));
    if (d.disposed) {
        s += " " + core::format_date(*d.disposed);
    }
    if (d.hold) {
        s += " (on hold)";
    }
    return s;
}

} // namespace

render::Table kinds_table(const Kinds& kinds) {
    render::Table t;
    t.column("kind").column("required", ColumnType::list).column("retention").column("action").column("basis");
    t.column("origin");
    for (const auto& [name, k] : kinds) {
        t.add_row({name, render::List{k.required}, rule_text(k), k.action, k.basis, k.origin});
    }
    return t;
}

std::vector<CheckRow> check_dossiers(store::Database& db, std::vector<Dossier> dossiers, const Kinds& kinds,
                                     core::Date today) {
    auto validity = validity_by_dossier(db);
    static const std::vector<DocumentValidity> none;
    std::vector<CheckRow> out;
    out.reserve(dossiers.size());
    for (auto& d : dossiers) {
        auto it = validity.find(d.id);
        const auto& docs = it == validity.end() ? none : it->second;
        auto kind = kinds.find(d.kind);
        CheckRow row{std::move(d), {}, kind != kinds.end()};
        row.completeness = completeness(row.known_kind ? kind->second : Kind{}, docs, today);
        out.push_back(std::move(row));
    }
    return out;
}

render::Table dossiers_table(store::Database& db, const std::vector<Dossier>& dossiers, const Kinds& kinds,
                             core::Date today) {
    render::Table t;
    t.column("id", ColumnType::integer).column("reference").column("title").column("kind").column("person");
    t.column("owner").column("status").column("complete", ColumnType::integer).column("opened", ColumnType::date);
    t.column("closed", ColumnType::date).column("keep_until", ColumnType::date);
    for (const auto& row : check_dossiers(db, dossiers, kinds, today)) {
        const auto& d = row.dossier;
        bool active = d.status == Status::open || d.status == Status::closed;
        auto k = kinds.find(d.kind);
        auto until = k == kinds.end() ? std::nullopt : retention_end(d, k->second);
        t.add_row({d.id, d.reference, d.title, d.kind, opt(d.person), opt(d.owner), status_text(d),
                   active ? Cell{std::int64_t{row.completeness.percent()}} : Cell{}, d.opened,
                   render::cell_or_empty(d.closed), render::cell_or_empty(until)});
    }
    return t;
}

render::Report dossier_report(store::Database& db, const Dossier& d, const Kinds& kinds,
                              core::Date today) {
    render::Report r;
    r.title = fmt::format("Dossier {} {}: {}", d.id, d.reference, d.title);
    auto kind = kinds.find(d.kind);
    auto documents = list_documents(db, d.id);
    render::Table f;
    f.vertical();
    f.column("reference").column("title").column("kind").column("person").column("owner");
    f.column("confidential", ColumnType::boolean).column("status").column("opened", ColumnType::date);
    f.column("closed", ColumnType::date).column("retention").column("keep_until", ColumnType::date).column("basis");
    f.column("hold");
    auto until = kind == kinds.end() ? std::nullopt : retention_end(d, kind->second);
    f.add_row({d.reference, d.title, d.kind, opt(d.person), opt(d.owner), d.confidential, status_text(d), d.opened,
               render::cell_or_empty(d.closed),
               kind != kinds.end() ? Cell{rule_text(kind->second)} : Cell{"(kind not configured)"},
               render::cell_or_empty(until), kind != kinds.end() ? Cell{kind->second.basis} : Cell{}, opt(d.hold)});
    r.sections.push_back({"", {}});
    r.sections.back().table(std::move(f));

    if (d.status == Status::destroyed) {
        render::Section s{"Destroyed", {}};
        store::JournalFilter jf;
        jf.entity = "dossier.dossier";
        jf.entity_id = d.id;
        for (const auto& e : store::read_journal(db, jf)) {
            if (e.action != "purge" || !e.after) {
                continue;
            }
            auto t = nlohmann::json::parse(*e.after);
            s.paragraph(fmt::format("Destroyed on {} by {} under the rule \"{}\" ({}): {} document(s), their notes and "
                                    "history.",
                                    e.at, e.user, t.value("rule", ""), t.value("basis", ""), t.value("documents", 0)));
        }
        r.sections.push_back(std::move(s));
        return r;
    }

    render::Section check{"Completeness", {}};
    if (kind == kinds.end()) {
        check.paragraph(fmt::format("The kind \"{}\" is not configured: nothing to check against.", d.kind));
    } else {
        std::vector<DocumentValidity> v;
        for (const auto& doc : documents) {
            v.push_back({doc.type, doc.expires});
        }
        auto c = completeness(kind->second, v, today);
        check.paragraph(fmt::format("{}% complete ({} of {} required documents){}{}", c.percent(), c.present,
                                    c.required, c.missing.empty() ? "" : "; missing: " + core::join(c.missing, ", "),
                                    c.expired.empty() ? "" : "; expired: " + core::join(c.expired, ", ")));
    }
    r.sections.push_back(std::move(check));

    bool secret = d.confidential; // documents' names and paths, notes: Secret (officectl(1), CONFIDENTIALITY)
    render::Section docs{"Documents", {}};
    if (documents.empty()) {
        docs.paragraph("No documents.");
    } else {
        render::Table t;
        t.column("id", ColumnType::integer).column("type").column("name").column("date", ColumnType::date);
        t.column("expires", ColumnType::date).column("size", ColumnType::integer).column("stored", ColumnType::boolean);
        t.column("path");
        for (const auto& doc : documents) {
            t.add_row({doc.id, doc.type, render::secret_if(secret, doc.name), render::cell_or_empty(doc.date),
                       render::cell_or_empty(doc.expires), doc.size, doc.stored, render::secret_if(secret, doc.path)});
        }
        docs.table(std::move(t));
    }
    r.sections.push_back(std::move(docs));

    render::Section timeline{"Timeline", {}};
    render::Table t;
    t.column("date", ColumnType::date).column("what");
    for (const auto& e : list_entries(db, d.id)) {
        auto what = e.note ? "note: " + e.text : e.text;
        t.add_row({e.date, e.note && secret ? Cell{render::Secret{what, "note: (confidential)"}} : Cell{what}});
    }
    timeline.table(std::move(t));
    r.sections.push_back(std::move(timeline));
    return r;
}

render::Table check_table(const std::vector<CheckRow>& rows) {
    render::Table t;
    t.column("id", ColumnType::integer).column("reference").column("title").column("kind");
    // A kind that is not configured has no percentage: null in JSON, said in words elsewhere.
    t.column("complete", ColumnType::integer);
    t.column("missing", ColumnType::list).column("expired", ColumnType::list);
    for (const auto& row : rows) {
        const auto& c = row.completeness;
        t.add_row({row.dossier.id, row.dossier.reference, row.dossier.title, row.dossier.kind,
                   row.known_kind ? Cell{std::int64_t{c.percent()}} : Cell{render::Structured{"(kind not configured)", "null"}},
                   render::List{c.missing}, render::List{c.expired}});
    }
    return t;
}

render::Table verify_table(const std::vector<FileCheck>& checks) {
    render::Table t;
    t.column("dossier", ColumnType::integer).column("document", ColumnType::integer).column("type").column("name");
    t.column("state").column("detail");
    for (const auto& c : checks) {
        t.add_row({c.document.dossier_id, c.document.id, c.document.type,
                   render::secret_if(c.document.confidential, c.document.name),
                   std::string(file_state_name(c.state)), c.detail});
    }
    return t;
}

render::Table retention_table(const std::vector<RetentionItem>& items, core::Date today) {
    render::Table t;
    t.column("id", ColumnType::integer).column("reference").column("title").column("kind");
    t.column("closed", ColumnType::date).column("term_ends", ColumnType::date).column("action").column("rule");
    t.column("basis").column("state");
    for (const auto& i : items) {
        const auto& d = i.dossier;
        std::string state = d.hold ? "on hold: " + *d.hold : i.due <= today ? "due" : "coming";
        t.add_row({d.id, d.reference, d.title, d.kind, render::cell_or_empty(d.closed), i.due, i.kind.action,
                   rule_text(i.kind), i.kind.basis, state});
    }
    return t;
}

render::Table purge_table(const PurgeResult& result) {
    render::Table t;
    t.column("id", ColumnType::integer).column("reference").column("title").column("kind").column("done");
    t.column("rule");
    auto add = [&](const std::vector<RetentionItem>& items, const std::string& what) {
        for (const auto& i : items) {
            t.add_row({i.dossier.id, i.dossier.reference, i.dossier.title, i.dossier.kind,
                       what == "held" ? "held: " + i.dossier.hold.value_or("") : what, rule_text(i.kind)});
        }
    };
    add(result.destroyed, "destroyed");
    add(result.archived, "archived");
    add(result.held, "held");
    return t;
}

// The weekly report is one page: long lists are cut, with where to see them whole.
constexpr std::size_t k_weekly_rows = 10;

render::Section dossier_weekly_section(store::Database& db, const Kinds& kinds, core::Date today) {
    render::Section s{"Dossiers", {}};
    auto rows = check_dossiers(db, list_dossiers(db, {}), kinds, today);
    auto total = rows.size();
    std::erase_if(rows, [](const CheckRow& r) { return r.complete(); });
    if (total == 0) {
        s.paragraph("No open dossiers.");
    } else if (rows.empty()) {
        s.paragraph(fmt::format("All {} open dossier{} complete.", total, total == 1 ? " is" : "s are"));
    } else {
        s.paragraph(fmt::format("{} of {} open dossier{} incomplete.", rows.size(), total, total == 1 ? "" : "s"));
        s.table_at_most(check_table(rows), k_weekly_rows, "officectl dossier check");
    }
    auto due = retention_due(db, kinds, core::add_days(today, 30));
    if (due.empty()) {
        s.paragraph("No retention action due in the next 30 days.");
    } else {
        s.table_at_most(retention_table(due, today), k_weekly_rows, "officectl dossier retention --due-before +30d");
    }
    return s;
}

} // namespace officectl::dossier
