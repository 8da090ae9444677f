#include "officectl/report/search.hpp"

#include "officectl/contact/contact_store.hpp"
#include "officectl/contract/contract_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/dossier/dossier_store.hpp"
#include "officectl/event/event_store.hpp"
#include "officectl/improve/improve_store.hpp"
#include "officectl/mail/item_store.hpp"
#include "officectl/mail/note_store.hpp"
#include "officectl/teamwork/task_store.hpp"
#include "officectl/trip/trip_store.hpp"

#include <fmt/format.h>

namespace officectl::report {
namespace {

// The words of the query (field terms such as `from:` are mail's alone).
std::vector<std::string> plain_words(const std::string& text) {
    std::vector<std::string> words;
    for (auto& w : core::split(text, ' ')) {
        if (!w.empty() && w.find(':') == std::string::npos) {
            words.push_back(core::fold(core::trim(w)));
        }
    }
    return words;
}

// The first field holding every word (case-insensitive), with a short excerpt around the first.
std::optional<std::string> match(const std::vector<std::string>& words, const std::vector<std::string>& fields) {
    if (words.empty()) {
        return std::nullopt;
    }
    std::string all;
    for (const auto& f : fields) {
        all += core::fold(f) + "\n";
    }
    for (const auto& w : words) {
        if (all.find(w) == std::string::npos) {
            return std::nullopt;
        }
    }
    for (const auto& f : fields) {
        auto at = core::find_folded(f, words.front());
        if (at == std::string::npos) {
            continue;
        }
        auto from = at > 30 ? at - 30 : 0;
        // Keep UTF-8 sequences whole: move to the start of a character.
        while (from > 0 && (static_cast<unsigned char>(f[from]) & 0xC0) == 0x80) {
            --from;
        }
        auto to = std::min(f.size(), at + words.front().size() + 40);
        while (to < f.size() && (static_cast<unsigned char>(f[to]) & 0xC0) == 0x80) {
            ++to;
        }
        auto excerpt = f.substr(from, to - from);
        std::replace(excerpt.begin(), excerpt.end(), '\n', ' ');
        return (from > 0 ? "…" : "") + excerpt + (to < f.size() ? "…" : "");
    }
    return std::string();
}

void add(std::vector<Hit>& out, int& count, int limit, Hit hit) {
    if (count < limit) {
        out.push_back(std::move(hit));
        ++count;
    }
}

} // namespace

std::vector<Hit> search_all(store::Database& db, const std::string& text, bool show_confidential, core::Date today,
                            int limit) {
    if (core::trim(text).empty()) {
        throw usage_error("search for what? officectl search \"text\"");
    }
    std::vector<Hit> out;
    for (const auto& h : mail::search_items(db, text, show_confidential, today, limit)) {
        out.push_back({"mail", h.item.number, h.item.date, h.item.subject, h.snippet});
    }
    auto words = plain_words(text);
    int n = 0;
    for (const auto& note : mail::list_notes(db, false)) {
        if (auto m = match(words, {note.subject, note.body.value_or("")})) {
            add(out, n, limit, {"mail", note.number, note.date, note.subject, *m});
        }
    }
    n = 0;
    for (const auto& d : dossier::list_dossiers(db, {})) {
        if (d.confidential && !show_confidential) {
            continue;
        }
        if (auto m = match(words, {d.reference, d.title, d.kind, d.person.value_or("")})) {
            add(out, n, limit, {"dossier", d.reference, d.opened, d.title, *m});
        }
    }
    n = 0;
    for (const auto& c : contract::list_contracts(db, {})) {
        if (auto m = match(words, {c.reference.value_or(""), c.title, c.vendor, c.category.value_or(""), c.note.value_or("")})) {
            add(out, n, limit, {"contract", c.reference.value_or(fmt::format("contract {}", c.id)), c.start, c.title, *m});
        }
    }
    n = 0;
    for (const auto& c : contact::list_contacts(db, {})) {
        if (auto m = match(words, {c.name, c.email.value_or(""), c.domain.value_or(""), c.role.value_or("")})) {
            add(out, n, limit, {"contact", fmt::format("contact {}", c.id), std::nullopt, c.name, *m});
        }
    }
    n = 0;
    for (const auto& t : teamwork::list_tasks(db, {}, today)) {
        if (auto m = match(words, {t.title})) {
            add(out, n, limit, {"team", fmt::format("task {}", t.id), t.due, t.title, *m});
        }
    }
    n = 0;
    for (const auto& e : event::list_events(db)) {
        if (auto m = match(words, {e.title, e.goal.value_or(""), e.place.value_or(""), e.lessons.value_or("")})) {
            add(out, n, limit, {"event", fmt::format("event {}", e.id), e.date, e.title, *m});
        }
    }
    n = 0;
    for (const auto& t : trip::list_trips(db)) {
        if (auto m = match(words, {t.title, t.purpose.value_or(""), t.note.value_or("")})) {
            add(out, n, limit, {"trip", fmt::format("trip {}", t.id), std::nullopt, t.title, *m});
        }
    }
    n = 0;
    for (const auto& f : improve::list_findings(db, std::nullopt)) {
        if (auto m = match(words, {f.title, f.process.value_or(""), f.evidence.value_or("")})) {
            add(out, n, limit, {"improve", fmt::format("finding {}", f.id), f.found, f.title, *m});
        }
    }
    return out;
}

render::Table hits_table(const std::vector<Hit>& hits) {
    render::Table t;
    t.column("domain").column("reference").column("date", render::ColumnType::date).column("title").column("snippet");
    for (const auto& h : hits) {
        t.add_row({h.domain, h.reference, render::cell_or_empty(h.date), h.title, h.snippet});
    }
    return t;
}

} // namespace officectl::report
