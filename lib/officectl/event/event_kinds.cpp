#include "officectl/event/event_kinds.hpp"

#include "officectl/core/error.hpp"
#include "officectl/event/event_rules.hpp"

#include <fmt/format.h>

namespace officectl::event {
namespace {

const std::string k_prefix = "event.kind.";

std::vector<PlanStep> steps(std::initializer_list<const char*> texts) {
    std::vector<PlanStep> out;
    for (const auto* t : texts) {
        out.push_back(parse_step(t));
    }
    return out;
}

// What a Belgian office usually needs: permits from the municipality for an
// event outside or with a tent, an event insurance, and the music rights
// (Unisono collects SABAM's and the fair remuneration since 2018).
Kinds builtin_kinds() {
    Kinds k;
    k["reception"] = {"reception",
                      steps({"-60d Locatie vastleggen", "-45d Gastenlijst opstellen", "-30d Uitnodigingen versturen",
                             "-14d Catering bevestigen", "-7d Aantal gasten doorgeven aan catering",
                             "-2d Naamkaartjes en onthaal voorbereiden"}),
                      steps({"-60d Vergunning gemeente aanvragen (evenement, tent, geluid)",
                             "-30d Evenementenverzekering afsluiten", "-14d Muziekrechten aangeven (Unisono)"})};
    k["seminar"] = {"seminar",
                    steps({"-90d Sprekers vastleggen", "-60d Zaal en techniek reserveren", "-45d Uitnodigingen versturen",
                           "-10d Presentaties verzamelen", "-5d Deelnemerslijst en badges"}),
                    steps({"-30d Verzekering burgerlijke aansprakelijkheid nakijken"})};
    return k;
}

} // namespace

Kinds load_event_kinds(const config::Config& config) {
    Kinds kinds = builtin_kinds();
    for (const auto& [entry, path] : config.named_entries(k_prefix)) {
        const auto& [name, field] = path;
        auto& k = kinds[name];
        k.name = name;
        auto& list = field == "tasks" ? k.tasks : k.formalities;
        list.clear();
        for (const auto& text : config.get_strings(entry.key)) {
            try {
                list.push_back(parse_step(text));
            } catch (const Error& e) {
                throw config_error(fmt::format("{}: {}: {}", entry.origin, entry.key, e.what()));
            }
        }
    }
    return kinds;
}

void add_event_schema(config::Schema& schema) {
    schema.push_back({"event.kind.*.tasks", config::ValueKind::string_list, "",
                      "the template plan of a kind of event: [\"-30d Uitnodigingen versturen\", ...] (days or weeks "
                      "before the day)"});
    schema.push_back({"event.kind.*.formalities", config::ValueKind::string_list, "",
                      "the formalities of a kind of event (permits, insurance, music rights), as tasks: "
                      "[\"-60d Vergunning gemeente aanvragen\"]"});
}

} // namespace officectl::event
