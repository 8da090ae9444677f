// officectl contact add | list | show | edit | merge | rm | import | export

#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/contract/contract_views.hpp"
#include "officectl/contact/contact_csv.hpp"
#include "officectl/contact/contact_rules.hpp"
#include "officectl/contact/contact_store.hpp"
#include "officectl/contact/contact_views.hpp"
#include "officectl/contact/kbo.hpp"
#include "officectl/contact/vcard.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/io/csv_reader.hpp"
#include "officectl/mail/item_views.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <memory>

namespace officectl::app {
namespace {

std::vector<std::string> segments_of(Context& ctx, std::string_view type) {
    return ctx.config().get_strings("contact.segments." + std::string(type));
}

// The fields `add` and `edit` share; with edit an empty value clears a field.
struct ContactOptions {
    std::string kind, type, segment, at, role, email, domain, phone, address, vat, lang, tags, note;
    CLI::Option *o_kind{}, *o_type{}, *o_segment{}, *o_at{}, *o_role{}, *o_email{}, *o_domain{}, *o_phone{},
        *o_address{}, *o_vat{}, *o_lang{}, *o_tags{}, *o_note{};

    void add_to(CLI::App* cmd) {
        o_kind = add_choice_option(cmd, "--kind", kind, contact::kinds,
                                   "organisation or person (default organisation; person with --org)", "KIND", {},
                                   spelled_by(contact::parse_kind, contact::kind_name));
        o_type = add_choice_option(cmd, "--type", type, contact::types, "what they are to us (default other)", "TYPE");
        o_segment = cmd->add_option("--segment", segment, "a segment of the type, from contact.segments.<type> in config")
                        ->type_name("SEGMENT");
        o_at = cmd->add_option("--org", at, "the organisation a person works at")->type_name("CONTACT");
        o_role = cmd->add_option("--role", role, "a person's role there (account manager)")->type_name("ROLE");
        o_email = cmd->add_option("--email", email, "e-mail address; mail from it is theirs")->type_name("EMAIL");
        o_domain = cmd->add_option("--domain", domain, "mail domain (ricoh.be); mail from any address there is theirs")
                       ->type_name("DOMAIN");
        o_phone = cmd->add_option("--phone", phone, "phone number")->type_name("PHONE");
        o_address = cmd->add_option("--address", address, "postal address")->type_name("ADDRESS");
        o_vat = cmd->add_option("--vat", vat, "Belgian company number (KBO/BCE), checked: BE0403.170.701")
                    ->type_name("VAT_NUMBER");
        o_lang = add_choice_option(cmd, "--lang", lang, core::languages, "language to write to them in", "LANG", {""});
        o_tags = cmd->add_option("--tags", tags, "tags, comma-separated (replaces the tags)")->type_name("TAGS");
        o_note = cmd->add_option("--note", note, "a note")->type_name("TEXT");
    }

