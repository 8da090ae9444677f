#include "officectl/dossier/dossier_kinds.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

namespace officectl::dossier {
namespace {

Kind make_kind(std::string name, std::vector<std::string> required, const char* retention, std::string action,
               std::string basis) {
    Kind k;
    k.name = std::move(name);
    k.required = std::move(required);
    k.retention = core::parse_period(retention);
    k.action = std::move(action);
    k.basis = std::move(basis);
    return k;
}

constexpr std::string_view k_prefix = "dossier.kind.";

} // namespace

const Kinds& builtin_kinds() {
    static const Kinds kinds = [] {
        Kinds k;
        for (auto&& kind : {
                 make_kind("personnel",
                           {"arbeidsovereenkomst", "dimona", "identiteitskaart", "bankgegevens",
                            "ontvangst-arbeidsreglement"},
                           "5y", "destroy",
                           "sociale documenten: 5 jaar na het einde van de tewerkstelling (KB nr. 5 van 23 oktober "
                           "1978, art. 25); daarna niet langer bewaren (AVG art. 5.1.e)"),
                 make_kind("supplier", {"offerte", "overeenkomst", "kbo-uittreksel"}, "10y", "destroy",
                           "boekhoudkundige stukken: 10 jaar (WER art. III.86; btw: WBTW art. 60)"),
                 make_kind("vehicle",
                           {"inschrijvingsbewijs", "gelijkvormigheidsattest", "verzekeringsbewijs", "keuringsbewijs"},
                           "10y", "destroy",
                           "aankoop- en afschrijvingsstukken: 10 jaar na verkoop (WER art. III.86)"),
                 make_kind("project", {"projectplan", "budget", "eindverslag"}, "10y", "archive",
                           "boekhoudkundige stukken: 10 jaar (WER art. III.86); daarna archief als referentie"),
                 make_kind("insurance", {"polis", "algemene-voorwaarden", "bijzondere-voorwaarden"}, "10y", "destroy",
                           "vorderingen verjaren na 3 jaar (Verzekeringswet 4 april 2014, art. 88); premies zijn "
                           "boekhoudkundige stukken: 10 jaar (WER art. III.86)"),
             }) {
            k.emplace(kind.name, kind);
        }
        return k;
    }();
    return kinds;
}

Kinds load_kinds(const config::Config& config) {
    Kinds kinds = builtin_kinds();
    for (const auto& [entry, path] : config.named_entries(k_prefix)) {
        const auto& [name, field] = path;
        auto& k = kinds[name]; // a new kind starts without a term
        k.name = name;
        k.origin = entry.origin;
        // The schema has checked every value already (config::check_period, check_one_of).
        if (field == "required") {
            k.required.clear();
            for (const auto& t : config.get_strings(entry.key)) {
                k.required.push_back(core::to_lower(core::trim(t)));
            }
        } else if (field == "retention") {
            k.retention = core::parse_period(*config.get_string(entry.key));
        } else if (field == "retention_from") {
            k.retention_from = *config.get_string(entry.key);
        } else if (field == "action") {
            k.action = *config.get_string(entry.key);
        } else if (field == "basis") {
            k.basis = *config.get_string(entry.key);
        }
    }
    return kinds;
}

const Kind& kind_named(const Kinds& kinds, const std::string& name) {
    auto it = kinds.find(core::to_lower(name));
    if (it == kinds.end()) {
        std::vector<std::string> known;
        for (const auto& [n, k] : kinds) {
            known.push_back(n);
        }
        throw data_error(fmt::format("no dossier kind \"{}\" (known: {}; add one as [dossier.kind.{}] in config)", name,
                                     core::join(known, ", "), name));
    }
    return it->second;
}

bool copy_by_default(const config::Config& config) {
    return config.get_bool("dossier.copy").value_or(false);
}

void add_dossier_schema(config::Schema& schema) {
    schema.push_back({"dossier.copy", config::ValueKind::boolean, "false",
                      "copy documents into the store's files/ folder, so the dossier is self-contained"});
    schema.push_back({"dossier.kind.*.required", config::ValueKind::string_list, "",
                      "the document types a kind of dossier must hold: [\"arbeidsovereenkomst\", \"dimona\"]"});
    schema.push_back({"dossier.kind.*.retention", config::ValueKind::string, "",
                      "how long a dossier of the kind is kept: \"5y\"", config::check_period});
    schema.push_back({"dossier.kind.*.retention_from", config::ValueKind::string, "",
                      "when the retention term starts: \"closed\" (default) or \"opened\"",
                      config::check_one_of({"closed", "opened"})});
    schema.push_back({"dossier.kind.*.action", config::ValueKind::string, "",
                      "what happens when the term is over: \"destroy\" (default) or \"archive\"",
                      config::check_one_of({"destroy", "archive"})});
    schema.push_back({"dossier.kind.*.basis", config::ValueKind::string, "",
                      "where the term comes from (a law, a policy), shown by `dossier retention`"});
}

} // namespace officectl::dossier
