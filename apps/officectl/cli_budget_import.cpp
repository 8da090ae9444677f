// officectl budget import: spending from an accountant's or a bank's CSV export.

#include "budget_shared.hpp"
#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/budget/budget_rules.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/budget/spending_import.hpp"
#include "officectl/core/error.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {

void add_budget_import_command(CLI::App* group, Context& ctx) {
    auto* imp = group->add_subcommand("import", "spending from a CSV export: all rows or none, each payment once");
    struct Opts {
        std::string file, line, map, vat, decimal, credits;
        bool incl_vat = false, negate = false, dry_run = false;
    };
    auto o = std::make_shared<Opts>();
    imp->add_option("file", o->file, "the CSV file, or - for stdin")->required()->type_name("FILE");
    imp->add_option("--line", o->line, "the line for rows without a line column")->type_name("LINE");
    imp->add_option("--map", o->map, "the export's column names: date=Datum,amount=Bedrag,vendor=Tegenpartij")
        ->type_name("FIELD=COLUMN,...");
    add_choice_option(imp, "--vat", o->vat, budget::vat_rates, "the VAT rate of rows without a vat column, in percent", "VAT", {}, vat_spelling());
    imp->add_flag("--incl-vat", o->incl_vat, "the amounts include VAT: take it off");
    imp->add_flag("--negate", o->negate, "spending is negative in the file (a bank's export): flip the sign");
    add_choice_option(imp, "--credits", o->credits, budget::credit_choices,
                      "rows that bring money in (after --negate): refuse the file, book them on the line as a refund, "
                      "or skip them (default refuse)",
                      "CREDITS");
    add_choice_option(imp, "--decimal", o->decimal, core::decimal_marks,
                      "the amounts' decimal mark, 1.234,56 or 1,234.56 (default: locale.decimal, else an ambiguous "
                      "1.234 is refused)",
                      "MARK", {}, spelled_by(core::parse_decimal_mark, [](core::DecimalMark m) { return core::decimal_marks.name(m); }));
    imp->add_flag("--dry-run", o->dry_run, "say what would be imported, change nothing");
    imp->footer("Examples:\n"
                "  officectl budget import facturen.csv --line 6100\n"
                "  officectl budget import bank.csv --line 6100 --map date=Datum,amount=Bedrag --negate --credits skip\n"
                "  officectl budget import bank.csv --line 6100 --map date=Datum,amount=Bedrag,vendor=Tegenpartij,"
                "note=Omschrijving --negate --incl-vat --vat 21 --dry-run\n"
                "Fields: date and amount (required), vat, vendor, invoice, note, line (a line per row).\n"
                "Dates ISO or day first (3/2/2027); amounts as `budget spend` takes them, excl. VAT unless --incl-vat.\n"
                "Importing the same export twice, or one overlapping the last, adds each payment once.");
    on_write(imp, ctx, [&ctx, o](store::Txn& txn) {
        budget::SpendingImportOptions opts;
        if (!o->line.empty()) {
            opts.line_id = budget::find_line(ctx.db(), o->line).id;
        }
        if (!o->map.empty()) {
            try {
                opts.columns = budget::parse_column_map(o->map);
            } catch (const Error& e) {
                throw usage_error(fmt::format("--map: {}", e.what()));
            }
        }
        opts.vat = budget_vat(o->vat);
        opts.incl_vat = o->incl_vat;
        opts.negate = o->negate;
        opts.credits = budget::credit_choices.parse(o->credits).value_or(budget::Credits::refuse);
        opts.currency = ctx.config().currency();
        opts.decimal = ctx.config().decimal_mark();
        if (!o->decimal.empty()) {
            opts.decimal = core::decimal_marks.parse(o->decimal).value(); // the option admits only its words
        }
        std::vector<std::string> created;
        opts.vendor_id = [&ctx, &created](store::Txn& txn, const std::string& name) {
            return budget_vendor(ctx, txn, name, &created);
        };
        std::ifstream file;
        io::CsvReader csv(open_input(o->file, file), o->file == "-" ? "stdin" : o->file);
        auto result = budget::import_spending(txn, csv, opts);
        if (!o->dry_run) {
            txn.commit();
        }
        for (const auto& name : created) {
            ctx.note(fmt::format("{}new relation {}", o->dry_run ? "(dry run, not kept) " : "", name));
        }
        auto lines = result.added_per_line.size();
        auto lang = ctx.config().language();
        std::string credits;
        if (result.refunds > 0) {
            credits += fmt::format("; {} refund{} ({}) among them", result.refunds, result.refunds == 1 ? "" : "s",
                                   result.refund_total.format(lang, opts.currency));
        }
        if (result.credits_skipped > 0) {
            credits += fmt::format("; {} credit{} skipped", result.credits_skipped, result.credits_skipped == 1 ? "" : "s");
        }
        if (result.zero_skipped > 0) {
            credits += fmt::format("; {} row{} of 0 skipped", result.zero_skipped, result.zero_skipped == 1 ? "" : "s");
        }
        ctx.done(fmt::format("{} {}: added {}{}, duplicates {}{}", o->dry_run ? "would import" : "imported", csv.name(),
                             result.added,
                             result.added == 0 ? ""
                                 : fmt::format(" ({} excl. VAT on {} line{})", result.added_total.format(lang, opts.currency),
                                               lines, lines == 1 ? "" : "s"),
                             result.duplicates, credits),
                 std::to_string(result.added));
    });
}

} // namespace officectl::app
