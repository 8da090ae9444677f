#include "officectl/office.hpp"

#include "officectl/store/journal.hpp"
#include "officectl/absence/absence_settings.hpp"
#include "officectl/absence/leave_store.hpp"
#include "officectl/agenda/agenda_store.hpp"
#include "officectl/teamwork/development_store.hpp"
#include "officectl/teamwork/task_store.hpp"
#include "officectl/teamwork/teamwork_settings.hpp"
#include "officectl/teamwork/vacancy.hpp"
#include "officectl/agenda/meeting_store.hpp"
#include "officectl/contact/contact_store.hpp"
#include "officectl/contract/contract_store.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/budget/quote_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/dossier/dossier_kinds.hpp"
#include "officectl/dossier/dossier_store.hpp"
#include "officectl/mail/item_store.hpp"
#include "officectl/mail/mail_rules.hpp"
#include "officectl/mail/mail_settings.hpp"

#include <algorithm>
#include "officectl/mail/note_store.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/timesheet/timesheet_settings.hpp"
#include "officectl/timesheet/timesheet_store.hpp"
#include "officectl/event/event_kinds.hpp"
#include "officectl/event/event_store.hpp"
#include "officectl/improve/improve_store.hpp"
#include "officectl/improve/kpi.hpp"
#include "officectl/improve/scan.hpp"
#include "officectl/trip/trip_settings.hpp"
#include "officectl/trip/trip_store.hpp"

namespace officectl {

const std::vector<store::Migration>& all_migrations() {
    static const std::vector<store::Migration> list = [] {
        std::vector<store::Migration> all;
        for (const auto* part : {&store::journal_migrations(), &team::migrations(), &contact::migrations(),
                                 &mail::migrations(),
                                 &mail::item_migrations(), &agenda::migrations(), &agenda::meeting_migrations(), &absence::migrations(),
                                 &teamwork::task_migrations(),
                                 &teamwork::development_migrations(), &teamwork::vacancy_migrations(),
                                 &dossier::migrations(), &contract::migrations(),
                                 &budget::migrations(), &budget::quote_migrations(), &timesheet::migrations(), &trip::migrations(), &event::migrations(), &improve::migrations()}) {
            all.insert(all.end(), part->begin(), part->end());
        }
        // A domain's migrations may live in several store files: keep each domain
        // where it first appears, its versions in order.
        std::vector<std::string_view> domains;
        for (const auto& m : all) {
            if (std::find(domains.begin(), domains.end(), m.domain) == domains.end()) {
                domains.push_back(m.domain);
            }
        }
        auto rank = [&](const store::Migration& m) {
            return std::pair(std::find(domains.begin(), domains.end(), m.domain) - domains.begin(), m.version);
        };
        std::stable_sort(all.begin(), all.end(), [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
        return all;
    }();
    return list;
}

void validate_config(const config::Config& config) {
    mail::load_rules(config);
    mail::load_prefixes(config);
    absence::load_settings(config);
    teamwork::load_team_settings(config);
    dossier::load_kinds(config);
    trip::load_trip_settings(config);
    event::load_event_kinds(config);
    improve::load_indicators(config);
    improve::load_scan_settings(config);
}

const config::Schema& config_schema() {
    static const config::Schema schema = [] {
        config::Schema all = config::core_schema();
        all.push_back({"contact.segments.*", config::ValueKind::string_list, "",
                       "segments of a relation type, e.g. contact.segments.supplier = [\"facilitair\", \"ICT\"]"});
        all.push_back({"mail.own", config::ValueKind::string_list, "[]",
                       "our own addresses or globs (\"*@ourcompany.be\"): mail from them is outgoing"});
        all.push_back({"mail.rule", config::ValueKind::table_list, "",
                       "filtering rules [[mail.rule]]: match from/to/subject/channel, set tags/assign/due/"
                       "confidential/status",
                       nullptr,
                       {"from", "to", "subject", "channel", "tags", "assign", "due", "confidential", "status"}});
        all.push_back({"mail.retention.*", config::ValueKind::string, "",
                       "how long done items with a tag stay before `mail archive` archives them, e.g. invoice = \"7y\"",
                       config::check_period});
        all.push_back({"mail.prefix_in", config::ValueKind::string, "\"IN\"", "prefix of incoming register numbers",
                       config::check_prefix});
        all.push_back({"mail.prefix_out", config::ValueKind::string, "\"OUT\"",
                       "prefix of outgoing register numbers (not the incoming one)", config::check_prefix});
        all.push_back({"mail.note_prefix", config::ValueKind::string, "\"NOTE\"",
                       "prefix of service note numbers (NOTE-2027-0001)", config::check_prefix});
        absence::add_schema(all);
        teamwork::add_team_schema(all);
        dossier::add_dossier_schema(all);
        timesheet::add_timesheet_schema(all);
        trip::add_trip_schema(all);
        event::add_event_schema(all);
        improve::add_improve_schema(all);
        improve::add_scan_schema(all);
        return all;
    }();
    return schema;
}

} // namespace officectl
