// officectl contract add | list | show | edit | end, and the follow-up verbs (cli_contract_follow.cpp)

#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/contact/contact_store.hpp"
#include "officectl/contract/contract_fields.hpp"
#include "officectl/contract/contract_rules.hpp"
#include "officectl/contract/contract_store.hpp"
#include "officectl/contract/contract_views.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {

std::int64_t contract_id_argument(const std::string& text) {
    return id_argument(text, "contract", "contract list");
}

namespace {

// The fields as options give them, and what only the command line has.
struct ContractOptions {
    contract::ContractFields fields;
    std::string dossier;
    bool strict = false;
};

// Sets the fields given (empty ones keep `c`'s): the library parses and checks.
void apply_options(Context& ctx, store::Txn& txn, const ContractOptions& o, contract::Contract& c,
                   std::vector<std::string>& notes) {
    contract::FieldRules rules{ctx.today(), ctx.config().currency(), ctx.config().decimal_mark(), o.strict, "--"};
    contract::apply_fields(txn, o.fields, c, rules, notes);
    if (!o.dossier.empty()) {
        c.dossier_id = id_argument(o.dossier, "dossier", "dossier list");
    }
}

void add_contract_options(CLI::App* verb, ContractOptions& o, bool for_add) {
    auto* vendor = verb->add_option("--vendor", o.fields.vendor, "the supplier: a relation (created when new, unless --strict)")
                       ->type_name("CONTACT");
    auto* start = verb->add_option("--start", o.fields.start, "the first day")->type_name("DATE");
    if (for_add) {
        vendor->required();
        start->required();
        verb->add_flag("--strict", o.strict, "refuse a vendor that is not a relation yet");
    } else {
        verb->add_option("--title", o.fields.title, "a new title")->type_name("TITLE");
    }
    verb->add_option("--reference", o.fields.reference, "the office's own number: CT-2025-004 (what an import matches)")
        ->type_name("REF");
    verb->add_option("--category", o.fields.category, "maintenance, service, lease, insurance, vehicle, ...")->type_name("CATEGORY");
    verb->add_option("--end", o.fields.end, "the first term's last day")->type_name("DATE");
    verb->add_option("--term", o.fields.term, "the first term's length instead: 36m, 3y")->type_name("PERIOD");
    verb->add_option("--notice", o.fields.notice, "notice period: 3m")->type_name("PERIOD");
    verb->add_option("--renew", o.fields.renew, "auto:12m (renews itself), manual or none (default)")->type_name("RENEWAL");
    verb->add_option("--amount", o.fields.amount, "what it costs: \"1.250,00\"")->type_name("AMOUNT");
    add_choice_option(verb, "--per", o.fields.per, contract::pers, "the amount is paid per (default year)", "PER");
    verb->add_option("--line", o.fields.budget_line, "the budget line it is charged to")->type_name("LINE");
    verb->add_option("--owner", o.fields.owner, "who follows it up")->type_name(k_handle);
    verb->add_option("--note", o.fields.note, "a note")->type_name("TEXT");
    verb->add_option("--dossier", o.dossier, "the dossier that holds its papers (see `officectl dossier list`)")
        ->type_name("DOSSIER");
}


void add_add(CLI::App* group, Context& ctx) {
    auto* add = group->add_subcommand("add", "record a contract: its terms, notice, renewal, cost");
    auto title = std::make_shared<std::string>();
    auto o = std::make_shared<ContractOptions>();
    add->add_option("title", *title, "what it covers")->required()->type_name("TITLE");
    add_contract_options(add, *o, true);
    add->footer("Examples:\n"
                "  officectl contract add \"Onderhoud kopieertoestellen\" --vendor Ricoh --category maintenance \\\n"
                "      --start 2025-01-01 --term 36m --notice 3m --renew auto:12m --amount \"1.250,00\" --per month\n"
                "  officectl contract add \"Schoonmaak\" --vendor \"ISS\" --start 2026-01-01 --end 2026-12-31 --renew manual");
    on_write(add, ctx, [&ctx, title, o](store::Txn& txn) {
        contract::Contract c;
        c.title = std::string(core::trim(*title));
        std::vector<std::string> notes;
        apply_options(ctx, txn, *o, c, notes);
        auto id = contract::add_contract(txn, c);
        txn.commit();
        for (const auto& n : notes) {
            ctx.note(n);
        }
        auto calendar = ctx.config().calendar();
        auto term = contract::term_on(c, ctx.today());
        auto notice = term ? contract::notice_deadline(c, *term, calendar) : std::nullopt;
        if (auto missed = contract::missed_notice(c, calendar, ctx.today())) {
            ctx.warn(fmt::format("the notice deadline has passed: {}", missed->detail));
        }
        ctx.done(fmt::format("contract {} \"{}\" with {}: term ends {}{}", id, c.title, c.vendor,
                             core::format_date(term ? term->to : contract::first_end(c)),
                             notice ? ", notice by " + core::format_date(*notice) : ""),
                 std::to_string(id));
    });
}

void add_list(CLI::App* group, Context& ctx) {
    auto* list = group->add_subcommand("list", "contracts: term end and notice deadline of the running term");
    struct Opts {
        std::string vendor, category;
        bool all = false;
    };
    auto o = std::make_shared<Opts>();
    list->add_option("--vendor", o->vendor, "one relation's")->type_name("CONTACT");
    list->add_option("--category", o->category, "one category")->type_name("CATEGORY");
    list->add_flag("--all", o->all, "ended ones too");
    list->footer("Examples:\n  officectl contract list\n  officectl -o csv contract list --all");
    on_run(list, ctx, [&ctx, o] {
        contract::ContractFilter f;
        if (!o->vendor.empty()) {
            f.vendor_id = contact::get_contact(ctx.db(), o->vendor).id;
        }
        if (!o->category.empty()) {
            f.category = core::to_lower(o->category);
        }
        f.include_ended = o->all;
        ctx.print_table(contract::contracts_table(contract::list_contracts(ctx.db(), f), ctx.config().calendar(), ctx.today()));
    });
}

void add_show(CLI::App* group, Context& ctx) {
    auto* show = group->add_subcommand("show", "one contract: terms with their notice deadlines, obligations, incidents");
    auto id = std::make_shared<std::string>();
    show->add_option("id", *id, "the contract's number")->required()->type_name("ID");
    show->footer("Examples:\n  officectl contract show 1");
    on_run(show, ctx, [&ctx, id] {
        auto c = contract::get_contract(ctx.db(), contract_id_argument(*id));
        ctx.print_report(contract::contract_report(c, contract::list_obligations(ctx.db(), c.id),
                                                   contract::list_incidents(ctx.db(), c.id, false),
                                                   ctx.config().calendar(), ctx.today()));
    });
}

void add_edit(CLI::App* group, Context& ctx) {
    auto* edit = group->add_subcommand("edit", "change a contract; an empty value (--note \"\") clears --category, --line, "
                                               "--owner or --note");
    auto id = std::make_shared<std::string>();
    auto o = std::make_shared<ContractOptions>();
    edit->add_option("id", *id, "the contract's number")->required()->type_name("ID");
    add_contract_options(edit, *o, false);
    edit->footer("Examples:\n  officectl contract edit 1 --notice 6m\n  officectl contract edit 1 --amount \"1.300,00\"");
    on_write(edit, ctx, [&ctx, edit, id, o](store::Txn& txn) {
        auto c = contract::get_contract(ctx.db(), contract_id_argument(*id));
        std::vector<std::string> notes;
        apply_options(ctx, txn, *o, c, notes);
        // An option given as "" clears its field, as in team and contact edit.
        for (auto [name, field] : {std::pair{"--category", &c.category}, std::pair{"--line", &c.budget_line},
                                   std::pair{"--owner", &c.owner}, std::pair{"--note", &c.note}}) {
            const auto* option = edit->get_option(name);
            if (option->count() > 0 && option->as<std::string>().empty()) {
                field->reset();
            }
        }
        contract::update_contract(txn, c);
        txn.commit();
        for (const auto& n : notes) {
            ctx.note(n);
        }
        ctx.done(fmt::format("changed contract {} \"{}\"", c.id, c.title), std::to_string(c.id));
    });
}

void add_end(CLI::App* group, Context& ctx) {
    auto* end = group->add_subcommand("end", "terminate a contract: its last day, and when notice was given");
    struct Opts {
        std::string id, date, notice_given;
    };
    auto o = std::make_shared<Opts>();
    end->add_option("id", o->id, "the contract's number")->required()->type_name("ID");
    end->add_option("--date", o->date, "the last day (default: the end of the running term)")->type_name("DATE");
    end->add_option("--notice-given", o->notice_given, "the day notice was given (default today)")->type_name("DATE");
    end->footer("Examples:\n  officectl contract end 1 --notice-given 2027-09-15");
    on_write(end, ctx, [&ctx, o](store::Txn& txn) {
        auto c = contract::get_contract(ctx.db(), contract_id_argument(o->id));
        if (c.ended) {
            throw data_error(fmt::format("contract {} ended on {} already", c.id, core::format_date(*c.ended)));
        }
        auto term = contract::term_on(c, ctx.today());
        c.ended = !o->date.empty() ? date_option(ctx, "--date", o->date)
                  : term             ? term->to
                                     : contract::first_end(c);
        c.notice_given = o->notice_given.empty() ? ctx.today() : date_option(ctx, "--notice-given", o->notice_given);
        if (*c.ended < c.start) {
            throw data_error("--date: before the contract's start");
        }
        std::string late;
        if (term) {
            if (auto n = contract::notice_deadline(c, *term, ctx.config().calendar()); n && *c.notice_given > *n) {
                late = fmt::format(" (notice given after the deadline {}: check the contract)", core::format_date(*n));
            }
        }
        contract::update_contract(txn, c);
        txn.commit();
        ctx.done(fmt::format("contract {} \"{}\" ends {}{}", c.id, c.title, core::format_date(*c.ended), late),
                 std::to_string(c.id));
    });
}

} // namespace

void add_contract_commands(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("contract", "contracts and their deadlines, obligations, incidents, costs");
    group->require_subcommand(1);
    add_add(group, ctx);
    add_list(group, ctx);
    add_show(group, ctx);
    add_edit(group, ctx);
    add_end(group, ctx);
    add_contract_follow_commands(group, ctx);
    add_contract_csv_commands(group, ctx);
}

} // namespace officectl::app
