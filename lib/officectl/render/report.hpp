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
};

using Block = std::variant<Paragraph, Table>;

struct Section {
    std::string title;
    std::vector<Block> blocks;

    Section& paragraph(std::string text);
    Section& table(Table t);
};

struct Report {
    std::string title;
    std::vector<Section> sections;
};

} // namespace officectl::render
