// officectl event supplier add | set, event guest import | rsvp, event guests,
// event invite

#include "budget_shared.hpp"
#include "cli_choices.hpp"
#include "commands.hpp"
#include "event_shared.hpp"
#include "mail_shared.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/event/event_plan.hpp"
#include "officectl/event/event_rules.hpp"
#include "officectl/event/event_views.hpp"
#include "officectl/io/private_files.hpp"
#include "officectl/mail/draft.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <memory>

namespace officectl::app {
namespace {

// The option admits only the table's words.
event::SupplierStatus status_option(const std::string& text) { return event::supplier_statuses.parse(text).value(); }

void add_supplier_commands(CLI::App* group, Context& ctx) {
    auto* supplier = group->add_subcommand("supplier", "who delivers what: catering, venue, sound, with quote and status");
    supplier->require_subcommand(1);
    auto* add = supplier->add_subcommand("add", "a supplier asked for a role");
    struct Opts {
        std::string event, role, vendor, quote, status = "asked";
    };
    auto o = std::make_shared<Opts>();
    add->add_option("event", o->event, "the event's number")->required()->type_name("EVENT");
    add->add_option("--role", o->role, "catering, venue, sound, photo, ...")->required()->type_name("ROLE");
    add->add_option("--vendor", o->vendor, "the supplier (a relation; created when new)")->required()->type_name("CONTACT");
    add->add_option("--quote", o->quote, "their price, excl. VAT")->type_name("AMOUNT");
    add_choice_option(add, "--status", o->status, event::supplier_statuses, "where they stand", "SUPPLIER_STATUS");
    add->footer("Examples:\n  officectl event supplier add 1 --role catering --vendor \"Traiteur Dumont\" --quote 4800 "
                "--status offered\nTo weigh several quotes against each other, see `officectl budget quote compare`.");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        auto e = event_argument(ctx, o->event);
        event::Supplier s;
        s.event_id = e.id;
        s.role = core::to_lower(core::trim(o->role));
        if (s.role.empty()) {
            throw usage_error("--role is empty");
        }
        if (!o->quote.empty()) {
            s.quote = money_option(ctx, "--quote", o->quote);
        }
        s.status = status_option(o->status);
        s.vendor_id = *budget_vendor(ctx, txn, o->vendor);
        event::save_supplier(txn, e, s, ctx.today());
        txn.commit();
        ctx.done(fmt::format("supplier {} for {} of \"{}\": {}{}", s.id, s.role, e.title, event::supplier_status_name(s.status),
                             s.commitment_id ? fmt::format(" (commitment {} on the budget line)", *s.commitment_id) : ""),
                 std::to_string(s.id));
    });
    auto* set = supplier->add_subcommand("set", "a supplier's new status, quote or invoiced amount");
    struct SetOpts {
        std::string id, status, quote, actual;
    };
    auto so = std::make_shared<SetOpts>();
    set->add_option("supplier", so->id, "the supplier's number (see `event show`)")->required()->type_name("ID");
    add_choice_option(set, "--status", so->status, event::supplier_statuses, "where they stand", "SUPPLIER_STATUS");
    set->add_option("--quote", so->quote, "their price, excl. VAT")->type_name("AMOUNT");
    set->add_option("--actual", so->actual, "what they invoiced, excl. VAT")->type_name("AMOUNT");
    set->footer("Examples:\n  officectl event supplier set 2 --status contracted\n  officectl event supplier set 2 --actual 5120");
    on_write(set, ctx, [&ctx, so](store::Txn& txn) {
        auto s = event::get_supplier(ctx.db(), id_argument(so->id, "supplier", "event show EVENT"));
        if (so->status.empty() && so->quote.empty() && so->actual.empty()) {
            throw usage_error("give --status, --quote or --actual");
        }
        if (!so->status.empty()) {
            s.status = status_option(so->status);
        }
        if (!so->quote.empty()) {
            s.quote = money_option(ctx, "--quote", so->quote);
        }
        if (!so->actual.empty()) {
            s.actual = money_option(ctx, "--actual", so->actual);
        }
        auto e = event::get_event(ctx.db(), s.event_id);
        auto before = s.commitment_id;
        event::save_supplier(txn, e, s, ctx.today());
        txn.commit();
        std::string budget_said;
        if (s.commitment_id && s.commitment_id != before) {
            budget_said = fmt::format(" (commitment {} on the budget line)", *s.commitment_id);
        } else if (before && !s.commitment_id) {
            budget_said = fmt::format(" (commitment {} cancelled)", *before);
        }
        ctx.done(fmt::format("supplier {} ({}, {}): {}{}", s.id, s.role, s.vendor, event::supplier_status_name(s.status),
                             budget_said),
                 std::to_string(s.id));
    });
}

