// officectl budget request add | list, budget quote add | list | compare | accept

#include "budget_shared.hpp"
#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/budget/budget_rules.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/budget/budget_views.hpp"
#include "officectl/budget/quote_scoring.hpp"
#include "officectl/budget/quote_store.hpp"
#include "officectl/contract/contract_rules.hpp"
#include "officectl/contract/contract_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {
namespace {

std::int64_t request_id_argument(const std::string& text) {
    return id_argument(text, "purchase request", "budget request list");
}

// `10d`, `2w` (as days) or a bare number of days; `24m`, `2y` (as months) or a bare number of months.
int period_in(const char* option, const std::string& text, bool days) {
    bool bare = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
    auto p = period_option(option, bare ? text + (days ? "d" : "m") : text);
    if (days && p.years == 0 && p.months == 0) {
        return p.days;
    }
    if (!days && p.days == 0) {
        return p.years * 12 + p.months;
    }
    throw data_error(fmt::format("{}: {}", option, days ? "expected days or weeks: 10d, 2w" : "expected months or years: 24m, 2y"));
}

void add_requests(CLI::App* group, Context& ctx) {
    auto* request = group->add_subcommand("request", "purchase requests, for which quotes are gathered");
    request->require_subcommand(1);
    auto* add = request->add_subcommand("add", "something to buy");
    struct Opts {
        std::string title, line;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("title", o->title, "what: \"Nieuwe kopieermachine\"")->required()->type_name("TITLE");
    add->add_option("--line", o->line, "the budget line it will be charged to")->type_name("LINE");
    add->footer("Examples:\n  officectl budget request add \"Nieuwe kopieermachine\" --line 6100");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        budget::Request r;
        r.title = std::string(core::trim(o->title));
        if (r.title.empty()) {
            throw usage_error("the title is empty");
        }
        if (!o->line.empty()) {
            r.line_id = budget::find_line(ctx.db(), o->line).id;
        }
        r.created = ctx.today();
        auto id = budget::add_request(txn, r);
        txn.commit();
        ctx.done(fmt::format("purchase request {} \"{}\": add quotes with `officectl budget quote add {} --vendor ...`",
                             id, r.title, id),
                 std::to_string(id));
    });
    auto* list = request->add_subcommand("list", "the open requests (with --all: decided ones too)");
    auto all = std::make_shared<bool>(false);
    list->add_flag("--all", *all, "decided ones too");
    list->footer("Examples:\n  officectl budget request list");
    on_run(list, ctx, [&ctx, all] {
        ctx.print_table(budget::requests_table(ctx.db(), budget::list_requests(ctx.db(), *all)));
    });
}

void add_quote_add(CLI::App* quote, Context& ctx) {
    auto* add = quote->add_subcommand("add", "a supplier's quote for a request");
    struct Opts {
        std::string request, vendor, amount, vat, delivery, warranty, score, file;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("request", o->request, "the request's number")->required()->type_name("ID");
    add->add_option("--vendor", o->vendor, "the supplier (a relation; created when new)")->required()->type_name("CONTACT");
    add->add_option("--amount", o->amount, "its price, excl. VAT")->required()->type_name("AMOUNT");
    add_choice_option(add, "--vat", o->vat, budget::vat_rates, "the VAT rate, in percent", "VAT", {}, vat_spelling());
    add->add_option("--delivery", o->delivery, "delivery time: 10d, 2w")->type_name("PERIOD");
    add->add_option("--warranty", o->warranty, "warranty: 24m, 2y")->type_name("PERIOD");
    add->add_option("--score", o->score, "your scores from 0 to 5: quality=4,service=3")->type_name("SCORES");
    add->add_option("--file", o->file, "the quote itself (a path, kept as given)")->type_name("FILE");
    add->footer("Examples:\n  officectl budget quote add 1 --vendor Ricoh --amount \"4.200,00\" --vat 21 --delivery 10d "
                "--warranty 24m --score quality=4,service=3");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        auto r = budget::get_request(ctx.db(), request_id_argument(o->request));
        if (r.decided) {
            throw data_error(fmt::format("request {} is decided already", r.id));
        }
        budget::Quote q;
        q.request_id = r.id;
        q.amount = money_option(ctx, "--amount", o->amount);
        if (q.amount.cents < 0) {
            throw data_error("--amount: a quote's price is not negative");
        }
        q.vat = budget_vat(o->vat);
        if (!o->delivery.empty()) {
            q.delivery_days = period_in("--delivery", o->delivery, true);
        }
        if (!o->warranty.empty()) {
            q.warranty_months = period_in("--warranty", o->warranty, false);
        }
        if (!o->score.empty()) {
            try {
                q.scores = budget::parse_scores(o->score);
            } catch (const Error& e) {
                throw Error(e.code(), fmt::format("--score: {}", e.what()));
            }
        }
        if (!o->file.empty()) {
            q.file = o->file;
        }
        q.vendor_id = *budget_vendor(ctx, txn, o->vendor);
        auto id = budget::add_quote(txn, q);
        txn.commit();
        ctx.done(fmt::format("quote {} for request {}: {} excl. VAT", id, r.id,
                             core::format_money(q.amount, ctx.config().language())),
                 std::to_string(id));
    });
}

