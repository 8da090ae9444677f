// officectl budget add | list | show | report | line add | line edit, and the
// verbs of spending (cli_budget_spend.cpp) and quotes (cli_budget_quotes.cpp)

#include "budget_shared.hpp"
#include "commands.hpp"

#include "officectl/budget/budget_rules.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/budget/budget_views.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {

namespace {

// The year's plan from --amount (spread evenly) or --by-month; nullopt when neither is given.
std::optional<std::array<std::int64_t, 12>> line_plan(Context& ctx, const std::string& amount, const std::string& by_month,
                                                      bool monthly, const std::string& currency) {
    if (!by_month.empty() && (!amount.empty() || monthly)) {
        throw usage_error("--by-month gives the plan itself: not with --amount or --monthly");
    }
    if (!by_month.empty()) {
        try {
            return budget::parse_by_month(by_month, currency, ctx.config().decimal_mark());
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("--by-month: {}", e.what()));
        }
    }
    if (!amount.empty()) {
        auto plan = money_option(ctx, "--amount", amount);
        if (plan.currency != currency) { // a line's plan is in the line's currency; nothing converts it silently
            throw data_error(fmt::format("--amount: the line is in {}, not {}", currency, plan.currency));
        }
        return budget::spread_evenly(plan.cents);
    }
    return std::nullopt;
}

void add_add(CLI::App* group, Context& ctx) {
    auto* add = group->add_subcommand("add", "start a budget for a year");
    struct Opts {
        std::string name, owner;
        int year = 0;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("name", o->name, "its name: \"Facilitair 2027\"")->required()->type_name("NAME");
    add->add_option("--year", o->year, "the year it covers")->required()->type_name("YEAR");
    add->add_option("--owner", o->owner, "who manages it")->type_name(k_handle);
    add->footer("Examples:\n  officectl budget add \"Facilitair 2027\" --year 2027 --owner an");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        budget::Budget b;
        b.name = std::string(core::trim(o->name));
        if (b.name.empty()) {
            throw usage_error("the name is empty");
        }
        if (o->year < 1900 || o->year > 9999) {
            throw usage_error(fmt::format("--year: {} is no year", o->year));
        }
        b.year = o->year;
        if (!o->owner.empty()) {
            b.owner = team::get_member(ctx.db(), o->owner).handle;
        }
        auto id = budget::add_budget(txn, b);
        txn.commit();
        ctx.done(fmt::format("budget {} \"{}\" for {}", id, b.name, b.year), std::to_string(id));
    });
}

void add_edit(CLI::App* group, Context& ctx) {
    auto* edit = group->add_subcommand("edit", "rename a budget, change its owner, or its year (before anything is booked)");
    struct Opts {
        std::string budget, name, owner;
        int year = 0;
    };
    auto o = std::make_shared<Opts>();
    edit->add_option("budget", o->budget, "the budget's number or name")->required()->type_name("BUDGET");
    edit->add_option("--name", o->name, "a new name")->type_name("NAME");
    edit->add_option("--year", o->year, "another year (only while no line has spending or commitments)")
        ->type_name("YEAR");
    edit->add_option("--owner", o->owner, "who manages it (\"\" for nobody)")->type_name(k_handle);
    edit->footer("Examples:\n  officectl budget edit \"Facilitair 2027\" --owner bert\n"
                 "  officectl budget edit 1 --name \"Facilities 2027\"");
    on_write(edit, ctx, [&ctx, o, edit](store::Txn& txn) {
        auto b = budget::find_budget(ctx.db(), o->budget);
        auto before = b;
        if (edit->count("--name")) {
            b.name = std::string(core::trim(o->name));
            if (b.name.empty()) {
                throw usage_error("--name: the name is empty");
            }
        }
        if (edit->count("--year") && o->year != b.year) {
            if (o->year < 1900 || o->year > 9999) {
                throw usage_error(fmt::format("--year: {} is no year", o->year));
            }
            if (budget::has_bookings(ctx.db(), b.id)) {
                throw data_error(fmt::format("{} has spending or commitments in {}: its year cannot change", b.name, b.year));
            }
            b.year = o->year;
        }
        if (edit->count("--owner")) {
            b.owner = o->owner.empty() ? std::nullopt : std::optional(team::get_member(ctx.db(), o->owner).handle);
        }
        if (b.name == before.name && b.year == before.year && b.owner == before.owner) {
            ctx.done(fmt::format("budget {} unchanged", b.id), std::to_string(b.id));
            return;
        }
        budget::update_budget(txn, b);
        txn.commit();
        ctx.done(fmt::format("budget {} \"{}\" for {} updated", b.id, b.name, b.year), std::to_string(b.id));
    });
}

