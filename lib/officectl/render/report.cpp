#include "officectl/render/report.hpp"

namespace officectl::render {

Section& Section::paragraph(std::string text) {
    blocks.emplace_back(Paragraph{std::move(text), false});
    return *this;
}

Section& Section::secret_paragraph(std::string text, bool confidential) {
    blocks.emplace_back(Paragraph{std::move(text), confidential});
    return *this;
}

Section& Section::table(Table t) {
    blocks.emplace_back(std::move(t));
    return *this;
}

Section& Section::table_at_most(Table t, std::size_t limit, const std::string& see_all) {
    auto dropped = t.keep_first(limit);
    table(std::move(t));
    if (dropped > 0) {
        paragraph("… and " + std::to_string(dropped) + " more: " + see_all);
    }
    return *this;
}

} // namespace officectl::render
