// -o json-schema: the JSON Schema (draft 2020-12) of what -o json prints for the
// same command, derived from the same Table columns the JSON renderer writes. A
// script writer reads the shape of a listing from officectl itself; the
// committed copies in docs/json/ keep the shapes stable (tests/json/).

#include "officectl/render/render.hpp"
#include "officectl/render/render_json.hpp"

#include <algorithm>

namespace officectl::render {
namespace {

using Json = nlohmann::ordered_json;

Json nullable(const char* type) { return Json{{"type", Json::array({type, "null"})}}; }

Json column_schema(const Column& c) {
    switch (c.type) {
    case ColumnType::text: return nullable("string");
    case ColumnType::integer: return nullable("integer");
    case ColumnType::decimal: return nullable("number");
    case ColumnType::date: {
        auto s = nullable("string");
        s["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
        return s;
    }
    case ColumnType::datetime: {
        auto s = nullable("string");
        s["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$";
        return s;
    }
    case ColumnType::duration: {
        auto s = nullable("integer");
        s["description"] = "minutes";
        return s;
    }
    case ColumnType::money:
        return Json{{"type", Json::array({"object", "null"})},
                    {"properties",
                     {{"amount", {{"type", "string"}, {"pattern", "^-?[0-9]+\\.[0-9]{2}$"}}},
                      {"currency", {{"type", "string"}, {"pattern", "^[A-Z]{3}$"}}}}},
                    {"required", Json::array({"amount", "currency"})},
                    {"additionalProperties", false}};
    case ColumnType::boolean: return nullable("boolean");
    case ColumnType::json: return c.schema.empty() ? Json::object() : Json::parse(c.schema);
    case ColumnType::list: return Json{{"type", "array"}, {"items", {{"type", "string"}}}};
    }
    return Json::object();
}

Json row_schema(const Table& t) {
    Json properties = Json::object();
    Json required = Json::array();
    for (const auto& c : t.columns()) {
        properties[c.name] = column_schema(c);
        required.push_back(c.name);
    }
    return Json{{"type", "object"},
                {"properties", properties},
                {"required", required},
                {"additionalProperties", false}};
}

Json array_of_rows(const Table& t) { return Json{{"type", "array"}, {"items", row_schema(t)}}; }

Json document(Json schema) {
    Json doc{{"$schema", "https://json-schema.org/draft/2020-12/schema"}};
    doc.update(schema);
    return doc;
}

// A report's blocks: paragraphs, and tables told apart by their columns.
Json block_schema(const Report& r) {
    Json any = Json::array();
    any.push_back(Json{{"type", "object"},
                       {"properties", {{"type", {{"const", "paragraph"}}}, {"text", {{"type", "string"}}}}},
                       {"required", Json::array({"type", "text"})},
                       {"additionalProperties", false}});
    std::vector<std::vector<std::string>> seen;
    for (const auto& s : r.sections) {
        for (const auto& b : s.blocks) {
            const auto* t = std::get_if<Table>(&b);
            if (t == nullptr) {
                continue;
            }
            std::vector<std::string> names;
            for (const auto& c : t->columns()) {
                names.push_back(c.name);
            }
            if (std::find(seen.begin(), seen.end(), names) != seen.end()) {
                continue;
            }
            seen.push_back(names);
            any.push_back(Json{{"type", "object"},
                               {"properties",
                                {{"type", {{"const", "table"}}},
                                 {"title", {{"type", "string"}}},
                                 {"columns", {{"const", names}}},
                                 {"rows", array_of_rows(*t)}}},
                               {"required", Json::array({"type", "title", "columns", "rows"})},
                               {"additionalProperties", false}});
        }
    }
    return Json{{"anyOf", any}};
}

} // namespace

std::string json_schema_of_table(const Table& table) { return document(array_of_rows(table)).dump(2) + "\n"; }

std::string json_schema_of_record(const Table& table) {
    if (table.rows().size() != 1) {
        return json_schema_of_table(table);
    }
    return document(row_schema(table)).dump(2) + "\n";
}

std::string json_schema_of_report(const Report& report) {
    Json section{{"type", "object"},
                 {"properties",
                  {{"title", {{"type", "string"}}}, {"blocks", {{"type", "array"}, {"items", block_schema(report)}}}}},
                 {"required", Json::array({"title", "blocks"})},
                 {"additionalProperties", false}};
    Json doc{{"type", "object"},
             {"properties", {{"title", {{"type", "string"}}}, {"sections", {{"type", "array"}, {"items", section}}}}},
             {"required", Json::array({"title", "sections"})},
             {"additionalProperties", false}};
    return document(doc).dump(2) + "\n";
}

} // namespace officectl::render
