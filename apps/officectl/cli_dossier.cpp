// officectl dossier add | list | show | edit | note | close | reopen | hold | release | kinds,
// and the document verbs (cli_dossier_files.cpp)

#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/dossier/dossier_kinds.hpp"
#include "officectl/dossier/dossier_store.hpp"
#include "officectl/dossier/dossier_views.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <memory>

namespace officectl::app {

std::int64_t dossier_id_argument(const std::string& text) {
    return id_argument(text, "dossier", "dossier list");
}

namespace {

// An open or closed dossier (archived and destroyed ones do not change).
dossier::Dossier active_dossier(Context& ctx, const std::string& id) {
    auto d = dossier::get_dossier(ctx.db(), dossier_id_argument(id));
    dossier::require_changeable(d);
    return d;
}

void add_add(CLI::App* group, Context& ctx) {
    auto* add = group->add_subcommand("add", "open a dossier of a kind (personnel, supplier, vehicle, project, insurance)");
    struct Opts {
        std::string title, kind, person, owner, opened;
        bool confidential = false;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("title", o->title, "whose or what file it is: \"Peeters, An\"")->required()->type_name("TITLE");
    add->add_option("--kind", o->kind, "its kind: its checklist and retention term (see `dossier kinds`)")
        ->required()
        ->type_name("DOSSIER_KIND");
    add->add_option("--who", o->person, "the team member it is about (personnel files)")->type_name(k_handle);
    add->add_option("--owner", o->owner, "who keeps it complete")->type_name(k_handle);
    add->add_option("--opened", o->opened, "the day it opened (default today)")->type_name("DATE");
    add->add_flag("--confidential", o->confidential, "documents and notes only with --show-confidential");
    add->footer("Examples:\n"
                "  officectl dossier add \"Peeters, An\" --kind personnel --who an --owner bert --confidential\n"
                "  officectl dossier add \"Ricoh\" --kind supplier");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        auto kinds = dossier::load_kinds(ctx.config());
        dossier::Dossier d;
        d.title = std::string(core::trim(o->title));
        if (d.title.empty()) {
            throw usage_error("the title is empty");
        }
        d.kind = dossier::kind_named(kinds, o->kind).name;
        if (!o->person.empty()) {
            d.person = team::get_member(ctx.db(), o->person).handle;
        }
        if (!o->owner.empty()) {
            d.owner = team::get_member(ctx.db(), o->owner).handle;
        }
        d.confidential = o->confidential;
        d.opened = o->opened.empty() ? ctx.today() : date_option(ctx, "--opened", o->opened);
        auto id = dossier::add_dossier(txn, d);
        txn.commit();
        auto saved = dossier::get_dossier(ctx.db(), id);
        const auto& kind = kinds.at(d.kind);
        ctx.done(fmt::format("dossier {} {} \"{}\" ({}): {} required documents", id, saved.reference, d.title, d.kind,
                             kind.required.size()),
                 std::to_string(id));
    });
}

void add_list(CLI::App* group, Context& ctx) {
    auto* list = group->add_subcommand("list", "dossiers with their completeness and how long they are kept");
    struct Opts {
        std::string kind, person, status;
        bool all = false;
    };
    auto o = std::make_shared<Opts>();
    list->add_option("--kind", o->kind, "one kind")->type_name("DOSSIER_KIND");
    list->add_option("--who", o->person, "about one team member")->type_name(k_handle);
    add_choice_option(list, "--status", o->status, dossier::statuses, "only this status (default: open and closed)",
                      "DOSSIER_STATUS");
    list->add_flag("--all", o->all, "archived and destroyed ones too");
    list->footer("Examples:\n  officectl dossier list\n  officectl dossier list --kind personnel --status closed\n"
                 "  officectl -o csv dossier list --all");
    on_run(list, ctx, [&ctx, o] {
        auto kinds = dossier::load_kinds(ctx.config());
        dossier::DossierFilter f;
        if (!o->kind.empty()) {
            f.kind = core::to_lower(o->kind);
        }
        if (!o->person.empty()) {
            f.person = team::get_member(ctx.db(), o->person).handle;
        }
        if (o->all) {
            f.statuses = {dossier::Status::open, dossier::Status::closed, dossier::Status::archived,
                          dossier::Status::destroyed};
        } else if (!o->status.empty()) {
            f.statuses = {dossier::statuses.parse(o->status).value()}; // the option admits only its words
        }
        ctx.print_table(dossier::dossiers_table(ctx.db(), dossier::list_dossiers(ctx.db(), f), kinds, ctx.today()));
    });
}

void add_show(CLI::App* group, Context& ctx) {
    auto* show = group->add_subcommand("show", "one dossier: its fields, completeness, documents and timeline");
    auto id = std::make_shared<std::string>();
    show->add_option("id", *id, "the dossier's number")->required()->type_name("ID");
    show->footer("Examples:\n  officectl dossier show 1\n  officectl --show-confidential dossier show 1");
    on_run(show, ctx, [&ctx, id] {
        auto d = dossier::get_dossier(ctx.db(), dossier_id_argument(*id));
        ctx.print_report(dossier::dossier_report(ctx.db(), d, dossier::load_kinds(ctx.config()),
                                                 ctx.today()));
    });
}

void add_edit(CLI::App* group, Context& ctx) {
    auto* edit = group->add_subcommand("edit", "change a dossier's title, kind, person, owner or confidentiality");
    struct Opts {
        std::string id, title, kind, person, owner, confidential;
    };
    auto o = std::make_shared<Opts>();
    edit->add_option("id", o->id, "the dossier's number")->required()->type_name("ID");
    edit->add_option("--title", o->title, "a new title")->type_name("TITLE");
    edit->add_option("--kind", o->kind, "another kind")->type_name("DOSSIER_KIND");
    edit->add_option("--who", o->person, "the team member it is about")->type_name(k_handle);
    edit->add_option("--owner", o->owner, "who keeps it complete")->type_name(k_handle);
    add_choice_option(edit, "--confidential", o->confidential, {"yes", "no"}, "documents and notes only with --show-confidential",
                      "YES|NO");
    edit->footer("Examples:\n  officectl dossier edit 1 --owner an\n  officectl dossier edit 2 --confidential no");
    on_write(edit, ctx, [&ctx, o](store::Txn& txn) {
        auto d = active_dossier(ctx, o->id);
        if (!o->title.empty()) {
            d.title = std::string(core::trim(o->title));
        }
        if (!o->kind.empty()) {
            d.kind = dossier::kind_named(dossier::load_kinds(ctx.config()), o->kind).name;
        }
        if (!o->person.empty()) {
            d.person = team::get_member(ctx.db(), o->person).handle;
        }
        if (!o->owner.empty()) {
            d.owner = team::get_member(ctx.db(), o->owner).handle;
        }
        if (!o->confidential.empty()) {
            d.confidential = o->confidential == "yes";
        }
        dossier::update_dossier(txn, d, ctx.today());
        txn.commit();
        ctx.done(fmt::format("changed dossier {} {}", d.id, d.reference), std::to_string(d.id));
    });
}

void add_note(CLI::App* group, Context& ctx) {
    auto* note = group->add_subcommand("note", "add a note to a dossier's timeline");
    struct Opts {
        std::string id, text, date;
    };
    auto o = std::make_shared<Opts>();
    note->add_option("id", o->id, "the dossier's number")->required()->type_name("ID");
    note->add_option("text", o->text, "the note")->required()->type_name("TEXT");
    note->add_option("--date", o->date, "its date (default today)")->type_name("DATE");
    note->footer("Examples:\n  officectl dossier note 1 \"Kopie diploma gevraagd\"");
    on_write(note, ctx, [&ctx, o](store::Txn& txn) {
        auto d = active_dossier(ctx, o->id);
        auto text = std::string(core::trim(o->text));
        if (text.empty()) {
            throw usage_error("the note is empty");
        }
        auto id = dossier::add_entry(txn, {0, d.id, o->date.empty() ? ctx.today() : date_option(ctx, "--date", o->date),
                                           true, text});
        txn.commit();
        ctx.done(fmt::format("note added to dossier {} {}", d.id, d.reference), std::to_string(id));
    });
}

void add_close(CLI::App* group, Context& ctx) {
    auto* close = group->add_subcommand("close", "close a dossier: its retention term starts");
    struct Opts {
        std::string id, date;
    };
    auto o = std::make_shared<Opts>();
    close->add_option("id", o->id, "the dossier's number")->required()->type_name("ID");
    close->add_option("--date", o->date, "the closing day, e.g. the last day of employment (default today)")
        ->type_name("DATE");
    close->footer("Examples:\n  officectl dossier close 1 --date 2026-06-30");
    on_write(close, ctx, [&ctx, o](store::Txn& txn) {
        auto d = active_dossier(ctx, o->id);
        if (d.status == dossier::Status::closed) {
            throw data_error(fmt::format("dossier {} closed on {} already (`dossier reopen` first)", d.id,
                                         core::format_date(*d.closed)));
        }
        d.closed = o->date.empty() ? ctx.today() : date_option(ctx, "--date", o->date);
        d.status = dossier::Status::closed;
        auto kinds = dossier::load_kinds(ctx.config());
        std::string keep;
        if (auto k = kinds.find(d.kind); k != kinds.end()) {
            if (auto end = dossier::retention_end(d, k->second)) {
                keep = fmt::format(": keep until {} ({}, then {})", core::format_date(*end),
                                   dossier::rule_text(k->second), k->second.action);
            }
        }
        dossier::update_dossier(txn, d, *d.closed, "closed" + keep);
        txn.commit();
        ctx.done(fmt::format("closed dossier {} {}{}", d.id, d.reference, keep), std::to_string(d.id));
    });
}

void add_reopen(CLI::App* group, Context& ctx) {
    auto* reopen = group->add_subcommand("reopen", "reopen a closed dossier: its retention clock stops");
    auto id = std::make_shared<std::string>();
    reopen->add_option("id", *id, "the dossier's number")->required()->type_name("ID");
    reopen->footer("Examples:\n  officectl dossier reopen 1");
    on_write(reopen, ctx, [&ctx, id](store::Txn& txn) {
        auto d = active_dossier(ctx, *id);
        if (d.status != dossier::Status::closed) {
            throw data_error(fmt::format("dossier {} is open", d.id));
        }
        d.status = dossier::Status::open;
        d.closed.reset();
        dossier::update_dossier(txn, d, ctx.today(), "reopened");
        txn.commit();
        ctx.done(fmt::format("reopened dossier {} {}", d.id, d.reference), std::to_string(d.id));
    });
}

void add_hold(CLI::App* group, Context& ctx) {
    auto* hold = group->add_subcommand("hold", "put a legal hold on a dossier: a purge leaves it alone");
    struct Opts {
        std::string id, reason;
    };
    auto o = std::make_shared<Opts>();
    hold->add_option("id", o->id, "the dossier's number")->required()->type_name("ID");
    hold->add_option("reason", o->reason, "why: a dispute, an inspection")->required()->type_name("REASON");
    hold->footer("Examples:\n  officectl dossier hold 1 \"Geschil arbeidsrechtbank, rolnummer 26/123\"");
    on_write(hold, ctx, [&ctx, o](store::Txn& txn) {
        auto d = active_dossier(ctx, o->id);
        auto reason = std::string(core::trim(o->reason));
        if (reason.empty()) {
            throw usage_error("a hold needs its reason");
        }
        d.hold = reason;
        dossier::update_dossier(txn, d, ctx.today(), "legal hold: " + reason);
        txn.commit();
        ctx.done(fmt::format("dossier {} {} on hold: it is not purged until `dossier release {}`", d.id, d.reference,
                             d.id),
                 std::to_string(d.id));
    });
}

void add_release(CLI::App* group, Context& ctx) {
    auto* release = group->add_subcommand("release", "lift a dossier's legal hold");
    auto id = std::make_shared<std::string>();
    release->add_option("id", *id, "the dossier's number")->required()->type_name("ID");
    release->footer("Examples:\n  officectl dossier release 1");
    on_write(release, ctx, [&ctx, id](store::Txn& txn) {
        auto d = active_dossier(ctx, *id);
        if (!d.hold) {
            throw data_error(fmt::format("dossier {} is not on hold", d.id));
        }
        d.hold.reset();
        dossier::update_dossier(txn, d, ctx.today(), "hold lifted");
        txn.commit();
        ctx.done(fmt::format("dossier {} {}: hold lifted", d.id, d.reference), std::to_string(d.id));
    });
}

void add_kinds(CLI::App* group, Context& ctx) {
    auto* kinds = group->add_subcommand("kinds", "the kinds of dossier: required documents, retention term, its basis");
    kinds->footer("Examples:\n  officectl dossier kinds\n  officectl -o md dossier kinds");
    on_run(kinds, ctx, [&ctx] { ctx.print_table(dossier::kinds_table(dossier::load_kinds(ctx.config()))); });
}

} // namespace

void add_dossier_commands(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("dossier", "dossiers: required documents, completeness, retention, purge");
    group->require_subcommand(1);
    add_add(group, ctx);
    add_list(group, ctx);
    add_show(group, ctx);
    add_edit(group, ctx);
    add_note(group, ctx);
    add_close(group, ctx);
    add_reopen(group, ctx);
    add_hold(group, ctx);
    add_release(group, ctx);
    add_kinds(group, ctx);
    add_dossier_file_commands(group, ctx);
}

} // namespace officectl::app