void add_list(CLI::App* group, Context& ctx) {
    auto* list = group->add_subcommand("list", "the budgets");
    list->footer("Examples:\n  officectl budget list");
    on_run(list, ctx, [&ctx] { ctx.print_table(budget::budgets_table(budget::list_budgets(ctx.db()))); });
}

void add_report(CLI::App* group, Context& ctx, const char* name, const char* help, bool with_commitments) {
    auto* report = group->add_subcommand(name, help);
    struct Opts {
        std::string budget, month;
    };
    auto o = std::make_shared<Opts>();
    report->add_option("budget", o->budget, "the budget's number or name (default: every budget of this year)")
        ->type_name("BUDGET");
    report->add_option("--month", o->month, "through a month of the budget's year: 2027-03")->type_name("MONTH");
    report->footer(fmt::format("Examples:\n  officectl budget {} \"Facilitair 2027\"\n"
                               "  officectl budget {} \"Facilitair 2027\" --month 2027-03 -o md\n"
                               "  officectl --as-of 2027-06-30 budget {}",
                               name, name, name));
    on_run(report, ctx, [&ctx, o, with_commitments] {
        std::vector<budget::Budget> budgets;
        if (!o->budget.empty()) {
            budgets.push_back(budget::find_budget(ctx.db(), o->budget));
        } else {
            for (auto& b : budget::list_budgets(ctx.db())) {
                if (b.year == static_cast<int>(ctx.today().year())) {
                    budgets.push_back(std::move(b));
                }
            }
            if (budgets.empty()) {
                throw not_found(fmt::format("no budget for {} (see `officectl budget list`)",
                                            static_cast<int>(ctx.today().year())));
            }
        }
        for (const auto& b : budgets) {
            std::optional<unsigned> month;
            if (!o->month.empty()) {
                auto first = date_option(ctx, "--month", o->month);
                if (static_cast<int>(first.year()) != b.year) {
                    throw usage_error(fmt::format("--month: {} is not in {}'s year {}", o->month, b.name, b.year));
                }
                month = static_cast<unsigned>(first.month());
            }
            if (ctx.options.format == "csv") { // the lines alone, for a spreadsheet
                ctx.print_table(budget::budget_lines_table(ctx.db(), b, month, ctx.today()));
                continue;
            }
            auto r = budget::budget_report(ctx.db(), b, month, ctx.today());
            if (with_commitments) {
                r.sections.push_back(budget::commitments_section(ctx.db(), b));
            }
            ctx.print_report(r);
        }
    });
}

void add_line_edit(CLI::App* line, Context& ctx) {
    auto* edit = line->add_subcommand("edit", "rename a line, change its code or its plan");
    struct Opts {
        std::string line, name, code, amount, by_month;
        bool monthly = false;
    };
    auto o = std::make_shared<Opts>();
    edit->add_option("line", o->line, "the line: its number, code, name or BUDGET/LINE")->required()->type_name("LINE");
    edit->add_option("--name", o->name, "a new name")->type_name("NAME");
    edit->add_option("--code", o->code, "an accounting code (\"\" for none)")->type_name("CODE");
    edit->add_option("--amount", o->amount, "a new plan for the year, spread evenly")->type_name("AMOUNT");
    edit->add_flag("--monthly", o->monthly, "spread --amount evenly (the default)");
    edit->add_option("--by-month", o->by_month, "a new plan per month: \"jan=500,feb=250,...\"")->type_name("PLAN");
    edit->footer("Examples:\n  officectl budget line edit 6100 --amount \"6.000,00\"\n"
                 "  officectl budget line edit \"Facilitair 2027/Verhuis\" --by-month \"apr=3000,may=7000\"");
    on_write(edit, ctx, [&ctx, o, edit](store::Txn& txn) {
        auto l = budget::find_line(ctx.db(), o->line);
        auto before = l;
        if (edit->count("--name")) {
            l.name = std::string(core::trim(o->name));
            if (l.name.empty()) {
                throw usage_error("--name: the name is empty");
            }
        }
        if (edit->count("--code")) {
            l.code = o->code.empty() ? std::nullopt : std::optional(o->code);
        }
        if (auto plan = line_plan(ctx, o->amount, o->by_month, o->monthly, l.currency)) {
            l.by_month = *plan;
        }
        if (l.name == before.name && l.code == before.code && l.by_month == before.by_month) {
            ctx.done(fmt::format("line {} unchanged", l.id), std::to_string(l.id));
            return;
        }
        budget::update_line(txn, l);
        txn.commit();
        auto lang = ctx.config().language();
        ctx.done(fmt::format("line {} \"{}\" updated: {} planned{}", l.id, l.name,
                             core::format_money({l.planned(), l.currency}, lang),
                             l.planned() == before.planned() ? ""
                                 : fmt::format(" (was {})", core::format_money({before.planned(), l.currency}, lang))),
                 std::to_string(l.id));
    });
}