void add_quote_views(CLI::App* quote, Context& ctx) {
    auto* list = quote->add_subcommand("list", "the quotes of a request");
    auto request = std::make_shared<std::string>();
    list->add_option("request", *request, "the request's number")->required()->type_name("ID");
    list->footer("Examples:\n  officectl budget quote list 1");
    on_run(list, ctx, [&ctx, request] {
        auto r = budget::get_request(ctx.db(), request_id_argument(*request));
        ctx.print_table(budget::quotes_table(budget::list_quotes(ctx.db(), r.id)));
    });

    auto* compare = quote->add_subcommand("compare", "rank the quotes by weighted criteria, each contribution shown");
    struct Opts {
        std::string request, weights;
    };
    auto o = std::make_shared<Opts>();
    compare->add_option("request", o->request, "the request's number")->required()->type_name("ID");
    compare->add_option("--weights", o->weights,
                        "criteria and weights (default price=0.5,delivery=0.2,quality=0.3); price and delivery: "
                        "lower is better; other names are your scores")
        ->type_name("WEIGHTS");
    compare->footer("Each criterion is normalised to 0..1: price and delivery as best / value, scores as value / 5;\n"
                    "a quote that does not state a criterion gets 0 for it. The weighted sum ranks them.\n"
                    "Examples:\n  officectl budget quote compare 1\n"
                    "  officectl budget quote compare 1 --weights price=0.6,service=0.4 -o md");
    on_run(compare, ctx, [&ctx, o] {
        auto r = budget::get_request(ctx.db(), request_id_argument(o->request));
        auto quotes = budget::list_quotes(ctx.db(), r.id);
        if (quotes.empty()) {
            throw data_error(fmt::format("request {} has no quotes yet", r.id));
        }
        budget::Weights weights = budget::default_weights();
        if (!o->weights.empty()) {
            try {
                weights = budget::parse_weights(o->weights);
                budget::check_weights(quotes, weights);
            } catch (const Error& e) {
                throw Error(e.code(), fmt::format("--weights: {}", e.what()));
            }
        }
        ctx.print_table(budget::comparison_table(budget::rank_quotes(quotes, weights), weights));
    });
}

// The contract an accepted quote becomes: the request's title, the quote's
// vendor and amount (once), the request's line; the term from the options or
// the quote's warranty.
template <typename Opts>
contract::Contract contract_of(Context& ctx, const budget::Quote& q, const budget::Request& r, const Opts& o) {
    contract::Contract k;
    k.title = r.title;
    k.vendor_id = q.vendor_id;
    k.vendor = q.vendor;
    k.category = "purchase";
    k.start = o.start.empty() ? ctx.today() : date_option(ctx, "--start", o.start);
    if (!o.end.empty()) {
        k.end = date_option(ctx, "--end", o.end);
    }
    if (!o.term.empty()) {
        k.term = period_option("--term", o.term);
    }
    if (!k.end && !k.term && q.warranty_months) {
        k.term = core::Period{0, *q.warranty_months, 0};
    }
    if (!k.end && !k.term) {
        throw usage_error("the contract needs its term: --term 24m or --end DATE (the quote states no warranty)");
    }
    k.amount = q.amount;
    k.per = contract::Per::once;
    auto line = budget::find_line(ctx.db(), std::to_string(*r.line_id));
    k.budget_line = line.code.value_or(line.name);
    contract::check_contract(k);
    return k;
}

