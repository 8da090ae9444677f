#include "officectl/agenda/ics_import.hpp"

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/ics.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <vector>

namespace officectl::agenda {
namespace {

class Importer {
public:
    Importer(store::Txn& txn, const IcsImportOptions& options) : m_txn(txn), m_options(options) {
        team::MemberFilter all;
        all.all = true;
        for (const auto& m : team::list_members(txn.db(), all, core::Date{})) {
            m_handles.push_back(m.handle);
            if (m.email) {
                m_by_email[core::to_lower(*m.email)] = m.handle;
            }
        }
        for (const auto& r : list_rooms(txn.db())) {
            m_rooms[core::to_lower(r.name)] = r.name;
        }
    }

    void event(IcsEvent&& ev) {
        if (ev.recurrence_id) {
            auto parent = find_uid(m_txn.db(), ev.appt.uid, std::nullopt);
            if (!parent) {
                m_orphans.push_back(std::move(ev)); // its series may come later in the file
                return;
            }
            ev.appt.parent_id = parent->id;
            ev.appt.recurrence_id = ev.recurrence_id;
        }
        apply(std::move(ev));
    }

    void skip(int /*line*/, const std::string& why) {
        ++m_counts.skipped;
        ++m_counts.why_skipped[why];
    }

    IcsImportCounts finish() {
        for (auto& ev : m_orphans) {
            auto parent = find_uid(m_txn.db(), ev.appt.uid, std::nullopt);
            if (!parent) {
                skip(ev.line, "a changed occurrence (RECURRENCE-ID) of a series that is not there");
                continue;
            }
            ev.appt.parent_id = parent->id;
            ev.appt.recurrence_id = ev.recurrence_id;
            apply(std::move(ev));
        }
        return m_counts;
    }

private:
    bool is_member(const std::string& handle) const {
        return std::find(m_handles.begin(), m_handles.end(), handle) != m_handles.end();
    }

    // People and room as this office knows them.
    void place(IcsEvent& ev) {
        auto& a = ev.appt;
        if (ev.organizer_handle && is_member(*ev.organizer_handle)) {
            a.owner = ev.organizer_handle;
        } else if (ev.organizer && m_by_email.count(*ev.organizer)) {
            a.owner = m_by_email[*ev.organizer];
        } else if (m_options.owner) {
            a.owner = m_options.owner;
        }
        // Our own export names people by handle; another store may not know them.
        for (const auto& [h, e] : ev.attendee_handles) {
            if (is_member(h)) {
                a.who.push_back(h);
            } else if (!e.ends_with(".invalid")) {
                ev.attendees.push_back(e);
            }
        }
        for (const auto& e : ev.attendees) {
            if (auto it = m_by_email.find(e); it != m_by_email.end()) {
                a.who.push_back(it->second);
            } else if (!e.empty()) {
                a.external.push_back(e);
            }
        }
        auto room = ev.room ? ev.room : a.location;
        if (room) {
            if (auto it = m_rooms.find(core::to_lower(*room)); it != m_rooms.end()) {
                a.room = it->second;
                if (a.location && core::to_lower(*a.location) == it->first) {
                    a.location.reset();
                }
            }
        }
    }

    void apply(IcsEvent&& ev) {
        auto existing = find_uid(m_txn.db(), ev.appt.uid, ev.appt.recurrence_id);
        if (existing && ev.appt.sequence <= existing->sequence) {
            ++m_counts.unchanged;
            return;
        }
        place(ev);
        if (existing) {
            ev.appt.id = existing->id;
            update_appointment(m_txn, ev.appt);
            ++m_counts.updated;
        } else {
            add_appointment(m_txn, ev.appt);
            ++m_counts.added;
        }
    }

    store::Txn& m_txn;
    const IcsImportOptions& m_options;
    std::vector<std::string> m_handles;
    std::map<std::string, std::string> m_by_email;
    std::map<std::string, std::string> m_rooms; // lower-case name -> name
    std::vector<IcsEvent> m_orphans;
    IcsImportCounts m_counts;
};

} // namespace

IcsImportCounts import_ics(store::Txn& txn, std::istream& in, const IcsImportOptions& options) {
    Importer importer(txn, options);
    read_ics(
        in, options.name, options.floating_zone, [&](IcsEvent&& ev) { importer.event(std::move(ev)); },
        [&](int line, const std::string& why) { importer.skip(line, why); });
    return importer.finish();
}

} // namespace officectl::agenda
