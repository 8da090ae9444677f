#include "officectl/core/period.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/render/render.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace officectl::render {

std::optional<Format> parse_format(std::string_view name) { return formats.parse(name); }

std::string cell_text(const Cell& cell, const RenderOptions& o) {
    struct Visitor {
        const RenderOptions& o;
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(const std::string& s) const { return s; }
        std::string operator()(std::int64_t v) const { return std::to_string(v); }
        std::string operator()(double v) const {
            auto text = fmt::format("{:g}", v);
            if (o.format == Format::csv && o.csv_separator == ';') { // Excel in Belgium: decimal comma
                std::replace(text.begin(), text.end(), '.', ',');
            }
            return text;
        }
        std::string operator()(core::Date d) const { return core::format_date(d); }
        std::string operator()(const core::ZonedInstant& zi) const {
            auto local = core::format_local(zi);
            return o.zone.empty() || zi.zone == o.zone ? local : fmt::format("{} {}", local, zi.zone);
        }
        std::string operator()(Minutes m) const { return core::format_duration_minutes(m.value); }
        std::string operator()(const core::Money& m) const {
            if (o.format == Format::csv) {
                auto amount = core::money_decimal(m, o.csv_separator == ';' ? ',' : '.');
                return m.currency == o.currency ? amount : fmt::format("{} {}", amount, m.currency);
            }
            return core::format_money(m, o.language);
        }
        std::string operator()(bool b) const {
            if (o.format == Format::csv) {
                return b ? "true" : "false";
            }
            return b ? "yes" : "no";
        }
        std::string operator()(const Secret& s) const { return o.show_confidential ? s.value : s.masked; }
        std::string operator()(const List& l) const { return core::join(l.items, ", "); }
        std::string operator()(const Structured& s) const { return s.text; }
    };
    return std::visit(Visitor{o}, cell);
}

} // namespace officectl::render