void add_quote_accept(CLI::App* quote, Context& ctx) {
    auto* accept = quote->add_subcommand("accept", "choose a quote: it becomes a commitment on the request's line");
    struct Opts {
        std::string quote, conditions, start, term, end;
        bool contract = false;
    };
    auto o = std::make_shared<Opts>();
    accept->add_option("quote", o->quote, "the quote's number")->required()->type_name("ID");
    accept->add_option("--conditions", o->conditions, "delivery conditions agreed: \"levering binnen 10 werkdagen\"")
        ->type_name("TEXT");
    accept->add_flag("--contract", o->contract, "also a contract with the vendor (its term: --term, --end or the warranty)");
    accept->add_option("--start", o->start, "the contract's start (default today)")->type_name("DATE");
    accept->add_option("--term", o->term, "the contract's term: 24m")->type_name("PERIOD");
    accept->add_option("--end", o->end, "the contract's last day")->type_name("DATE");
    accept->footer("Examples:\n  officectl budget quote accept 2 --conditions \"Levering en installatie binnen 10 werkdagen\"\n"
                   "  officectl budget quote accept 2 --contract --term 36m\n"
                   "With --contract, a contract for the request's title with the quote's vendor and amount (once),\n"
                   "the conditions as its note and the request's line as its budget line; see `officectl contract`.");
    on_write(accept, ctx, [&ctx, o](store::Txn& txn) {
        auto q = budget::get_quote(ctx.db(), id_argument(o->quote, "quote", "budget quote list REQUEST"));
        auto r = budget::get_request(ctx.db(), q.request_id);
        if (r.decided) {
            throw data_error(fmt::format("request {} is decided already", r.id));
        }
        if (!r.line_id) {
            throw data_error(fmt::format("request {} has no budget line to commit to: add one with --line", r.id));
        }
        budget::Commitment c;
        c.line_id = *r.line_id;
        c.title = r.title;
        c.amount = q.amount;
        c.vat = q.vat;
        c.vendor_id = q.vendor_id;
        c.date = ctx.today();
        c.quote_id = q.id;
        std::optional<std::string> conditions;
        if (!o->conditions.empty()) {
            conditions = o->conditions;
        }
        if (!o->contract && (!o->start.empty() || !o->term.empty() || !o->end.empty())) {
            throw usage_error("--start, --term and --end are the contract's: give --contract");
        }
        std::optional<contract::Contract> k;
        if (o->contract) {
            k = contract_of(ctx, q, r, *o);
        }
        budget::accept_quote(txn, q, conditions);
        auto id = budget::add_commitment(txn, c);
        std::string contract_said;
        if (k) {
            k->note = conditions;
            auto contract_id = contract::add_contract(txn, *k);
            auto stored = contract::get_contract(txn.db(), contract_id);
            contract_said = fmt::format("; contract {} {} to {}", contract_id, stored.reference.value_or(""),
                                        core::format_date(contract::first_end(stored)));
        }
        txn.commit();
        ctx.done(fmt::format("quote {} of {} accepted: commitment {} of {} excl. VAT{}", q.id, q.vendor, id,
                             core::format_money(q.amount, ctx.config().language()), contract_said),
                 std::to_string(id));
    });
}

} // namespace

void add_budget_quote_commands(CLI::App* budget, Context& ctx) {
    add_requests(budget, ctx);
    auto* quote = budget->add_subcommand("quote", "quotes for a request: add, list, compare, accept");
    quote->require_subcommand(1);
    add_quote_add(quote, ctx);
    add_quote_views(quote, ctx);
    add_quote_accept(quote, ctx);
}

} // namespace officectl::app
