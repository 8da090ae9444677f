#pragma once
// `agenda import`: a calendar file into the agenda, idempotent by UID. Importing
// twice adds nothing; an event whose SEQUENCE grew replaces the stored one.

#include "officectl/store/txn.hpp"

#include <istream>
#include <map>
#include <optional>
#include <string>

namespace officectl::agenda {

struct IcsImportOptions {
    std::string name;          // the file's name, for messages
    std::string floating_zone; // the office's zone, for times that name none
    std::optional<std::string> owner; // --who: whose agenda the events go into
};

struct IcsImportCounts {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    std::map<std::string, int> why_skipped;
};

// Runs in the caller's transaction: a malformed file throws (data Error with the
// line) and the caller's rollback leaves the store as it was.
IcsImportCounts import_ics(store::Txn& txn, std::istream& in, const IcsImportOptions& options);

} // namespace officectl::agenda
