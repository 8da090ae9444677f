// officectl contract due | obligation add | done | incident add | close | incidents | costs

#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/contract/contract_rules.hpp"
#include "officectl/contract/contract_store.hpp"
#include "officectl/contract/contract_views.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {

std::int64_t contract_id_argument(const std::string& text); // cli_contract.cpp

namespace {

void add_due(CLI::App* group, Context& ctx) {
    auto* due = group->add_subcommand("due", "every notice deadline, term end and obligation coming up, most urgent first");
    auto within = std::make_shared<std::string>("90d");
    due->add_option("--within", *within, "how far ahead (default 90d)")->type_name("PERIOD");
    due->footer("Examples:\n  officectl contract due\n  officectl contract due --within 1y -o csv");
    on_run(due, ctx, [&ctx, within] {
        auto until = core::add_period(ctx.today(), period_option("--within", *within));
        auto rows = contract::due(ctx.db(), ctx.config().calendar(), ctx.today(), until);
        if (rows.empty() && !ctx.format_given()) {
            ctx.note(fmt::format("nothing due until {}", core::format_date(until)));
            return;
        }
        ctx.print_table(contract::due_table(rows, ctx.today()));
    });
}

void add_obligations(CLI::App* group, Context& ctx) {
    auto* obligation = group->add_subcommand("obligation", "recurring obligations tied to a contract (inspections, checks)");
    obligation->require_subcommand(1);
    auto* add = obligation->add_subcommand("add", "an obligation that comes back");
    struct Opts {
        std::string contract, title, every, next, lead = "0d";
    };
    auto o = std::make_shared<Opts>();
    add->add_option("contract", o->contract, "the contract's number")->required()->type_name("ID");
    add->add_option("title", o->title, "what must be done")->required()->type_name("TITLE");
    add->add_option("--every", o->every, "how often: 1y, 6m")->required()->type_name("PERIOD");
    add->add_option("--next", o->next, "when next")->required()->type_name("DATE");
    add->add_option("--lead", o->lead, "how long before it comes up (default 0d)")->type_name("PERIOD");
    add->footer("Examples:\n  officectl contract obligation add 3 \"Technische keuring\" --every 1y --next 2027-03-01 --lead 30d");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        auto c = contract::get_contract(ctx.db(), contract_id_argument(o->contract));
        contract::Obligation ob;
        ob.contract_id = c.id;
        ob.title = o->title;
        ob.every = period_option("--every", o->every);
        ob.next = date_option(ctx, "--next", o->next);
        ob.lead = period_option("--lead", o->lead);
        if (ob.every == core::Period{}) {
            throw usage_error("--every: a period longer than nothing");
        }
        auto id = contract::add_obligation(txn, ob);
        txn.commit();
        ctx.done(fmt::format("obligation {} on contract {}: \"{}\" every {}, next {}", id, c.id, ob.title,
                             core::format_period(ob.every), core::format_date(ob.next)),
                 std::to_string(id));
    });
    auto* done = obligation->add_subcommand("done", "an obligation carried out: it rolls to the next date");
    auto oid = std::make_shared<std::int64_t>(0);
    auto date = std::make_shared<std::string>();
    done->add_option("id", *oid, "the obligation's number")->required()->type_name("N");
    done->add_option("--date", *date, "when it was done (default today)")->type_name("DATE");
    done->footer("Examples:\n  officectl contract obligation done 2 --date 2027-02-20");
    on_write(done, ctx, [&ctx, oid, date](store::Txn& txn) {
        auto ob = contract::get_obligation(ctx.db(), *oid);
        auto when = date->empty() ? ctx.today() : date_option(ctx, "--date", *date);
        // The next one comes a period after the one that was due (not after a late execution).
        ob.next = core::add_period(ob.next, ob.every);
        while (ob.next <= when) {
            ob.next = core::add_period(ob.next, ob.every);
        }
        contract::update_obligation(txn, ob);
        txn.commit();
        ctx.done(fmt::format("obligation {} \"{}\" done on {}; next {}", ob.id, ob.title, core::format_date(when),
                             core::format_date(ob.next)),
                 std::to_string(ob.id));
    });
}

