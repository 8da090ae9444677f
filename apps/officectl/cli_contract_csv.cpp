// officectl contract import | export: CSV in the same columns, idempotent by reference.

#include "commands.hpp"
#include "contract_options.hpp"

#include "officectl/contract/contract_store.hpp"
#include "officectl/contract/contract_views.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {
namespace {

// The import's columns, and the option each stands for.
constexpr std::array<std::string_view, 14> k_columns{"reference", "title",  "vendor", "category", "start",
                                                     "end",       "term",   "notice", "renew",    "amount",
                                                     "per",       "budget_line", "owner", "note"};

ContractOptions options_of(const io::CsvRow& row, const std::vector<std::optional<std::size_t>>& index) {
    auto get = [&](size_t column) { return index[column] ? std::string(core::trim(row.fields[*index[column]])) : std::string(); };
    ContractOptions o;
    o.reference = get(0);
    o.title = get(1);
    o.vendor = get(2);
    o.category = get(3);
    o.start = get(4);
    o.end = get(5);
    o.term = get(6);
    o.notice = get(7);
    o.renew = get(8);
    o.amount = get(9);
    o.per = get(10);
    o.budget_line = get(11);
    o.owner = get(12);
    o.note = get(13);
    return o;
}

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
        std::vector<std::string> notes;
        run_csv_import(ctx, o->file, o->dry_run, 0, [&](store::Txn& txn, io::CsvReader& csv) {
            std::vector<std::optional<std::size_t>> index;
            for (auto name : k_columns) {
                index.push_back(csv.column(name));
            }
            for (const auto& h : csv.header()) {
                auto name = core::to_lower(core::trim(h));
                if (std::find(k_columns.begin(), k_columns.end(), name) == k_columns.end()) {
                    throw data_error(fmt::format("{}:1: unknown column \"{}\" (expected {})", csv.name(), h,
                                                 fmt::join(k_columns, ", ")));
                }
            }
            if (!index[0]) {
                throw data_error(fmt::format("{}:1: the column \"reference\" is required: it says which contract a row is",
                                             csv.name()));
            }
            io::ImportCounts counts;
            io::CsvRow row;
            while (csv.next(row)) {
                auto opts = options_of(row, index);
                opts.strict = o->strict;
                try {
                    if (opts.reference.empty()) {
                        throw data_error("a reference is required");
                    }
                    auto existing = contract::find_by_reference(txn.db(), opts.reference);
                    contract::Contract c = existing.value_or(contract::Contract{});
                    if (!existing && (opts.title.empty() || opts.vendor.empty() || opts.start.empty())) {
                        throw data_error("a new contract needs a title, vendor and start");
                    }
                    if (existing) {
                        // Columns left empty keep what is stored; end and term replace each other.
                        if (!opts.end.empty() && opts.term.empty()) {
                            c.term.reset();
                        }
                    }
                    apply_contract_options(ctx, txn, opts, c, notes);
                    if (!existing) {
                        contract::add_contract(txn, c);
                        ++counts.added;
                    } else if (c == *existing) {
                        ++counts.unchanged;
                    } else {
                        contract::update_contract(txn, c);
                        ++counts.updated;
                    }
                } catch (const Error& e) {
                    throw Error(e.code(), fmt::format("{}:{}: {}", csv.name(), row.line, e.what()));
                }
            }
            return counts;
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