void add_guest_commands(CLI::App* group, Context& ctx) {
    auto* guest = group->add_subcommand("guest", "the guest list: import, RSVP");
    guest->require_subcommand(1);
    auto* imp = guest->add_subcommand("import", "guests from CSV: name, email, organisation, language; all rows or none");
    struct Opts {
        std::string event, file;
        bool dry_run = false;
    };
    auto o = std::make_shared<Opts>();
    imp->add_option("event", o->event, "the event's number")->required()->type_name("EVENT");
    imp->add_option("file", o->file, "the CSV file, or - for stdin")->required()->type_name("FILE");
    imp->add_flag("--dry-run", o->dry_run, "say what would change, change nothing");
    imp->footer("Examples:\n  officectl event guest import 1 gasten.csv\n"
                "Columns: name and email (required), organisation, language (nl, fr, en; default nl).\n"
                "A guest is known by e-mail: importing again updates names, keeps the answers.");
    on_run(imp, ctx, [&ctx, o] {
        run_csv_import(ctx, o->file, o->dry_run, 0, [&](store::Txn& txn, io::CsvReader& csv) {
            return event::import_guests(txn, csv, event_argument(ctx, o->event).id);
        });
    });
    auto* rsvp = guest->add_subcommand("rsvp", "a guest's answer: yes, no or maybe");
    struct RsvpOpts {
        std::string event, email, answer;
    };
    auto r = std::make_shared<RsvpOpts>();
    rsvp->add_option("event", r->event, "the event's number")->required()->type_name("EVENT");
    rsvp->add_option("email", r->email, "the guest's e-mail")->required()->type_name("EMAIL");
    add_choice_option(rsvp, "answer", r->answer, {"yes", "no", "maybe"}, "their answer", "RSVP")->required();
    rsvp->footer("Examples:\n  officectl event guest rsvp 1 marie.dubois@ricoh.be yes");
    on_write(rsvp, ctx, [&ctx, r](store::Txn& txn) {
        auto e = event_argument(ctx, r->event);
        auto answer = event::rsvps.parse(r->answer).value(); // the argument admits only yes, no or maybe
        auto g = event::find_guest(ctx.db(), e.id, r->email);
        if (!g) {
            throw not_found(fmt::format("no guest {} for \"{}\" (see `officectl event guests {}`)", r->email, e.title, e.id));
        }
        event::set_rsvp(txn, *g, answer);
        txn.commit();
        g->rsvp = answer;
        auto counts = event::count_rsvps(event::list_guests(ctx.db(), e.id));
        ctx.done(fmt::format("{}: {} (headcount {}: {} yes, {} maybe)", g->name, event::rsvp_name(answer),
                             counts.headcount(), counts.yes, counts.maybe),
                 std::to_string(g->id));
    });
}

void add_guests(CLI::App* group, Context& ctx) {
    auto* guests = group->add_subcommand("guests", "the guest list with answers; the headcount for catering");
    struct Opts {
        std::string event, status;
    };
    auto o = std::make_shared<Opts>();
    guests->add_option("event", o->event, "the event's number")->required()->type_name("EVENT");
    add_choice_option(guests, "--status", o->status, event::rsvps, "only these guests (invited: no answer yet)", "RSVP");
    guests->footer("Examples:\n  officectl event guests 1\n  officectl event guests 1 --status invited -o csv\n"
                   "Headcount: the yes answers and half of the maybes, rounded up.");
    on_run(guests, ctx, [&ctx, o] {
        auto e = event_argument(ctx, o->event);
        auto list = event::list_guests(ctx.db(), e.id);
        auto counts = event::count_rsvps(list);
        if (!o->status.empty()) {
            auto s = event::rsvps.parse(o->status);
            std::erase_if(list, [&](const event::Guest& g) { return g.rsvp != *s; });
        }
        ctx.print_table(event::guests_table(list));
        ctx.note(fmt::format("{} guests: {} yes, {} maybe, {} no, {} no answer; headcount {}", counts.total(), counts.yes,
                             counts.maybe, counts.no, counts.invited, counts.headcount()));
    });
}

