#pragma once
// A Report is a titled list of sections, each a list of paragraphs and tables:
// the weekly digest, an itinerary, minutes. Rendered as text, Markdown or JSON.

#include "officectl/render/table.hpp"

#include <string>
#include <variant>
#include <vector>

namespace officectl::render {

struct Paragraph {
    std::string text;
    bool confidential = false; // shown only with --show-confidential (see Secret)
};

using Block = std::variant<Paragraph, Table>;

struct Section {
    std::string title;
    std::vector<Block> blocks;

    Section& paragraph(std::string text);
    // A paragraph of confidential text (a confidential mail's body).
    Section& secret_paragraph(std::string text, bool confidential);
    Section& table(Table t);
    // A long table cut to its first `limit` rows, for a report meant to fit on a
    // page, and a line saying how many more there are and where to see them all.
    Section& table_at_most(Table t, std::size_t limit, const std::string& see_all);
};

struct Report {
    std::string title;
    std::vector<Section> sections;
};

} // namespace officectl::render
