#pragma once
// The dossier rules as plain functions: what a dossier lacks against its kind's
// checklist, and when its retention term runs out.

#include "officectl/dossier/dossier.hpp"

#include <optional>
#include <string>
#include <vector>

namespace officectl::dossier {

// What `check` needs of a document: its type and validity.
struct DocumentValidity {
    std::string type;
    std::optional<core::Date> expires;
};

struct Completeness {
    std::vector<std::string> missing; // required types without any document
    std::vector<std::string> expired; // types whose every document has expired (required or not)
    int required = 0;
    int present = 0;                  // required types with a valid document
    int percent() const { return required == 0 ? 100 : present * 100 / required; }
    bool complete() const { return missing.empty() && expired.empty() && present == required; }
};

// A document is valid on `today` unless it expired before it.
Completeness completeness(const Kind& kind, const std::vector<DocumentValidity>& documents, core::Date today);

// Throws a data Error for an archived or destroyed dossier: those do not change.
void require_changeable(const Dossier& d);

// The day the retention term ends: from the closing day (or the opening day,
// per the kind); nullopt when the kind has no term, the clock has not started,
// or the term's action has been carried out (archived, destroyed).
std::optional<core::Date> retention_end(const Dossier& d, const Kind& kind);
// "5y from closed"
std::string rule_text(const Kind& kind);

} // namespace officectl::dossier
