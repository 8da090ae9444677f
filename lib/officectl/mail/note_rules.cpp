#include "officectl/mail/note_rules.hpp"

#include <fmt/format.h>

namespace officectl::mail {

std::string note_number(std::string_view prefix, int year, int seq) { return fmt::format("{}-{:04}-{:04}", prefix, year, seq); }

std::vector<const NoteRecipient*> missing_acknowledgements(const Note& n) {
    std::vector<const NoteRecipient*> out;
    if (!n.ack_required) {
        return out;
    }
    for (const auto& r : n.recipients) {
        if (!r.acknowledged) {
            out.push_back(&r);
        }
    }
    return out;
}

std::vector<const NoteAction*> open_actions(const Note& n) {
    std::vector<const NoteAction*> out;
    for (const auto& a : n.actions) {
        if (!a.done) {
            out.push_back(&a);
        }
    }
    return out;
}

bool note_is_open(const Note& n) { return !missing_acknowledgements(n).empty() || !open_actions(n).empty(); }

const NoteLabels& note_labels(core::Language lang) {
    static const NoteLabels nl{"Dienstnota", "Nummer", "Datum", "Van", "Aan", "Onderwerp", "Van kracht op", "Bijlage",
                               "Acties", "verantwoordelijke", "tegen"};
    static const NoteLabels fr{"Note de service", "Numéro", "Date", "De", "À", "Objet", "En vigueur le", "Annexe",
                               "Actions", "responsable", "pour le"};
    static const NoteLabels en{"Service note", "Number", "Date", "From", "To", "Subject", "Effective", "Attachment",
                               "Actions", "owner", "due"};
    switch (lang) {
    case core::Language::nl: return nl;
    case core::Language::fr: return fr;
    case core::Language::en: return en;
    }
    return en;
}

} // namespace officectl::mail