void add_invite(CLI::App* group, Context& ctx) {
    auto* invite = group->add_subcommand("invite", "the invitation per guest, in their language (nl, fr, en)");
    struct Opts {
        std::string event, dir, from, rsvp, body, status = "invited";
    };
    auto o = std::make_shared<Opts>();
    invite->add_option("event", o->event, "the event's number")->required()->type_name("EVENT");
    invite->add_option("--dir", o->dir, "write one file per guest there (default: all to stdout)")->type_name("DIR");
    invite->add_option("--signatory", o->from, "who signs (default: the event's owner)")->type_name(k_handle);
    invite->add_option("--rsvp", o->rsvp, "answer before (default: 14 days before the day)")->type_name("DATE");
    invite->add_option("--body", o->body, "a paragraph of your own")->type_name("TEXT");
    add_choice_option(invite, "--status", o->status, event::rsvps, "the guests to invite (invited: no answer yet)", "RSVP",
                      {"all"});
    invite->footer("Examples:\n  officectl event invite 1 --dir uitnodigingen/\n  officectl event invite 1 | less\n"
                   "The template is mail's `invitation` (templates/invitation.LANG.md in the config folder replaces it).");
    on_run(invite, ctx, [&ctx, o] {
        auto e = event_argument(ctx, o->event);
        auto signer = o->from.empty() ? e.owner : std::optional(o->from);
        if (!signer) {
            throw usage_error(fmt::format("who signs? --signatory HANDLE (event {} has no owner)", e.id));
        }
        auto member = team::get_member(ctx.db(), *signer);
        auto rsvp_by = o->rsvp.empty() ? core::add_days(e.date, -14) : date_option(ctx, "--rsvp", o->rsvp);
        auto guests = event::list_guests(ctx.db(), e.id);
        if (o->status != "all") {
            auto s = event::rsvps.parse(o->status);
            std::erase_if(guests, [&](const event::Guest& g) { return g.rsvp != *s; });
        }
        if (guests.empty()) {
            ctx.note("no guests to invite");
            return;
        }
        std::string out;
        for (const auto& g : guests) {
            auto vars = event::invitation_vars(e, g, ctx.today(), rsvp_by);
            vars["from"] = member.name;
            vars["from_role"] = member.role.value_or("");
            vars["body"] = o->body;
            auto name = fmt::format("invitation.{}", core::language_code(g.lang));
            auto text = fmt::format("To: {} <{}>\n\n{}", g.name, g.email,
                                    mail::render_draft(find_template(ctx, "invitation", g.lang), name, vars));
            if (o->dir.empty()) {
                out += text + "\n";
                continue;
            }
            io::make_private_dirs(o->dir); // 0700 and 0600: names and addresses of guests
            auto path = std::filesystem::path(o->dir) / fmt::format("{:03}-{}.{}.md", g.id, g.email.substr(0, g.email.find('@')),
                                                                    core::language_code(g.lang));
            io::write_private_file(path, text);
        }
        if (o->dir.empty()) {
            ctx.print(out);
        }
        ctx.done(fmt::format("{} invitation{} for \"{}\"{}", guests.size(), guests.size() == 1 ? "" : "s", e.title,
                             o->dir.empty() ? "" : " in " + o->dir),
                 std::to_string(guests.size()));
    });
}

} // namespace

void add_event_people_commands(CLI::App* group, Context& ctx) {
    add_supplier_commands(group, ctx);
    add_guest_commands(group, ctx);
    add_guests(group, ctx);
    add_invite(group, ctx);
}

} // namespace officectl::app