void add_incidents(CLI::App* group, Context& ctx) {
    auto* incident = group->add_subcommand("incident", "execution problems with a contract");
    incident->require_subcommand(1);
    auto* add = incident->add_subcommand("add", "record a problem");
    struct Opts {
        std::string contract, title, date, severity = "normal";
    };
    auto o = std::make_shared<Opts>();
    add->add_option("contract", o->contract, "the contract's number")->required()->type_name("ID");
    add->add_option("title", o->title, "what went wrong")->required()->type_name("TITLE");
    add->add_option("--date", o->date, "when (default today)")->type_name("DATE");
    add_choice_option(add, "--severity", o->severity, contract::severities, "how bad", "SEVERITY");
    add->footer("Examples:\n  officectl contract incident add 1 \"Kopieertoestel 3 dagen defect\" --severity high");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        auto c = contract::get_contract(ctx.db(), contract_id_argument(o->contract));
        contract::Incident i;
        i.contract_id = c.id;
        i.title = o->title;
        i.date = o->date.empty() ? ctx.today() : date_option(ctx, "--date", o->date);
        i.severity = contract::severities.parse(o->severity).value(); // the option admits only its words
        auto id = contract::add_incident(txn, i);
        txn.commit();
        ctx.done(fmt::format("incident {} on contract {} \"{}\": {}", id, c.id, c.title, i.title), std::to_string(id));
    });
    auto* close = incident->add_subcommand("close", "the problem is solved");
    auto iid = std::make_shared<std::int64_t>(0);
    auto date = std::make_shared<std::string>();
    close->add_option("id", *iid, "the incident's number")->required()->type_name("N");
    close->add_option("--date", *date, "when (default today)")->type_name("DATE");
    close->footer("Examples:\n  officectl contract incident close 4");
    on_write(close, ctx, [&ctx, iid, date](store::Txn& txn) {
        auto i = contract::get_incident(ctx.db(), *iid);
        if (i.closed) {
            throw data_error(fmt::format("incident {} was closed on {} already", i.id, core::format_date(*i.closed)));
        }
        i.closed = date->empty() ? ctx.today() : date_option(ctx, "--date", *date);
        contract::update_incident(txn, i);
        txn.commit();
        ctx.done(fmt::format("incident {} closed: {}", i.id, i.title), std::to_string(i.id));
    });
    auto* list = group->add_subcommand("incidents", "execution problems, per contract");
    auto open = std::make_shared<bool>(false);
    list->add_flag("--open", *open, "only those not solved");
    list->footer("Examples:\n  officectl contract incidents --open");
    on_run(list, ctx, [&ctx, open] {
        ctx.print_table(contract::incidents_table(contract::list_incidents(ctx.db(), std::nullopt, *open)));
    });
}

void add_costs(CLI::App* group, Context& ctx) {
    auto* costs = group->add_subcommand("costs", "what the contracts cost in a year, per contract, vendor or category");
    auto year = std::make_shared<int>(0);
    auto by = std::make_shared<std::string>();
    costs->add_option("--year", *year, "the year (default this year)")->type_name("YEAR");
    add_choice_option(costs, "--by", *by, {"vendor", "category"}, "a row per (default: a row per contract)", "GROUP");
    costs->footer("Examples:\n  officectl contract costs --year 2027\n  officectl contract costs --by category -o csv");
    on_run(costs, ctx, [&ctx, year, by] {
        int y = *year != 0 ? *year : int(ctx.today().year());
        ctx.print_table(contract::costs_table(ctx.db(), y, *by, ctx.today()));
    });
}

} // namespace

void add_contract_follow_commands(CLI::App* group, Context& ctx) {
    add_due(group, ctx);
    add_obligations(group, ctx);
    add_incidents(group, ctx);
    add_costs(group, ctx);
}

} // namespace officectl::app
