// officectl mail log | import, and the mail command group
// (follow-up verbs: cli_mail_follow.cpp; search and figures: cli_mail_search.cpp;
// drafts: cli_mail_draft.cpp; service notes: cli_mail_note.cpp)

#include "cli_choices.hpp"
#include "commands.hpp"
#include "mail_shared.hpp"

#include "officectl/contact/contact_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/period.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/io/csv_reader.hpp"
#include "officectl/io/file_digest.hpp"
#include "officectl/io/mail_reader.hpp"
#include "officectl/mail/item_import.hpp"
#include "officectl/mail/item_rules.hpp"
#include "officectl/mail/item_store.hpp"
#include "officectl/mail/item_views.hpp"
#include "officectl/mail/mail_rules.hpp"
#include "officectl/mail/mail_settings.hpp"
#include "officectl/team/member_store.hpp"
#include <fmt/format.h>
#include <unistd.h>
#include <cstdio>
#include <fstream>
#include <optional>
#include <memory>

namespace officectl::app {

mail::Prefixes prefixes(Context& ctx) { return mail::load_prefixes(ctx.config()); }

mail::ImportOptions import_options(Context& ctx) {
    mail::ImportOptions o;
    o.own = ctx.config().get_strings("mail.own");
    o.rules = mail::load_rules(ctx.config());
    o.prefixes = prefixes(ctx);
    o.zone = ctx.config().zone();
    o.today = ctx.today();
    return o;
}

// The correspondent as a relation: found, or created (said after the commit).
contact::Contact correspondent(store::Txn& txn, const std::string& name, bool strict, std::vector<std::string>& notes) {
    auto r = contact::resolve_party(txn, name, {strict, contact::Type::other});
    if (r.created) {
        notes.push_back(fmt::format("new relation #{} {} (add details with `officectl contact edit '#{}'`)", r.contact.id,
                                    r.contact.name, r.contact.id));
    }
    return r.contact;
}

CLI::Option* add_channel_option(CLI::App* cmd, std::string& value, const std::string& help) {
    return add_choice_option(cmd, "--channel", value, mail::channels, help + " (also E-mail, mail; case does not count)",
                             "CHANNEL", {}, spelled_by(mail::parse_channel, mail::channel_name));
}

std::vector<mail::Attachment> attachments(const std::vector<std::string>& files) {
    std::vector<mail::Attachment> out;
    for (const auto& f : files) {
        auto d = io::digest_file(f);
        out.push_back({std::filesystem::path(f).filename().string(), "application/octet-stream",
                       static_cast<std::int64_t>(d.size), d.sha256, d.path});
    }
    return out;
}

namespace {

void add_log(CLI::App* mail, Context& ctx) {
    auto* log = mail->add_subcommand("log", "register one item (a letter, an e-mail, a fax, a phone note, a delivery)");
    auto o = std::make_shared<LogOptions>();
    log->add_flag("--incoming", o->in, "incoming (the default)");
    log->add_flag("--outgoing", o->out, "outgoing");
    add_channel_option(log, o->channel, "how it came or went");
    log->add_option("--from", o->from, "the sender (incoming: a relation, found or created)")->type_name("CONTACT");
    log->add_option("--to", o->to, "the addressee (outgoing: a relation, found or created)")->type_name("CONTACT");
    log->add_option("--subject", o->subject, "what it is about")->required()->type_name("TEXT");
    log->add_option("--date", o->date, "received or sent (default today)")->type_name("DATE");
    log->add_option("--ref", o->ref, "their reference")->type_name("REF");
    log->add_option("--our-ref", o->our_ref, "our reference")->type_name("REF");
    log->add_option("--due", o->due, "answer before (+10d, fri, a date)")->type_name("DATE");
    log->add_option("--owner", o->assign, "who follows it up")->type_name(k_handle);
    log->add_option("--tag", o->tags, "a tag (repeat, or comma-separated)")->type_name("TAG");
    log->add_flag("--confidential", o->confidential, "body and note shown only with --show-confidential");
    log->add_option("--file", o->files, "a scan or attachment: recorded with size and SHA-256 (repeat)")->type_name("FILE");
    log->add_option("--body", o->body, "the text, or a summary of a phone call")->type_name("TEXT");
    log->add_option("--note", o->note, "an internal note")->type_name("TEXT");
    log->add_flag("--strict", o->strict, "refuse a correspondent that is no known relation");
    log->footer("Examples:\n"
                "  officectl mail log --incoming --channel letter --from \"FOD Financiën\" --subject \"Aanslagbiljet 2026\" \\\n"
                "      --ref 2026/123 --due +10d --owner bert --tag tax --file scan.pdf\n"
                "  nr=$(officectl -q mail log --outgoing --channel letter --to \"Ricoh Belgium\" --subject \"Opzegging contract\")");
    on_write(log, ctx, [&ctx, o](store::Txn& txn) {
        if (o->in && o->out) {
            throw usage_error("give --incoming or --outgoing, not both");
        }
        mail::Item it;
        it.direction = o->out ? mail::Direction::out : mail::Direction::in;
        it.channel = mail::parse_channel(o->channel).value(); // the option admits only channels
        it.date = o->date.empty() ? ctx.today() : date_option(ctx, "--date", o->date);
        it.subject = o->subject;
        if (core::trim(it.subject).empty()) {
            throw data_error("--subject: a subject is required");
        }
        auto opt = [](const std::string& v) { return v.empty() ? std::nullopt : std::optional<std::string>(v); };
        it.their_ref = opt(o->ref);
        it.our_ref = opt(o->our_ref);
        it.body = opt(o->body);
        it.note = opt(o->note);
        it.confidential = o->confidential;
        for (const auto& t : o->tags) {
            it.tags = mail::apply_tag_changes(it.tags, core::split(t, ','));
        }
        if (!o->due.empty()) {
            it.due = date_option(ctx, "--due", o->due);
        }
        it.status = it.direction == mail::Direction::in ? mail::Status::open : mail::Status::done;
        it.attachments = attachments(o->files);
        if (!o->assign.empty()) {
            it.assignee_id = team::get_member(txn.db(), o->assign).id;
        }
        it.from_text = opt(o->from);
        it.to_text = opt(o->to);
        // The register names the relation as the directory spells it ("Ricoh" -> "Ricoh Belgium").
        std::vector<std::string> notes;
        if (it.direction == mail::Direction::in && it.from_text) {
            auto c = correspondent(txn, *it.from_text, o->strict, notes);
            it.from_contact = c.id;
            it.from_text = c.name;
            it.from_addr = c.email;
        }
        if (it.direction == mail::Direction::out && it.to_text) {
            auto c = correspondent(txn, *it.to_text, o->strict, notes);
            it.to_contact = c.id;
            it.to_text = c.name;
            it.to_addr = c.email;
        }
        it.content_hash = mail::dedup_key(it); // an import of the same item later recognises it
        // The rules first; what is given on the command line wins.
        auto assigned = it.assignee_id;
        auto due = it.due;
        mail::apply_rules_to(txn.db(), mail::load_rules(ctx.config()), it);
        it.assignee_id = assigned ? assigned : it.assignee_id;
        it.due = due ? due : it.due;
        it.confidential = it.confidential || o->confidential;
        auto reg = mail::add_item(txn, it, prefixes(ctx));
        txn.commit();
        for (const auto& n : notes) {
            ctx.note(n);
        }
        ctx.done(fmt::format("registered {} ({} {}) \"{}\"", reg.number, mail::direction_name(it.direction),
                             mail::channel_name(it.channel), it.subject),
                 reg.number);
    });
}

void add_import(CLI::App* mail, Context& ctx) {
    auto* import = mail->add_subcommand("import", "register mail from mbox files, Maildir folders, .eml files or CSV");
    struct Opts {
        std::vector<std::string> paths;
        std::string csv;
        std::string key;
        bool dry_run = false;
        bool keep = false;
    };
    auto o = std::make_shared<Opts>();
    import->add_option("path", o->paths, "mbox files, Maildir folders, .eml files, folders of them")->type_name("PATH");
    import->add_option("--csv", o->csv, "register lines from another system (CSV with a header row)")->type_name("FILE");
    import->add_option("--key", o->key, "with --csv: `ref` makes a row whose reference is registered a duplicate")
        ->type_name("FIELD");
    import->add_flag("--dry-run", o->dry_run, "read and count, write nothing");
    import->add_flag("--keep-attachments", o->keep, "also keep attachments in the store's files/ folder (by SHA-256)");
    import->footer("Examples:\n  officectl mail import ~/Maildir\n  officectl mail import --keep-attachments inbox.mbox\n  officectl mail import --dry-run archive-2026.mbox\n"
                   "  officectl mail import --csv register-export.csv --key ref");
    on_write(import, ctx, [&ctx, o](store::Txn& txn) {
        if (o->paths.empty() == o->csv.empty()) {
            throw usage_error("give the mail files or folders to import, or --csv FILE");
        }
        if (!o->key.empty() && o->key != "ref") {
            throw usage_error(fmt::format("--key: only `ref` is supported, not \"{}\"", o->key));
        }
        auto options = import_options(ctx);
        // The mail is read from here on, while the store opens (or is created).
        std::optional<mail::MailReading> reading;
        if (o->csv.empty()) {
            if (o->keep && !o->dry_run) {
                options.keep_dir = std::filesystem::absolute(ctx.store_path().path).parent_path().append("files").string();
            }
            reading.emplace(o->paths, options.keep_dir);
        }
        mail::ImportReport report;
        if (!o->csv.empty()) {
            std::ifstream in;
            io::CsvReader csv(open_input(o->csv, in), o->csv == "-" ? "stdin" : o->csv);
            report = mail::import_register_csv(txn, csv, options, o->key == "ref");
        } else {
            bool tty = isatty(STDERR_FILENO) != 0 && !ctx.options.quiet;
            report = mail::import_mail(txn, *reading, options, [tty](int n) {
                if (tty) {
                    std::fprintf(stderr, "\r%d messages read", n);
                }
            });
            if (tty && report.imported + report.duplicates >= 1000) {
                std::fprintf(stderr, "\r");
            }
        }
        if (!o->dry_run) {
            txn.commit();
        }
        ctx.done((o->dry_run ? "dry run: would have " : "") + report.summary(), std::to_string(report.imported));
    });
}

} // namespace

void add_mail_commands(CLI::App& app, Context& ctx) {
    auto* mail = app.add_subcommand("mail", "correspondence: the register in and out, follow-up, search; service notes");
    mail->require_subcommand(1);
    add_log(mail, ctx);
    add_import(mail, ctx);
    add_mail_follow_up_commands(mail, ctx);
    add_mail_search_commands(mail, ctx);
    add_mail_draft_command(mail, ctx);
    add_mail_note_commands(mail, ctx);
    // Set last: a subcommand inherits its group's footer when it is made.
    mail->footer("A registered item is never deleted: its number stays in the register, without a gap.\n"
                 "Correct what was registered wrong with `mail edit`, close a follow-up with `mail done`\n"
                 "(`mail reopen` opens it again), file what is finished with `mail archive`.\n"
                 "See officectl-mail(1).");
}

} // namespace officectl::app
