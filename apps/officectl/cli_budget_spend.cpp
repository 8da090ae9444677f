// officectl budget commit | commitments | spend

#include "budget_shared.hpp"
#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/budget/budget_rules.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/budget/budget_views.hpp"
#include "officectl/contact/contact_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/money_math.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {

int budget_vat(const std::string& text) {
    try {
        return text.empty() ? 0 : budget::parse_vat(text);
    } catch (const Error& e) {
        throw Error(e.code(), fmt::format("--vat: {}", e.what()));
    }
}

Spelling vat_spelling() {
    return [](const std::string& word) -> std::optional<std::string> {
        try {
            return std::to_string(budget::parse_vat(word));
        } catch (const Error&) {
            return std::nullopt;
        }
    };
}

std::optional<std::int64_t> budget_vendor(Context& ctx, store::Txn& txn, const std::string& text,
                                          std::vector<std::string>* created) {
    if (text.empty()) {
        return std::nullopt;
    }
    // An export names vendors in full: "Vendor 1" is not ambiguous beside "Vendor 12".
    auto r = contact::resolve_party(txn, text, {false, contact::Type::supplier, created != nullptr});
    if (r.created && created) {
        created->push_back(fmt::format("#{} {}", r.contact.id, r.contact.name));
    } else if (r.created) {
        ctx.note(fmt::format("new relation #{} {} (add details with `officectl contact edit '#{}'`)", r.contact.id,
                             r.contact.name, r.contact.id));
    }
    return r.contact.id;
}

core::Money line_amount(Context& ctx, const budget::Line& line, const std::string& amount, const std::string& rate,
                        std::optional<std::string>& converted) {
    core::Money m;
    try {
        m = core::parse_money(amount, line.currency, ctx.config().decimal_mark());
    } catch (const Error& e) {
        throw Error(e.code(), fmt::format("--amount: {}", e.what()));
    }
    std::optional<core::Rate> r;
    if (!rate.empty()) {
        try {
            r = core::parse_rate(rate);
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("--exchange-rate: {}", e.what()));
        }
    }
    auto booked = budget::amount_on_line(line, m, r);
    converted = booked.converted;
    return booked.amount;
}

