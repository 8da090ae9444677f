// officectl dossier doc add | rm | verify | check | retention | purge

#include "commands.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/store/maintenance.hpp"
#include "officectl/dossier/dossier_files.hpp"
#include "officectl/dossier/dossier_kinds.hpp"
#include "officectl/dossier/dossier_retention.hpp"
#include "officectl/dossier/dossier_store.hpp"
#include "officectl/dossier/dossier_views.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <iostream>
#include <algorithm>
#include <memory>

namespace officectl::app {

std::int64_t dossier_id_argument(const std::string& text); // cli_dossier.cpp

namespace {

void add_doc(CLI::App* group, Context& ctx) {
    auto* doc = group->add_subcommand("doc", "the documents in a dossier");
    doc->require_subcommand(1);
    auto* add = doc->add_subcommand("add", "record a document: its path, size and SHA-256 (with --copy: a copy)");
    struct Opts {
        std::string id, type, file, date, expires;
        bool copy = false, no_copy = false;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("id", o->id, "the dossier's number")->required()->type_name("ID");
    add->add_option("--type", o->type, "the document type: one of the kind's required ones, or another")
        ->required()
        ->type_name("DOC_TYPE");
    add->add_option("--file", o->file, "the file (a scan, a PDF)")->required()->type_name("FILE");
    add->add_option("--date", o->date, "the document's own date")->type_name("DATE");
    add->add_option("--expires", o->expires, "when it stops being valid (an ID card, an inspection)")->type_name("DATE");
    add->add_flag("--copy", o->copy, "keep a copy in the store's files/ folder (default: dossier.copy in config)");
    add->add_flag("--no-copy", o->no_copy, "only refer to the file where it is");
    add->footer("Examples:\n"
                "  officectl dossier doc add 1 --type arbeidsovereenkomst --file contract.pdf --date 2026-01-05 --copy\n"
                "  officectl dossier doc add 1 --type identiteitskaart --file eid.pdf --expires 2031-03-14");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        auto d = dossier::get_dossier(ctx.db(), dossier_id_argument(o->id));
        dossier::require_changeable(d);
        if (o->copy && o->no_copy) {
            throw usage_error("--copy and --no-copy: choose one");
        }
        auto type = core::to_lower(core::trim(o->type));
        if (type.empty()) {
            throw usage_error("--type is empty");
        }
        auto date = o->date.empty() ? std::nullopt : std::optional(date_option(ctx, "--date", o->date));
        auto expires = o->expires.empty() ? std::nullopt : std::optional(date_option(ctx, "--expires", o->expires));
        if (date && expires && *expires < *date) {
            throw data_error("--expires: before the document's --date");
        }
        bool copy = o->copy || (!o->no_copy && dossier::copy_by_default(ctx.config()));
        auto doc = dossier::describe_file(o->file, copy ? dossier::copies_folder(ctx.db().path()) : "");
        doc.dossier_id = d.id;
        doc.type = type;
        doc.date = date;
        doc.expires = expires;
        doc.added = ctx.today();
        auto id = dossier::add_document(txn, doc);
        txn.commit();
        auto kinds = dossier::load_kinds(ctx.config());
        auto kind = kinds.find(d.kind);
        bool known = kind != kinds.end() &&
                     std::find(kind->second.required.begin(), kind->second.required.end(), type) !=
                         kind->second.required.end();
        if (kind != kinds.end() && !known) {
            ctx.note(fmt::format("\"{}\" is not on the {} checklist ({})", type, d.kind,
                                 fmt::join(kind->second.required, ", ")));
        }
        if (expires && *expires < ctx.today()) {
            ctx.note(fmt::format("this {} expired on {}", type, core::format_date(*expires)));
        }
        ctx.done(fmt::format("document {} {} in dossier {} ({} bytes, sha256 {}{})", id, type, d.reference, doc.size,
                             doc.sha256.substr(0, 12), doc.stored ? ", copied" : ""),
                 std::to_string(id));
    });
}

void add_doc_rm(CLI::App* doc, Context& ctx) {
    auto* rm = doc->add_subcommand("rm", "take a document out of a dossier; its stored copy is removed too");
    struct Opts {
        std::string id, doc;
    };
    auto o = std::make_shared<Opts>();
    rm->add_option("id", o->id, "the dossier's number")->required()->type_name("ID");
    rm->add_option("doc", o->doc, "the document's number, as `dossier show` lists it")->required()->type_name("DOC");
    rm->footer("A copy in the store's files/ folder is removed with its document (unless another document\n"
               "points at the same file); that cannot be undone. A file outside the store is yours: it stays.\n"
               "Examples:\n  officectl dossier doc rm 1 3");
    on_write(rm, ctx, [&ctx, o](store::Txn& txn) {
        auto d = dossier::get_dossier(txn.db(), dossier_id_argument(o->id));
        auto doc = dossier::get_document(txn.db(), d.id, id_argument(o->doc, "document", "dossier show " + o->id));
        dossier::require_changeable(d);
        auto copy = dossier::remove_document(txn, doc, ctx.today());
        txn.commit();
        int removed = copy ? dossier::remove_copies({*copy}) : 0;
        ctx.done(fmt::format("removed document {} {} from dossier {}{}", doc.id, doc.type, d.reference,
                             removed > 0 ? " (and its stored copy)" : ""),
                 std::to_string(doc.id));
    });
}

void add_verify(CLI::App* group, Context& ctx) {
    auto* verify = group->add_subcommand("verify", "re-hash every document's file: report the missing and changed ones");
    struct Opts {
        std::string id;
        bool all = false;
    };
    auto o = std::make_shared<Opts>();
    verify->add_option("id", o->id, "one dossier (default: all)")->type_name("ID");
    verify->add_flag("--all", o->all, "list the files that are fine too");
    verify->footer("Exit status 65 when a file is missing or changed.\n"
                   "Examples:\n  officectl dossier verify\n  officectl dossier verify 1 --all");
    on_run(verify, ctx, [&ctx, o] {
        std::optional<std::int64_t> id;
        if (!o->id.empty()) {
            id = dossier::get_dossier(ctx.db(), dossier_id_argument(o->id)).id;
        }
        auto checks = dossier::verify_files(dossier::list_documents(ctx.db(), id));
        auto is_ok = [](const dossier::FileCheck& c) { return c.state == dossier::FileState::ok; };
        auto total = checks.size();
        auto bad = total - static_cast<size_t>(std::count_if(checks.begin(), checks.end(), is_ok));
        if (!o->all) {
            std::erase_if(checks, is_ok);
        }
        if (!checks.empty() || ctx.format_given()) {
            ctx.print_table(dossier::verify_table(checks));
        }
        ctx.note(fmt::format("{} file{} checked, {} missing or changed", total, total == 1 ? "" : "s", bad));
        if (bad > 0) {
            throw Error(ExitCode::data, fmt::format("{} document file{} missing or changed", bad, bad == 1 ? "" : "s"));
        }
    });
}

void add_check(CLI::App* group, Context& ctx) {
    auto* check = group->add_subcommand("check", "what each dossier lacks: missing and expired documents, completeness");
    struct Opts {
        std::string id, kind;
        bool incomplete = false;
    };
    auto o = std::make_shared<Opts>();
    check->add_option("id", o->id, "one dossier (default: every open and closed one)")->type_name("ID");
    check->add_option("--kind", o->kind, "one kind")->type_name("DOSSIER_KIND");
    check->add_flag("--incomplete", o->incomplete, "only the dossiers that lack something");
    check->footer("Examples:\n  officectl dossier check\n  officectl dossier check --kind personnel --incomplete\n"
                  "  officectl dossier check 1");
    on_run(check, ctx, [&ctx, o] {
        auto kinds = dossier::load_kinds(ctx.config());
        std::vector<dossier::Dossier> list;
        if (!o->id.empty()) {
            list.push_back(dossier::get_dossier(ctx.db(), dossier_id_argument(o->id)));
        } else {
            dossier::DossierFilter f;
            if (!o->kind.empty()) {
                f.kind = dossier::kind_named(kinds, o->kind).name;
            }
            list = dossier::list_dossiers(ctx.db(), f);
        }
        auto rows = dossier::check_dossiers(ctx.db(), std::move(list), kinds, ctx.today());
        auto complete = [](const dossier::CheckRow& r) { return r.complete(); };
        auto total = rows.size();
        auto incomplete = total - static_cast<size_t>(std::count_if(rows.begin(), rows.end(), complete));
        if (o->incomplete) {
            std::erase_if(rows, complete);
        }
        ctx.print_table(dossier::check_table(rows));
        ctx.note(fmt::format("{} of {} dossier{} incomplete", incomplete, total, total == 1 ? "" : "s"));
    });
}

void add_retention(CLI::App* group, Context& ctx) {
    auto* retention = group->add_subcommand("retention", "dossiers whose term has ended: to archive or destroy, with the rule");
    auto before = std::make_shared<std::string>();
    retention->add_option("--due-before", *before, "also those due up to this day (default today)")->type_name("DATE");
    retention->footer("Examples:\n  officectl dossier retention\n  officectl dossier retention --due-before 2027-12-31");
    on_run(retention, ctx, [&ctx, before] {
        auto until = before->empty() ? ctx.today() : date_option(ctx, "--due-before", *before);
        auto items = dossier::retention_due(ctx.db(), dossier::load_kinds(ctx.config()), until);
        if (items.empty() && !ctx.format_given()) {
            ctx.note(fmt::format("no retention term ends on or before {}", core::format_date(until)));
            return;
        }
        ctx.print_table(dossier::retention_table(items, ctx.today()));
    });
}

// Asks on the terminal; without one, the caller must have said --yes.
bool confirmed(const std::string& question) {
    if (isatty(STDIN_FILENO) == 0) {
        return false;
    }
    std::cerr << question << " [y/N] " << std::flush;
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "y" || answer == "Y" || answer == "yes";
}

void add_purge(CLI::App* group, Context& ctx) {
    auto* purge = group->add_subcommand("purge", "carry out the retention rules that are due: destroy or archive");
    struct Opts {
        bool due = false, dry_run = false, yes = false;
    };
    auto o = std::make_shared<Opts>();
    purge->add_flag("--expired", o->due, "every dossier whose term has ended (required: say what you mean)")->required();
    purge->add_flag("--dry-run", o->dry_run, "say what would happen, change nothing");
    purge->add_flag("--yes", o->yes, "do not ask (scripts; without a terminal a purge needs it)");
    purge->footer("Destroying removes the documents, notes, stored copies and their history, and keeps a\n"
                  "tombstone (what, when, which rule, by whom). Dossiers on hold are left alone.\n"
                  "Examples:\n  officectl dossier purge --expired --dry-run\n  officectl dossier purge --expired --yes");
    on_write(purge, ctx, [&ctx, o](store::Txn& txn) {
        auto kinds = dossier::load_kinds(ctx.config());
        auto result = dossier::purge_due(txn, kinds, ctx.today());
        auto acting = result.destroyed.size() + result.archived.size();
        if (acting == 0) {
            if (!result.held.empty()) {
                ctx.print_table(dossier::purge_table(result));
            }
            ctx.note(fmt::format("nothing to purge{}", result.held.empty() ? "" : fmt::format(" ({} on hold)", result.held.size())));
            return;
        }
        auto summary = fmt::format("{} destroyed, {} archived, {} on hold", result.destroyed.size(),
                                   result.archived.size(), result.held.size());
        if (o->dry_run) {
            ctx.print_table(dossier::purge_table(result));
            ctx.note("dry run: would be " + summary + "; nothing changed");
            return; // the Txn rolls back
        }
        if (!o->yes && !confirmed(fmt::format("Destroy {} and archive {} dossier(s)?", result.destroyed.size(),
                                              result.archived.size()))) {
            throw usage_error(fmt::format("purge would destroy {} and archive {} dossier(s): say --yes (see them "
                                          "with --dry-run); nothing changed",
                                          result.destroyed.size(), result.archived.size()));
        }
        txn.commit();
        if (!result.destroyed.empty()) {
            store::checkpoint_truncate(ctx.db()); // no page of what was destroyed stays in the -wal file
        }
        auto removed = dossier::remove_copies(result.copies_to_remove);
        ctx.print_table(dossier::purge_table(result));
        for (const auto& path : result.outside_files) {
            ctx.note("outside the store, destroy by hand: " + path);
        }
        ctx.done(fmt::format("purged: {}; {} stored cop{} removed", summary, removed, removed == 1 ? "y" : "ies"),
                 std::to_string(acting));
    });
}

} // namespace

void add_dossier_file_commands(CLI::App* dossier, Context& ctx) {
    add_doc(dossier, ctx);
    add_doc_rm(dossier->get_subcommand("doc"), ctx);
    add_verify(dossier, ctx);
    add_check(dossier, ctx);
    add_retention(dossier, ctx);
    add_purge(dossier, ctx);
}

} // namespace officectl::app