    void apply(Context& ctx, contact::Contact& c) const {
        auto given = [](CLI::Option* o) { return o->count() > 0; };
        auto text = [](const std::string& v) { return v.empty() ? std::nullopt : std::optional<std::string>(v); };
        if (given(o_kind)) {
            c.kind = contact::kinds.parse(kind).value(); // the option admits only its words
        }
        if (given(o_type)) {
            c.type = contact::types.parse(type).value();
        }
        if (given(o_at)) {
            c.org_id.reset();
            if (!at.empty()) {
                auto org = contact::get_contact(ctx.db(), at);
                if (org.kind != contact::Kind::organisation) {
                    throw data_error(fmt::format("--org: {} is a person, not an organisation", org.name));
                }
                c.org_id = org.id;
                if (!given(o_kind)) {
                    c.kind = contact::Kind::person;
                }
                if (!given(o_type)) {
                    c.type = org.type; // Ricoh's account manager is a supplier's person
                }
            }
        }
        for (auto [opt, value, field] : {std::tuple{o_segment, &segment, &c.segment}, std::tuple{o_role, &role, &c.role},
                                         std::tuple{o_email, &email, &c.email}, std::tuple{o_domain, &domain, &c.domain},
                                         std::tuple{o_phone, &phone, &c.phone}, std::tuple{o_address, &address, &c.address},
                                         std::tuple{o_note, &note, &c.note}}) {
            if (given(opt)) {
                *field = text(*value);
            }
        }
        if (given(o_vat)) {
            try {
                c.vat = vat.empty() ? std::nullopt : std::optional(contact::require_kbo(vat));
            } catch (const Error& e) {
                throw Error(e.code(), fmt::format("--vat: {}", e.what()));
            }
        }
        if (given(o_lang)) {
            c.lang = lang.empty() ? std::nullopt : core::parse_language(lang);
        }
        if (given(o_tags)) {
            c.tags = contact::normalise_tags(tags);
        }
    }
};

void add_contact_add(CLI::App* group, Context& ctx) {
    auto* add = group->add_subcommand("add", "add a relation: an organisation, or a person at one");
    auto o = std::make_shared<ContactOptions>();
    auto name = std::make_shared<std::string>();
    add->add_option("name", *name, "the organisation's or person's name")->required()->type_name("NAME");
    o->add_to(add);
    add->footer("Examples:\n"
                "  officectl contact add \"Ricoh Belgium\" --type supplier --domain ricoh.be --vat BE0403.170.701 --lang fr --tags copiers\n"
                "  officectl contact add \"Marie Dubois\" --org \"Ricoh Belgium\" --role \"account manager\" --email marie.dubois@ricoh.be\n"
                "  officectl contact add \"FOD Financiën\" --type authority --domain minfin.fed.be");
    on_write(add, ctx, [&ctx, o, name](store::Txn& txn) {
        contact::Contact c;
        c.name = *name;
        o->apply(ctx, c);
        auto id = contact::add_contact(txn, c, segments_of(ctx, contact::type_name(c.type)));
        txn.commit();
        ctx.done(fmt::format("added contact #{} {} ({} {})", id, c.name, contact::type_name(c.type),
                             contact::kind_name(c.kind)),
                 std::to_string(id));
    });
}

void add_contact_list(CLI::App* group, Context& ctx) {
    auto* list = group->add_subcommand("list", "list relations, by organisation with their people");
    struct Opts {
        std::string type, kind, tag, lang, segment, at, text;
        int limit = 0;
    };
    auto o = std::make_shared<Opts>();
    add_choice_option(list, "--type", o->type, contact::types, "only this type", "TYPE");
    add_choice_option(list, "--kind", o->kind, contact::kinds, "only this kind", "KIND");
    list->add_option("--tag", o->tag, "only with this tag")->type_name("TAG");
    add_choice_option(list, "--lang", o->lang, core::languages, "only this language", "LANG");
    list->add_option("--segment", o->segment, "only this segment")->type_name("SEGMENT");
    list->add_option("--org", o->at, "the people of one organisation")->type_name("CONTACT");
    list->add_option("--search", o->text, "text in the name, e-mail or domain")->type_name("TEXT");
    list->add_option("--limit", o->limit, "at most N")->type_name("N");
    list->footer("Examples:\n  officectl contact list --type supplier\n  officectl contact list --tag copiers --lang fr\n"
                 "  officectl -o csv contact list --org \"Ricoh Belgium\"");
    on_run(list, ctx, [&ctx, o] {
        contact::ContactFilter f;
        f.limit = o->limit;
        if (!o->type.empty()) {
            f.type = contact::types.parse(o->type);
        }
        if (!o->kind.empty()) {
            f.kind = contact::kinds.parse(o->kind);
        }
        if (!o->lang.empty()) {
            f.lang = core::parse_language(o->lang);
        }
        if (!o->tag.empty()) {
            f.tag = o->tag;
        }
        if (!o->segment.empty()) {
            f.segment = o->segment;
        }
        if (!o->text.empty()) {
            f.text = o->text;
        }
        if (!o->at.empty()) {
            f.org_id = contact::get_contact(ctx.db(), o->at).id;
        }
        ctx.print_table(contact::contacts_table(contact::list_contacts(ctx.db(), f)));
    });
}

void add_contact_show(CLI::App* group, Context& ctx) {
    auto* show = group->add_subcommand("show", "one relation, 360°: its fields, its people, what refers to it");
    auto who = std::make_shared<std::string>();
    show->add_option("contact", *who, "#id, name (or part of it), e-mail or company number")->required()->type_name("CONTACT");
    show->footer("Examples:\n  officectl contact show \"Ricoh Belgium\"\n  officectl contact show BE0403170701\n"
                 "  officectl -o md contact show '#12'");
    on_run(show, ctx, [&ctx, who] {
        auto c = contact::get_contact(ctx.db(), *who);
        contact::ContactFilter people;
        people.org_id = c.id;
        auto staff = c.kind == contact::Kind::organisation ? contact::list_contacts(ctx.db(), people)
                                                           : std::vector<contact::Contact>{};
        // The organisation's own people are listed above; everything else that refers to it below.
        auto refs = contact::contact_references(ctx.db(), c, false);
        auto report = contact::contact_report(c, staff, refs);
        // What the other domains hold about this relation, before the raw references.
        report.sections.insert(report.sections.end() - 1, mail::contact_mail_section(ctx.db(), c.id, ctx.today()));
        report.sections.insert(report.sections.end() - 1, contract::contact_contract_section(ctx.db(), c.id,
                                                                                             ctx.config().calendar(),
                                                                                             ctx.today()));
        ctx.print_report(report);
    });
}

void add_contact_edit(CLI::App* group, Context& ctx) {
    auto* edit = group->add_subcommand("edit", "change fields of a relation; an empty value (--phone \"\") clears one");
    auto o = std::make_shared<ContactOptions>();
    auto who = std::make_shared<std::string>();
    auto rename = std::make_shared<std::string>();
    edit->add_option("contact", *who, "#id, name, e-mail or company number")->required()->type_name("CONTACT");
    o->add_to(edit);
    auto* o_rename = edit->add_option("--rename", *rename, "a new name")->type_name("NAME");
    edit->footer("Examples:\n  officectl contact edit Ricoh --phone \"+32 2 123 45 67\" --tags copiers,printers\n"
                 "  officectl contact edit \"Marie Dubois\" --role \"key account\"");
    on_write(edit, ctx, [&ctx, o, who, rename, o_rename](store::Txn& txn) {
        auto c = contact::get_contact(txn.db(), *who);
        o->apply(ctx, c);
        if (o_rename->count() > 0) {
            c.name = *rename;
        }
        bool changed = contact::update_contact(txn, c, segments_of(ctx, contact::type_name(c.type)));
        txn.commit();
        ctx.done(changed ? fmt::format("updated contact #{} {}", c.id, c.name)
                         : fmt::format("contact #{} {} unchanged", c.id, c.name),
                 std::to_string(c.id));
    });
}

void add_contact_merge(CLI::App* group, Context& ctx) {
    auto* merge = group->add_subcommand("merge", "merge duplicate B into A: every reference to B then points at A");
    auto a = std::make_shared<std::string>();
    auto b = std::make_shared<std::string>();
    merge->add_option("keep", *a, "the relation to keep")->required()->type_name("CONTACT");
    merge->add_option("duplicate", *b, "the duplicate, removed after its references move")->required()->type_name("CONTACT");
    auto force = std::make_shared<bool>(false);
    merge->add_flag("--force", *force, "merge even when their types differ");
    merge->footer("Examples:\n  officectl contact merge \"Ricoh Belgium\" '#17'");
    on_write(merge, ctx, [&ctx, a, b, force](store::Txn& txn) {
        auto keep = contact::get_contact(txn.db(), *a);
        auto gone = contact::get_contact(txn.db(), *b);
        auto result = contact::merge_contacts(txn, keep, gone, *force);
        txn.commit();
        ctx.done(fmt::format("merged #{} {} into #{} {}: {} reference{} moved{}", gone.id, gone.name, keep.id, keep.name,
                             result.references_moved, result.references_moved == 1 ? "" : "s",
                             result.fields_filled.empty() ? "" : ", filled " + core::join(result.fields_filled, ", ")),
                 std::to_string(keep.id));
    });
}

void add_contact_rm(CLI::App* group, Context& ctx) {
    auto* rm = group->add_subcommand("rm", "remove a relation nothing refers to (else merge it)");
    auto who = std::make_shared<std::string>();
    rm->add_option("contact", *who, "#id, name, e-mail or company number")->required()->type_name("CONTACT");
    rm->footer("Examples:\n  officectl contact rm '#17'");
    on_write(rm, ctx, [&ctx, who](store::Txn& txn) {
        auto c = contact::get_contact(txn.db(), *who);
        contact::remove_contact(txn, c);
        txn.commit();
        ctx.done(fmt::format("removed contact #{} {}", c.id, c.name), std::to_string(c.id));
    });
}

void add_contact_import(CLI::App* group, Context& ctx) {
    auto* import = group->add_subcommand("import", "add or update relations from CSV: all rows or none, idempotent");
    auto file = std::make_shared<std::string>();
    auto dry_run = std::make_shared<bool>(false);
    auto update = std::make_shared<bool>(false);
    import->add_option("file", *file, "CSV with a header row (name,kind,type,segment,organisation,role,email,domain,phone,"
                                      "address,vat,lang,tags,note); - for stdin")
        ->required()
        ->type_name("FILE");
    import->add_flag("--dry-run", *dry_run, "check and count, write nothing");
    import->add_flag("--update", *update, "let a row rename a relation it matches, or change its company number or e-mail");
    import->footer("Examples:\n  officectl contact import suppliers.csv\n  officectl contact export | officectl contact import -\n"
                   "  officectl contact import renamed.csv --update");
    on_run(import, ctx, [&ctx, file, dry_run, update] {
        run_csv_import(ctx, *file, *dry_run, 0, [&ctx, update](store::Txn& txn, io::CsvReader& csv) {
            return contact::import_contacts(
                txn, csv, [&ctx](std::string_view t) { return segments_of(ctx, t); }, *update);
        });
    });
}

void add_contact_export(CLI::App* group, Context& ctx) {
    auto* exp = group->add_subcommand("export", "every relation as CSV in the import's columns, or as vCard 4.0");
    auto vcard = std::make_shared<bool>(false);
    exp->add_flag("--vcard", *vcard, "vCard 4.0 for a mail client or a phone");
    exp->footer("Examples:\n  officectl contact export > relations.csv\n  officectl contact export --vcard > relations.vcf");
    on_run(exp, ctx, [&ctx, vcard] {
        if (*vcard) {
            ctx.print(contact::to_vcards(contact::list_contacts(ctx.db(), {})));
            return;
        }
        ctx.print_export(contact::export_contacts(ctx.db()));
    });
}

} // namespace

void add_contact_commands(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("contact", "relations: suppliers, clients, authorities, partners, press, and their people");
    group->require_subcommand(1);
    group->footer("Every domain that names an outside party refers to a contact. See officectl-contact(1).");
    add_contact_add(group, ctx);
    add_contact_list(group, ctx);
    add_contact_show(group, ctx);
    add_contact_edit(group, ctx);
    add_contact_merge(group, ctx);
    add_contact_rm(group, ctx);
    add_contact_import(group, ctx);
    add_contact_export(group, ctx);
}

} // namespace officectl::app