namespace {

void add_commit(CLI::App* group, Context& ctx) {
    auto* commit = group->add_subcommand("commit", "an order placed on a line, awaiting its invoice");
    struct Opts {
        std::string line, title, amount, rate, vat, vendor, date;
    };
    auto o = std::make_shared<Opts>();
    commit->add_option("line", o->line, "the line: its number, code, name or BUDGET/LINE")->required()->type_name("LINE");
    commit->add_option("title", o->title, "what was ordered: \"Bestelling 2026-114\"")->required()->type_name("TITLE");
    commit->add_option("--amount", o->amount, "excl. VAT, in the line's currency unless it names another")
        ->required()
        ->type_name("AMOUNT");
    commit->add_option("--exchange-rate", o->rate, "an amount in another currency: the line's currency for 1 of it (0.92)")
        ->type_name("RATE");
    add_choice_option(commit, "--vat", o->vat, budget::vat_rates, "the VAT rate, in percent", "VAT", {}, vat_spelling());
    commit->add_option("--vendor", o->vendor, "the supplier (a relation; created when new)")->type_name("CONTACT");
    commit->add_option("--date", o->date, "when it was ordered (default today)")->type_name("DATE");
    commit->footer("Examples:\n  officectl budget commit 6100 \"Bestelling 2026-114\" --amount 840 --vat 21 --vendor Lyreco\n"
                   "  officectl budget commit 6100 \"Licenties\" --amount \"1200 USD\" --exchange-rate 0.92   # booked as 1.104,00 EUR");
    on_write(commit, ctx, [&ctx, o](store::Txn& txn) {
        auto day = o->date.empty() ? ctx.today() : date_option(ctx, "--date", o->date);
        auto line = budget::find_line(ctx.db(), o->line, static_cast<int>(day.year()));
        budget::Commitment c;
        c.line_id = line.id;
        c.title = std::string(core::trim(o->title));
        std::optional<std::string> converted;
        c.amount = line_amount(ctx, line, o->amount, o->rate, converted);
        c.note = converted; // what was ordered, in its own currency
        c.vat = budget_vat(o->vat);
        c.date = day;
        c.vendor_id = budget_vendor(ctx, txn, o->vendor);
        auto id = budget::add_commitment(txn, c);
        txn.commit();
        ctx.done(fmt::format("commitment {} on {}: {} excl. VAT{}", id, line.name,
                             core::format_money(c.amount, ctx.config().language()),
                             converted ? " (" + *converted + ")" : ""),
                 std::to_string(id));
    });
}

void add_commitments(CLI::App* group, Context& ctx) {
    auto* list = group->add_subcommand("commitments", "orders awaiting their invoice (with --all: every one)");
    struct Opts {
        std::string line;
        bool all = false;
    };
    auto o = std::make_shared<Opts>();
    list->add_option("--line", o->line, "one line")->type_name("LINE");
    list->add_flag("--all", o->all, "invoiced and cancelled ones too");
    list->footer("Examples:\n  officectl budget commitments\n  officectl budget commitments --line 6100 --all");
    on_run(list, ctx, [&ctx, o] {
        std::optional<std::int64_t> line;
        if (!o->line.empty()) {
            line = budget::find_line(ctx.db(), o->line).id;
        }
        ctx.print_table(budget::commitments_table(budget::list_commitments(ctx.db(), line, o->all)));
    });
}

void add_spend(CLI::App* group, Context& ctx) {
    auto* spend = group->add_subcommand("spend", "an invoice on a line; with --commit it settles that order");
    struct Opts {
        std::string line, amount, rate, vat, vendor, date, invoice, commit;
    };
    auto o = std::make_shared<Opts>();
    spend->add_option("line", o->line, "the line: its number, code, name or BUDGET/LINE")->required()->type_name("LINE");
    spend->add_option("--amount", o->amount, "excl. VAT, in the line's currency unless it names another")
        ->required()
        ->type_name("AMOUNT");
    spend->add_option("--exchange-rate", o->rate, "an amount in another currency: the line's currency for 1 of it (0.92)")
        ->type_name("RATE");
    add_choice_option(spend, "--vat", o->vat, budget::vat_rates, "the VAT rate, in percent", "VAT", {}, vat_spelling());
    spend->add_option("--date", o->date, "the invoice's date (default today)")->type_name("DATE");
    spend->add_option("--vendor", o->vendor, "the supplier (default: the commitment's)")->type_name("CONTACT");
    spend->add_option("--invoice", o->invoice, "the invoice's number: F-123")->type_name("REF");
    spend->add_option("--commit", o->commit, "the commitment it settles")->type_name("ID");
    spend->footer("Examples:\n  officectl budget spend 6100 --amount 812,40 --vat 21 --date 2027-02-03 --invoice F-123 --commit 1\n"
                  "  officectl budget spend \"Facilitair 2027/Kantoorbenodigdheden\" --amount 45 --vendor Colruyt\n"
                  "  officectl budget spend 6100 --amount \"250 GBP\" --exchange-rate 1.1650 --invoice UK-77   # booked as 291,25 EUR");
    on_write(spend, ctx, [&ctx, o](store::Txn& txn) {
        auto day = o->date.empty() ? ctx.today() : date_option(ctx, "--date", o->date);
        auto line = budget::find_line(ctx.db(), o->line, static_cast<int>(day.year()));
        budget::check_spending_date(ctx.db(), line, day, ctx.today());
        budget::Spending s;
        s.line_id = line.id;
        std::optional<std::string> converted;
        s.amount = line_amount(ctx, line, o->amount, o->rate, converted);
        s.note = converted; // what was paid, in its own currency
        s.vat = budget_vat(o->vat);
        s.date = day;
        if (!o->invoice.empty()) {
            s.invoice = o->invoice;
        }
        std::optional<budget::Commitment> settles;
        if (!o->commit.empty()) {
            settles = budget::get_commitment(ctx.db(), id_argument(o->commit, "commitment", "budget commitments"));
            if (settles->line_id != line.id) {
                throw data_error(fmt::format("commitment {} is on line {}, not on {}", settles->id, settles->line_id, line.id));
            }
            if (settles->status != budget::CommitmentStatus::open) {
                throw data_error(fmt::format("commitment {} is {} already", settles->id,
                                             budget::commitment_status_name(settles->status)));
            }
            s.commitment_id = settles->id;
        }
        s.vendor_id = budget_vendor(ctx, txn, o->vendor);
        if (!s.vendor_id && settles) {
            s.vendor_id = settles->vendor_id;
        }
        auto id = budget::add_spending(txn, s);
        if (settles) {
            budget::set_commitment_status(txn, settles->id, budget::CommitmentStatus::invoiced);
        }
        txn.commit();
        auto lang = ctx.config().language();
        if (settles && settles->amount.cents != s.amount.cents) {
            ctx.note(fmt::format("the invoice differs from the order: {} ordered, {} invoiced",
                                 core::format_money(settles->amount, lang), core::format_money(s.amount, lang)));
        }
        ctx.done(fmt::format("spent {} excl. VAT on {}{}{}", core::format_money(s.amount, lang), line.name,
                             converted ? " (" + *converted + ")" : "",
                             settles ? fmt::format(" (commitment {} invoiced)", settles->id) : ""),
                 std::to_string(id));
    });
}

void add_spending(CLI::App* group, Context& ctx) {
    auto* list = group->add_subcommand("spending", "the invoices booked: on a line or a budget, in a period");
    struct Opts {
        std::string line, budget, in;
    };
    auto o = std::make_shared<Opts>();
    list->add_option("--line", o->line, "one line")->type_name("LINE");
    list->add_option("--budget", o->budget, "one budget's lines")->type_name("BUDGET");
    list->add_option("--in", o->in, "a period: 2027-03, 2027-W10, this-month, A..B (default: the budget's year, else this year)")
        ->type_name("RANGE");
    list->footer("Examples:\n  officectl budget spending --line 6100 --in 2027-03\n"
                 "  officectl budget spending --budget \"Facilitair 2027\" -o csv");
    on_run(list, ctx, [&ctx, o] {
        budget::SpendingFilter f;
        // Default period: the year of the budget named (its spending is all in it), else this year.
        auto year = ctx.today().year();
        if (!o->line.empty()) {
            auto line = budget::find_line(ctx.db(), o->line);
            f.line_id = line.id;
            year = date::year{budget::find_budget(ctx.db(), std::to_string(line.budget_id)).year};
        }
        if (!o->budget.empty()) {
            auto b = budget::find_budget(ctx.db(), o->budget);
            f.budget_id = b.id;
            year = date::year{b.year};
        }
        core::DateRange range{year / date::January / 1, year / date::December / 31};
        if (!o->in.empty()) {
            range = range_option(ctx, "--in", o->in);
        }
        f.from = range.from;
        f.to = range.to;
        ctx.print_table(budget::spending_table(budget::list_spending(ctx.db(), f)));
    });
}

} // namespace

void add_budget_spend_commands(CLI::App* budget, Context& ctx) {
    add_commit(budget, ctx);
    add_commitments(budget, ctx);
    add_spend(budget, ctx);
    add_spending(budget, ctx);
}

} // namespace officectl::app
