// Every domain's entities in one table: the name `history` shows, the column
// that names a row, the files a row keeps, and — the one written rule of
// officectl(1) CONFIDENTIALITY — which values are confidential:
//   a confidential mail's body, note and attachments (names and copies);
//   a confidential appointment's note;
//   a confidential dossier's notes and timeline, and its documents (names, paths);
//   every interview's (review's) notes;
//   the note of sick leave.
// The journal seals these (store/confidential.hpp); views mark them as
// render::Secret; `undo` reads the rest of this table.

#include "officectl/office.hpp"

#include "officectl/mail/item_store.hpp"

namespace officectl {
namespace {

using store::Confidential;
using When = store::Confidential::When;

store::Entity entity(std::string_view name, std::string_view table, std::string_view label) {
    store::Entity e;
    e.name = name;
    e.table = table;
    e.label = label;
    return e;
}

store::Entity with_secret(store::Entity e, Confidential c) {
    e.confidential = std::move(c);
    return e;
}

store::Entity with_files(store::Entity e, std::vector<std::string_view> columns) {
    e.files = std::move(columns);
    return e;
}

std::vector<store::Entity> all_entities() {
    auto mail_item = with_secret(entity("mail.item", "mail_item", "number"),
                                 {{"body", "note"}, When::flagged, "confidential", "", ""});
    mail_item.unindex = mail::unindex_item;
    mail_item.reindex = mail::reindex_item;
    return {
        entity("team.member", "team_member", "handle"),
        entity("contact", "contact", "name"),
        mail_item,
        with_files(with_secret(entity("mail.attachment", "mail_attachment", "name"),
                               {{"name", "path"}, When::parent_flagged, "item_id", "mail_item", ""}),
                   {"path"}),
        with_files(entity("mail.note", "mail_note", "number"), {"file_path"}),
        entity("mail.note_action", "mail_note_action", "text"),
        with_secret(entity("agenda.appointment", "agenda_appointment", "title"),
                    {{"note"}, When::flagged, "confidential", "", ""}),
        entity("agenda.room", "agenda_room", "name"),
        entity("agenda.item", "agenda_item", "title"),
        entity("agenda.minute", "agenda_minute", "text"),
        with_secret(entity("absence.leave", "absence_leave", ""), {{"note"}, When::equals, "type", "", "sick"}),
        entity("team.task", "teamwork_task", "title"),
        entity("team.training", "teamwork_training", "title"),
        with_secret(entity("team.review", "teamwork_review", "kind"), {{"notes"}, When::always, "", "", ""}),
        entity("team.vacancy", "teamwork_vacancy", "title"),
        with_secret(entity("dossier.dossier", "dossier_dossier", "reference"),
                    {{}, When::flagged, "confidential", "", ""}),
        with_files(with_secret(entity("dossier.document", "dossier_document", "type"),
                               {{"name", "path"}, When::parent_flagged, "dossier_id", "dossier_dossier", ""}),
                   {"path"}),
        with_secret(entity("dossier.note", "dossier_entry", ""),
                    {{"text"}, When::parent_flagged, "dossier_id", "dossier_dossier", ""}),
        entity("contract.contract", "contract_contract", "title"),
        entity("contract.obligation", "contract_obligation", "title"),
        entity("contract.incident", "contract_incident", "title"),
        entity("budget.budget", "budget_budget", "name"),
        entity("budget.line", "budget_line", "name"),
        entity("budget.commitment", "budget_commitment", "title"),
        entity("budget.spending", "budget_spending", "invoice"),
        entity("budget.request", "budget_request", "title"),
        with_files(entity("budget.quote", "budget_quote", ""), {"file"}),
        entity("timesheet.project", "timesheet_project", "name"),
        entity("timesheet.entry", "timesheet_entry", "date"),
        entity("trip.trip", "trip_trip", "title"),
        entity("trip.leg", "trip_leg", "from_place"),
        entity("trip.stay", "trip_stay", "hotel"),
        entity("event.event", "event_event", "title"),
        entity("event.supplier", "event_supplier", "role"),
        entity("event.guest", "event_guest", "name"),
        entity("improve.finding", "improve_finding", "title"),
        entity("improve.plan", "improve_plan", "title"),
        entity("improve.review", "improve_review", "date"),
    };
}

} // namespace

const store::Catalog& catalog() {
    static const store::Catalog c(all_entities());
    return c;
}

} // namespace officectl
