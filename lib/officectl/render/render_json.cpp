// JSON output, stable for scripts:
//   text -> string, integer -> number, bool -> true/false, empty -> null,
//   date -> "2026-12-01", date-time -> "2026-12-01T10:00:00+01:00" (its own zone's
//   offset), duration -> number of minutes,
//   money -> {"amount": "1234.56", "currency": "EUR"} (a decimal string: exact),
//   json -> the value itself.

#include "officectl/core/datetime.hpp"
#include "officectl/render/render.hpp"
#include "officectl/render/render_json.hpp"

#include <date/date.h>
#include <fmt/format.h>

namespace officectl::render {
namespace {

std::string iso_with_offset(const core::ZonedInstant& zi) {
    auto local = core::to_local(zi.utc, zi.zone);
    auto offset = std::chrono::duration_cast<std::chrono::minutes>(local.time_since_epoch() - zi.utc.time_since_epoch());
    auto m = offset.count();
    auto sign = m < 0 ? '-' : '+';
    m = m < 0 ? -m : m;
    return fmt::format("{}{}{:02}:{:02}", date::format("%FT%T", local), sign, m / 60, m % 60);
}

nlohmann::ordered_json cell_json(const Cell& cell) {
    struct Visitor {
        nlohmann::ordered_json operator()(std::monostate) const { return nullptr; }
        nlohmann::ordered_json operator()(const std::string& s) const { return s; }
        nlohmann::ordered_json operator()(std::int64_t v) const { return v; }
        nlohmann::ordered_json operator()(double v) const { return v; }
        nlohmann::ordered_json operator()(core::Date d) const { return core::format_date(d); }
        nlohmann::ordered_json operator()(const core::ZonedInstant& zi) const { return iso_with_offset(zi); }
        nlohmann::ordered_json operator()(Minutes m) const { return m.value; }
        nlohmann::ordered_json operator()(const core::Money& m) const {
            return {{"amount", core::money_decimal(m)}, {"currency", m.currency}};
        }
        nlohmann::ordered_json operator()(bool b) const { return b; }
    };
    return std::visit(Visitor{}, cell);
}

} // namespace

nlohmann::ordered_json table_json(const Table& table) {
    auto rows = nlohmann::ordered_json::array();
    for (const auto& row : table.rows()) {
        auto obj = nlohmann::ordered_json::object();
        for (size_t i = 0; i < row.size(); ++i) {
            const auto* text = std::get_if<std::string>(&row[i]);
            if (table.columns()[i].type == ColumnType::json && text != nullptr) {
                obj[table.columns()[i].name] = nlohmann::ordered_json::parse(*text, nullptr, false);
            } else {
                obj[table.columns()[i].name] = cell_json(row[i]);
            }
        }
        rows.push_back(std::move(obj));
    }
    return rows;
}

std::string render_json_table(const Table& table) { return table_json(table).dump(2) + "\n"; }

} // namespace officectl::render