void add_line_rm(CLI::App* line, Context& ctx) {
    auto* rm = line->add_subcommand("rm", "remove a line nothing was booked on (a line with bookings stays: plan 0 instead)");
    auto text = std::make_shared<std::string>();
    rm->add_option("line", *text, "the line: its number, code, name or BUDGET/LINE")->required()->type_name("LINE");
    rm->footer("Refused while the line has commitments or spending (they stay in the books: set its plan to\n"
               "0 with `budget line edit LINE --amount 0`), or while a trip, an event, a project or a quote\n"
               "request is charged to it.\n"
               "Examples:\n  officectl budget line rm \"Facilitair 2027/Verhuis\"");
    on_write(rm, ctx, [&ctx, text](store::Txn& txn) {
        auto l = budget::find_line(txn.db(), *text);
        budget::remove_line(txn, l);
        txn.commit();
        ctx.done(fmt::format("removed line {} \"{}\"", l.id, l.name), std::to_string(l.id));
    });
}

void add_lines(CLI::App* group, Context& ctx) {
    auto* line = group->add_subcommand("line", "the lines of a budget");
    line->require_subcommand(1);
    auto* add = line->add_subcommand("add", "a line with its plan for the year");
    struct Opts {
        std::string budget, name, amount, code, by_month;
        bool monthly = false;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("budget", o->budget, "the budget's number or name")->required()->type_name("BUDGET");
    add->add_option("name", o->name, "the line: \"Kantoorbenodigdheden\"")->required()->type_name("NAME");
    add->add_option("--amount", o->amount, "the year's plan, excl. VAT: \"5.000,00\"")->type_name("AMOUNT");
    add->add_option("--code", o->code, "an accounting code: 6100")->type_name("CODE");
    add->add_flag("--monthly", o->monthly, "spread the amount evenly over the months (the default)");
    add->add_option("--by-month", o->by_month, "the plan per month instead: \"jan=500,feb=250,...\"")->type_name("PLAN");
    add->footer("Examples:\n"
                "  officectl budget line add \"Facilitair 2027\" Kantoorbenodigdheden --amount \"5.000,00\" --code 6100\n"
                "  officectl budget line add \"Facilitair 2027\" Verhuis --by-month \"mar=2000,apr=8000\"");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        auto b = budget::find_budget(ctx.db(), o->budget);
        budget::Line l;
        l.budget_id = b.id;
        l.name = std::string(core::trim(o->name));
        l.currency = ctx.config().currency();
        if (!o->code.empty()) {
            l.code = o->code;
        }
        auto plan = line_plan(ctx, o->amount, o->by_month, o->monthly, l.currency);
        if (!plan) {
            throw usage_error("a line needs its plan: --amount or --by-month");
        }
        l.by_month = *plan;
        auto id = budget::add_line(txn, l);
        txn.commit();
        ctx.done(fmt::format("line {} \"{}\" in {}: {} planned", id, l.name, b.name,
                             core::format_money({l.planned(), l.currency}, ctx.config().language())),
                 std::to_string(id));
    });
    add_line_edit(line, ctx);
    add_line_rm(line, ctx);
}
} // namespace

void add_budget_commands(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("budget", "budgets: lines, commitments, spending, quotes, the report; projects and hours");
    group->require_subcommand(1);
    add_add(group, ctx);
    add_list(group, ctx);
    add_edit(group, ctx);
    add_report(group, ctx, "show", "one budget: the report, and its open commitments", true);
    add_report(group, ctx, "report", "per line planned, committed, spent, remaining, used, forecast; overruns marked",
               false);
    add_lines(group, ctx);
    add_budget_spend_commands(group, ctx);
    add_budget_quote_commands(group, ctx);
    add_budget_import_command(group, ctx);
    add_budget_hours_commands(group, ctx);
}

} // namespace officectl::app
