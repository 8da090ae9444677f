#include "officectl/render/report.hpp"

namespace officectl::render {

Section& Section::paragraph(std::string text) {
    blocks.emplace_back(Paragraph{std::move(text)});
    return *this;
}

Section& Section::table(Table t) {
    blocks.emplace_back(std::move(t));
    return *this;
}

} // namespace officectl::render
