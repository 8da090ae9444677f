#pragma once
// `officectl search "text"`: one search across domains — the mail register
// (full text, with its field terms), service notes, dossiers, contracts,
// relations, team tasks, events, trips and improvement findings.
// Confidential mail bodies and confidential dossiers are searched only with
// `show_confidential`.

#include "officectl/render/table.hpp"
#include "officectl/store/database.hpp"

#include <string>
#include <vector>

namespace officectl::report {

struct Hit {
    std::string domain;
    std::string reference;
    std::optional<core::Date> date;
    std::string title;
    std::string snippet; // where the text was found
};

// Mail hits first (best match first), then the other domains' in a fixed order;
// at most `limit` per domain.
std::vector<Hit> search_all(store::Database& db, const std::string& text, bool show_confidential, core::Date today,
                            int limit);
render::Table hits_table(const std::vector<Hit>& hits);

} // namespace officectl::report
