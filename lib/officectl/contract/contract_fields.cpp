#include "officectl/contract/contract_fields.hpp"

#include "officectl/budget/budget_store.hpp"
#include "officectl/contact/contact_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

namespace officectl::contract {
namespace {

// Runs `parse`, naming the field in its error: `--start: invalid date ...`.
template <typename F> auto named(const FieldRules& rules, std::string_view field, F parse) {
    try {
        return parse();
    } catch (const Error& e) {
        throw Error(e.code(), fmt::format("{}{}: {}", rules.prefix, field, e.what()));
    }
}

} // namespace

RenewalRule parse_renewal(std::string_view text) {
    auto word = core::to_lower(core::trim(text));
    if (word == "none") {
        return {Renewal::none, std::nullopt};
    }
    if (word == "manual") {
        return {Renewal::manual, std::nullopt};
    }
    if (word.rfind("auto:", 0) == 0) {
        auto every = core::parse_period(word.substr(5));
        if (every == core::Period{}) {
            throw data_error(fmt::format("\"{}\" renews for no time: give the new terms' length, auto:12m", text));
        }
        return {Renewal::automatic, every};
    }
    throw data_error(fmt::format("expected auto:12m, manual or none, not \"{}\"", text));
}

std::string renewal_field(const Contract& c) {
    switch (c.renewal) {
    case Renewal::automatic: return "auto:" + core::format_period(*c.renew_every);
    case Renewal::manual: return "manual";
    case Renewal::none: return "none";
    }
    return "none";
}

void apply_fields(store::Txn& txn, const ContractFields& f, Contract& c, const FieldRules& rules,
                  std::vector<std::string>& notes) {
    auto text = [](const std::string& s) { return std::string(core::trim(s)); };
    if (!text(f.end).empty() && !text(f.term).empty()) {
        auto both = fmt::format("give {0}end or {0}term, not both", rules.prefix);
        if (rules.prefix == "--") {
            throw usage_error(both);
        }
        throw data_error(both);
    }
    if (!text(f.reference).empty()) {
        c.reference = text(f.reference);
    }
    if (!text(f.title).empty()) {
        c.title = text(f.title);
    }
    if (!text(f.vendor).empty()) {
        auto r = contact::resolve_party(txn, text(f.vendor), {rules.strict, contact::Type::supplier, rules.whole_names});
        if (r.created) {
            notes.push_back(fmt::format("new relation #{} {} (add details with `officectl contact edit '#{}'`)",
                                        r.contact.id, r.contact.name, r.contact.id));
        }
        c.vendor_id = r.contact.id;
        c.vendor = r.contact.name;
    }
    if (!text(f.category).empty()) {
        c.category = core::to_lower(text(f.category));
    }
    if (!text(f.start).empty()) {
        c.start = named(rules, "start", [&] { return core::parse_date(text(f.start), rules.today); });
    }
    bool new_end = !text(f.end).empty();
    if (new_end) {
        c.end = named(rules, "end", [&] { return core::parse_date(text(f.end), rules.today); });
        c.term.reset();
    }
    if (!text(f.term).empty()) {
        c.term = named(rules, "term", [&] { return core::parse_period(text(f.term)); });
        if (!new_end) {
            c.end.reset();
        }
    }
    if (!text(f.notice).empty()) {
        c.notice = named(rules, "notice", [&] { return core::parse_period(text(f.notice)); });
    }
    if (!text(f.renew).empty()) {
        auto rule = named(rules, "renew", [&] { return parse_renewal(f.renew); });
        c.renewal = rule.renewal;
        c.renew_every = rule.every;
    }
    if (!text(f.amount).empty()) {
        c.amount = named(rules, "amount", [&] {
            auto amount = core::parse_money(text(f.amount), rules.currency, rules.decimal);
            if (amount.cents < 0) {
                throw data_error("a cost of 0 or more");
            }
            return amount;
        });
    }
    if (!text(f.per).empty()) {
        c.per = named(rules, "per", [&] {
            auto per = pers.parse(core::to_lower(text(f.per)));
            if (!per) {
                throw data_error(fmt::format("\"{}\" is not {}", text(f.per), core::either_of(pers.words())));
            }
            return *per;
        });
    }
    if (!text(f.budget_line).empty()) {
        // A line that exists: codes repeat every year, so it is looked up in the year the contract starts.
        named(rules, rules.prefix == "--" ? "line" : "budget_line",
              [&] { return budget::find_line(txn.db(), text(f.budget_line), int(c.start.year())); });
        c.budget_line = text(f.budget_line);
    }
    if (!text(f.owner).empty()) {
        c.owner = team::get_member(txn.db(), text(f.owner)).handle;
    }
    if (!text(f.note).empty()) {
        c.note = text(f.note);
    }
}

} // namespace officectl::contract
