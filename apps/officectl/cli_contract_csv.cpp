// officectl contract import | export: CSV in the same columns, idempotent by reference.

#include "commands.hpp"

#include "officectl/contract/contract_import.hpp"
#include "officectl/contract/contract_store.hpp"
#include "officectl/contract/contract_views.hpp"

#include <memory>

namespace officectl::app {
namespace {

void add_import(CLI::App* group, Context& ctx) {
    auto* imp = group->add_subcommand("import", "contracts from CSV: all rows or none, idempotent by reference");
    struct Opts {
        std::string file;
        bool dry_run = false, strict = false;
    };
    auto o = std::make_shared<Opts>();
    imp->add_option("file", o->file, "the CSV file, or - for stdin")->required()->type_name("FILE");
    imp->add_flag("--dry-run", o->dry_run, "say what would change, change nothing");
    imp->add_flag("--strict", o->strict, "refuse vendors that are not relations yet");
    imp->footer("Examples:\n  officectl contract import contracten.csv --dry-run\n"
                "  officectl contract export > contracts.csv   # the same columns\n"
                "Columns: reference (required), title, vendor, category, start, end or term, notice,\n"
                "renew (auto:12m, manual, none), amount, per, budget_line, owner, note.");
    on_run(imp, ctx, [&ctx, o] {
        contract::FieldRules rules{ctx.today(), ctx.config().currency(), ctx.config().decimal_mark(), o->strict, ""};
        std::vector<std::string> notes;
        run_csv_import(ctx, o->file, o->dry_run, 0, [&](store::Txn& txn, io::CsvReader& csv) {
            auto result = contract::import_contracts(txn, csv, rules);
            notes = result.notes;
            return result.counts;
        });
        for (const auto& n : notes) {
            ctx.note(o->dry_run ? "(dry run, not kept) " + n : n);
        }
    });
}

void add_export(CLI::App* group, Context& ctx) {
    auto* exp = group->add_subcommand("export", "every contract as CSV in the import's columns (or -o json/md)");
    exp->footer("Examples:\n  officectl contract export > contracts.csv");
    on_run(exp, ctx, [&ctx] {
        contract::ContractFilter all;
        all.include_ended = true;
        ctx.print_export(contract::contracts_csv_table(contract::list_contracts(ctx.db(), all)));
    });
}

} // namespace

void add_contract_csv_commands(CLI::App* group, Context& ctx) {
    add_import(group, ctx);
    add_export(group, ctx);
}

} // namespace officectl::app
