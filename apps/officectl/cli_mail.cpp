// officectl mail log | import | list | show | tag | assign | done | reply | followup | search
// (the service notes are in cli_mail_note.cpp)

#include "commands.hpp"

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
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <memory>

namespace officectl::app {
namespace {

mail::Prefixes prefixes(Context& ctx) {
    return {ctx.config().get_string("mail.prefix_in").value_or("IN"),
            ctx.config().get_string("mail.prefix_out").value_or("OUT")};
}

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

std::vector<mail::Attachment> attachments(const std::vector<std::string>& files) {
    std::vector<mail::Attachment> out;
    for (const auto& f : files) {
        auto d = io::digest_file(f);
        out.push_back({std::filesystem::path(f).filename().string(), "application/octet-stream",
                       static_cast<std::int64_t>(d.size), d.sha256, d.path});
    }
    return out;
}

// A registered item's identity for dedupe: its fields (registration by hand never
// dedupes, but an import of the same lines later recognises them).
std::string content_hash(const mail::Item& it) {
    return io::sha256_hex(fmt::format("log\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", mail::direction_name(it.direction),
                                      mail::channel_name(it.channel), core::format_date(it.date),
                                      it.from_text.value_or(""), it.to_text.value_or(""), it.subject,
                                      it.their_ref.value_or(""), it.body.value_or("")));
}

struct LogOptions {
    bool in = false, out = false, confidential = false, strict = false;
    std::string channel = "letter", from, to, subject, date, ref, our_ref, due, assign, body, note;
    std::vector<std::string> tags, files;
};

void add_log(CLI::App* mail, Context& ctx) {
    auto* log = mail->add_subcommand("log", "register one item (a letter, an e-mail, a fax, a phone note, a delivery)");
    auto o = std::make_shared<LogOptions>();
    log->add_flag("--in", o->in, "incoming (the default)");
    log->add_flag("--out", o->out, "outgoing");
    log->add_option("--channel", o->channel, "letter (default), email, fax, phone or hand")->type_name("CHANNEL");
    log->add_option("--from", o->from, "the sender (incoming: a relation, found or created)")->type_name("CONTACT");
    log->add_option("--to", o->to, "the addressee (outgoing: a relation, found or created)")->type_name("CONTACT");
    log->add_option("--subject", o->subject, "what it is about")->required()->type_name("TEXT");
    log->add_option("--date", o->date, "received or sent (default today)")->type_name("DATE");
    log->add_option("--ref", o->ref, "their reference")->type_name("REF");
    log->add_option("--our-ref", o->our_ref, "our reference")->type_name("REF");
    log->add_option("--due", o->due, "answer before (+10d, fri, a date)")->type_name("DATE");
    log->add_option("--assign", o->assign, "who follows it up")->type_name(k_handle);
    log->add_option("--tag", o->tags, "a tag (repeat, or comma-separated)")->type_name("TAG");
    log->add_flag("--confidential", o->confidential, "body and note shown only with --show-confidential");
    log->add_option("--file", o->files, "a scan or attachment: recorded with size and SHA-256 (repeat)")->type_name("FILE");
    log->add_option("--body", o->body, "the text, or a summary of a phone call")->type_name("TEXT");
    log->add_option("--note", o->note, "an internal note")->type_name("TEXT");
    log->add_flag("--strict", o->strict, "refuse a correspondent that is no known relation");
    log->footer("Examples:\n"
                "  officectl mail log --in --channel letter --from \"FOD Financiën\" --subject \"Aanslagbiljet 2026\" \\\n"
                "      --ref 2026/123 --due +10d --assign bert --tag tax --file scan.pdf\n"
                "  nr=$(officectl -q mail log --out --channel letter --to \"Ricoh Belgium\" --subject \"Opzegging contract\")");
    on_run(log, ctx, [&ctx, o] {
        if (o->in && o->out) {
            throw usage_error("give --in or --out, not both");
        }
        mail::Item it;
        it.direction = o->out ? mail::Direction::out : mail::Direction::in;
        auto ch = mail::parse_channel(o->channel);
        if (!ch) {
            throw usage_error(fmt::format("--channel: unknown channel \"{}\" (letter, email, fax, phone or hand)", o->channel));
        }
        it.channel = *ch;
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
        store::Txn txn(ctx.db(), ctx.actor());
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
        it.content_hash = content_hash(it);
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
    on_run(import, ctx, [&ctx, o] {
        if (o->paths.empty() == o->csv.empty()) {
            throw usage_error("give the mail files or folders to import, or --csv FILE");
        }
        if (!o->key.empty() && o->key != "ref") {
            throw usage_error(fmt::format("--key: only `ref` is supported, not \"{}\"", o->key));
        }
        store::Txn txn(ctx.db(), ctx.actor());
        mail::ImportReport report;
        if (!o->csv.empty()) {
            std::ifstream in;
            io::CsvReader csv(open_input(o->csv, in), o->csv == "-" ? "stdin" : o->csv);
            report = mail::import_register_csv(txn, csv, import_options(ctx), o->key == "ref");
        } else {
            bool tty = isatty(STDERR_FILENO) != 0 && !ctx.options.quiet;
            auto options = import_options(ctx);
            if (o->keep && !o->dry_run) {
                options.keep_dir = std::filesystem::absolute(ctx.db().path()).parent_path().append("files").string();
            }
            report = mail::import_mail(txn, o->paths, options, [tty](int n) {
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

mail::ItemFilter list_filter(Context& ctx, bool in, bool out, const std::string& channel, const std::string& from,
                             const std::string& to, const std::string& who, const std::string& tag,
                             const std::string& status, const std::string& contact) {
    mail::ItemFilter f;
    if (in && out) {
        throw usage_error("give --in or --out, not both");
    }
    if (in || out) {
        f.direction = in ? mail::Direction::in : mail::Direction::out;
    }
    if (!channel.empty()) {
        f.channel = mail::parse_channel(channel);
        if (!f.channel) {
            throw usage_error(fmt::format("--channel: unknown channel \"{}\"", channel));
        }
    }
    if (!from.empty()) {
        f.from = date_option(ctx, "--from", from);
    }
    if (!to.empty()) {
        f.to = date_option(ctx, "--to", to);
    }
    if (!who.empty()) {
        f.assignee_id = team::get_member(ctx.db(), who).id;
    }
    if (!tag.empty()) {
        f.tag = tag;
    }
    if (!status.empty()) {
        f.status = mail::parse_status(status);
        if (!f.status) {
            throw usage_error(fmt::format("--status: unknown status \"{}\" (open, waiting, done or archived)", status));
        }
    }
    if (!contact.empty()) {
        f.contact_id = contact::get_contact(ctx.db(), contact).id;
    }
    return f;
}

void add_list(CLI::App* mail, Context& ctx) {
    auto* list = mail->add_subcommand("list", "the register, newest first");
    struct Opts {
        bool in = false, out = false, overdue = false;
        std::string channel, from, to, who, tag, status, contact;
        int limit = 0;
    };
    auto o = std::make_shared<Opts>();
    list->add_flag("--in", o->in, "incoming only");
    list->add_flag("--out", o->out, "outgoing only");
    list->add_option("--channel", o->channel, "letter, email, fax, phone or hand")->type_name("CHANNEL");
    list->add_option("--from", o->from, "registered on or after")->type_name("DATE");
    list->add_option("--to", o->to, "registered on or before")->type_name("DATE");
    list->add_option("--who", o->who, "assigned to")->type_name(k_handle);
    list->add_option("--tag", o->tag, "with this tag")->type_name("TAG");
    list->add_option("--status", o->status, "open, waiting, done or archived")->type_name("MAILSTATUS");
    list->add_flag("--overdue", o->overdue, "awaiting an answer past its due date");
    list->add_option("--contact", o->contact, "from or to this relation")->type_name("CONTACT");
    list->add_option("--limit", o->limit, "at most N")->type_name("N");
    list->footer("Examples:\n  officectl mail list --in --from this-month\n  officectl mail list --who bert --overdue\n"
                 "  officectl -o csv mail list --from 2026-01-01 --to 2026-12-31 > register-2026.csv");
    on_run(list, ctx, [&ctx, o] {
        auto f = list_filter(ctx, o->in, o->out, o->channel, o->from, o->to, o->who, o->tag, o->status, o->contact);
        f.overdue = o->overdue;
        f.limit = o->limit;
        ctx.print_table(mail::items_table(mail::list_items(ctx.db(), f, ctx.today()), ctx.today()));
    });
}

void add_show(CLI::App* mail, Context& ctx) {
    auto* show = mail->add_subcommand("show", "one item: headers, body (unless confidential), attachments, thread");
    auto number = std::make_shared<std::string>();
    show->add_option("number", *number, "the register number (IN-2026-0001)")->required()->type_name("NUMBER");
    show->footer("Examples:\n  officectl mail show IN-2026-0001\n  officectl --show-confidential mail show IN-2026-0007");
    on_run(show, ctx, [&ctx, number] {
        auto it = mail::get_item(ctx.db(), *number);
        ctx.print_report(mail::item_report(it, mail::thread_of(ctx.db(), it), ctx.options.show_confidential, ctx.today()));
    });
}

// Loads an item, lets `change` edit it, writes it, and says what happened.
template <typename F> void change_item(Context& ctx, const std::string& number, F change) {
    store::Txn txn(ctx.db(), ctx.actor());
    auto it = mail::get_item(txn.db(), number);
    auto message = change(txn, it);
    bool changed = mail::update_item(txn, it);
    txn.commit();
    ctx.done(changed ? message : fmt::format("{} unchanged", it.number), it.number);
}

void add_tag(CLI::App* mail, Context& ctx) {
    auto* tag = mail->add_subcommand("tag", "add (+tag or tag) and remove (-tag) tags");
    auto number = std::make_shared<std::string>();
    auto changes = std::make_shared<std::vector<std::string>>();
    tag->add_option("number", *number, "the register number")->required()->type_name("NUMBER");
    tag->add_option("changes", *changes, "+invoice -todo")->type_name("TAGS");
    tag->allow_extras(); // `-todo` is a tag to remove, not an option ...
    tag->fallthrough(false); // ... kept here rather than handed to the global options
    tag->footer("Examples:\n  officectl mail tag IN-2026-0012 +invoice -todo");
    on_run(tag, ctx, [&ctx, number, changes, tag] {
        auto all = *changes;
        for (const auto& extra : tag->remaining()) {
            all.push_back(extra);
        }
        if (all.empty()) {
            throw usage_error("give tags to add (+tag) or remove (-tag)");
        }
        change_item(ctx, *number, [&](store::Txn&, mail::Item& it) {
            it.tags = mail::apply_tag_changes(it.tags, all);
            return fmt::format("{} tags: {}", it.number, it.tags.empty() ? "(none)" : core::join(it.tags, ","));
        });
    });
}

void add_assign(CLI::App* mail, Context& ctx) {
    auto* assign = mail->add_subcommand("assign", "give an item to someone to follow up, with a due date");
    auto number = std::make_shared<std::string>();
    auto who = std::make_shared<std::string>();
    auto due = std::make_shared<std::string>();
    assign->add_option("number", *number, "the register number")->required()->type_name("NUMBER");
    assign->add_option("--to", *who, "who follows it up")->required()->type_name(k_handle);
    assign->add_option("--due", *due, "answer before")->type_name("DATE");
    assign->footer("Examples:\n  officectl mail assign IN-2026-0012 --to bert --due fri");
    on_run(assign, ctx, [&ctx, number, who, due] {
        change_item(ctx, *number, [&](store::Txn& txn, mail::Item& it) {
            auto m = team::get_member(txn.db(), *who);
            it.assignee_id = m.id;
            if (!due->empty()) {
                it.due = date_option(ctx, "--due", *due);
            }
            return fmt::format("{} assigned to {}{}", it.number, m.handle,
                               it.due ? ", due " + core::format_date(*it.due) : "");
        });
    });
}

void add_done(CLI::App* mail, Context& ctx) {
    auto* done = mail->add_subcommand("done", "close the follow-up of an item (no answer needed, or answered otherwise)");
    auto number = std::make_shared<std::string>();
    auto note = std::make_shared<std::string>();
    done->add_option("number", *number, "the register number")->required()->type_name("NUMBER");
    done->add_option("--note", *note, "why, or how it was handled")->type_name("TEXT");
    done->footer("Examples:\n  officectl mail done IN-2026-0012 --note \"telefonisch beantwoord\"");
    on_run(done, ctx, [&ctx, number, note] {
        change_item(ctx, *number, [&](store::Txn&, mail::Item& it) {
            it.status = mail::Status::done;
            it.done_on = it.done_on.value_or(ctx.today());
            if (!note->empty()) {
                it.note = *note;
            }
            return fmt::format("{} done", it.number);
        });
    });
}

void add_reply(CLI::App* mail, Context& ctx) {
    auto* reply = mail->add_subcommand("reply", "register the answer to an item: linked to it, and its follow-up closed");
    auto number = std::make_shared<std::string>();
    auto o = std::make_shared<LogOptions>();
    o->channel = "";
    reply->add_option("number", *number, "the item answered")->required()->type_name("NUMBER");
    reply->add_flag("--out", o->out, "outgoing (always; accepted for clarity)");
    reply->add_option("--channel", o->channel, "letter, email, fax, phone or hand (default: the item's)")->type_name("CHANNEL");
    reply->add_option("--subject", o->subject, "default: Re: and the item's subject")->type_name("TEXT");
    reply->add_option("--date", o->date, "sent (default today)")->type_name("DATE");
    reply->add_option("--our-ref", o->our_ref, "our reference")->type_name("REF");
    reply->add_option("--body", o->body, "the text or a summary")->type_name("TEXT");
    reply->add_option("--file", o->files, "the letter sent (repeat)")->type_name("FILE");
    reply->footer("Examples:\n  officectl mail reply IN-2026-0001 --out --channel letter --our-ref 2026/OUT/17 --file antwoord.pdf");
    on_run(reply, ctx, [&ctx, number, o] {
        store::Txn txn(ctx.db(), ctx.actor());
        auto original = mail::get_item(txn.db(), *number);
        mail::Item it;
        it.direction = mail::Direction::out;
        it.channel = original.channel;
        if (!o->channel.empty()) {
            auto ch = mail::parse_channel(o->channel);
            if (!ch) {
                throw usage_error(fmt::format("--channel: unknown channel \"{}\"", o->channel));
            }
            it.channel = *ch;
        }
        it.date = o->date.empty() ? ctx.today() : date_option(ctx, "--date", o->date);
        if (it.date < original.date) {
            throw data_error(fmt::format("--date: {} is before {} was registered ({})", core::format_date(it.date),
                                         original.number, core::format_date(original.date)));
        }
        it.subject = o->subject.empty() ? "Re: " + original.subject : o->subject;
        it.to_text = original.direction == mail::Direction::in ? original.from_text : original.to_text;
        it.to_addr = original.direction == mail::Direction::in ? original.from_addr : original.to_addr;
        it.to_contact = original.direction == mail::Direction::in ? original.from_contact : original.to_contact;
        it.their_ref = original.their_ref;
        it.our_ref = o->our_ref.empty() ? std::nullopt : std::optional(o->our_ref);
        it.body = o->body.empty() ? std::nullopt : std::optional(o->body);
        it.confidential = original.confidential;
        it.status = mail::Status::done;
        it.reply_to = original.id;
        it.attachments = attachments(o->files);
        it.content_hash = content_hash(it);
        auto reg = mail::add_item(txn, it, prefixes(ctx));
        txn.commit();
        ctx.done(fmt::format("registered {} answering {}{}", reg.number, original.number,
                             reg.closed ? "; its follow-up is closed" : ""),
                 reg.number);
    });
}

void add_followup(CLI::App* mail, Context& ctx) {
    auto* followup = mail->add_subcommand("followup", "what awaits an answer: its age and due date, oldest first");
    auto who = std::make_shared<std::string>();
    auto overdue = std::make_shared<bool>(false);
    followup->add_option("--who", *who, "assigned to")->type_name(k_handle);
    followup->add_flag("--overdue", *overdue, "only what is past its due date");
    followup->footer("Examples:\n  officectl mail followup\n  officectl mail followup --who bert --overdue");
    on_run(followup, ctx, [&ctx, who, overdue] {
        std::optional<std::int64_t> id;
        if (!who->empty()) {
            id = team::get_member(ctx.db(), *who).id;
        }
        ctx.print_table(mail::followup_table(mail::followups(ctx.db(), id, *overdue, ctx.today()), ctx.today()));
    });
}

void add_search(CLI::App* mail, Context& ctx) {
    auto* search = mail->add_subcommand("search", "full text over subject, body, from and to, with field terms");
    auto query = std::make_shared<std::string>();
    auto limit = std::make_shared<int>(50);
    search->add_option("query", *query, "words, \"a phrase\", from:, to:, subject:, tag:, date:A..B")->required()->type_name("QUERY");
    search->add_option("--limit", *limit, "at most N hits (default 50; 0: all)")->type_name("N");
    search->footer("Examples:\n  officectl mail search aanslagbiljet\n  officectl mail search 'from:ricoh factuur date:2026-11-01..2026-11-30'\n"
                   "  officectl mail search '\"ontslag om dringende reden\"' --show-confidential");
    on_run(search, ctx, [&ctx, query, limit] {
        ctx.print_table(mail::search_table(
            mail::search_items(ctx.db(), *query, ctx.options.show_confidential, ctx.today(), *limit)));
    });
}

void add_stats(CLI::App* mail, Context& ctx) {
    auto* stats = mail->add_subcommand("stats", "volume in and out, answers and their median days, what is open");
    struct Opts {
        std::string by = "month", from, to;
    };
    auto o = std::make_shared<Opts>();
    stats->add_option("--by", o->by, "week or month (default)")->type_name("PERIOD");
    stats->add_option("--from", o->from, "registered on or after (default: six months ago)")->type_name("DATE");
    stats->add_option("--to", o->to, "registered on or before (default: today)")->type_name("DATE");
    stats->footer("Examples:\n  officectl mail stats\n  officectl mail stats --by week --from 2026-W40 -o md");
    on_run(stats, ctx, [&ctx, o] {
        if (o->by != "week" && o->by != "month") {
            throw usage_error(fmt::format("--by: \"{}\" is not week or month", o->by));
        }
        auto today = ctx.today();
        core::DateRange range{core::month_of(core::add_months(today, -5)).from, today};
        if (!o->from.empty()) {
            range.from = date_option(ctx, "--from", o->from);
        }
        if (!o->to.empty()) {
            range.to = date_option(ctx, "--to", o->to);
        }
        if (range.to < range.from) {
            throw data_error("--to is before --from");
        }
        auto rows = mail::stats_rows(ctx.db(), range);
        auto by = o->by == "week" ? mail::StatsPeriod::week : mail::StatsPeriod::month;
        ctx.print_table(mail::stats_table(mail::compute_stats(rows, by, today)));
    });
}

void add_archive(CLI::App* mail, Context& ctx) {
    auto* archive = mail->add_subcommand("archive", "archive what is finished: before a date, or by each tag's retention");
    struct Opts {
        std::string before, tag;
        bool dry_run = false;
    };
    auto o = std::make_shared<Opts>();
    archive->add_option("--before", o->before, "items registered before this date")->type_name("DATE");
    archive->add_option("--tag", o->tag, "only items with this tag")->type_name("TAG");
    archive->add_flag("--dry-run", o->dry_run, "count, change nothing");
    archive->footer("Examples:\n  officectl mail archive --before 2026-01-01\n"
                    "  officectl mail archive            # by mail.retention.<tag> in config");
    on_run(archive, ctx, [&ctx, o] {
        store::Txn txn(ctx.db(), ctx.actor());
        std::vector<std::string> parts;
        int total = 0;
        if (!o->before.empty()) {
            auto before = date_option(ctx, "--before", o->before);
            total = mail::archive_items(txn, before, o->tag.empty() ? std::nullopt : std::optional(o->tag), o->dry_run);
            parts.push_back(fmt::format("before {}", core::format_date(before)));
        } else {
            // Each configured retention: done items with that tag older than it.
            for (const auto& e : ctx.config().entries()) {
                if (e.key.rfind("mail.retention.", 0) != 0) {
                    continue;
                }
                auto tag = e.key.substr(std::string("mail.retention.").size());
                if (!o->tag.empty() && tag != o->tag) {
                    continue;
                }
                auto period = core::parse_period(*ctx.config().get_string(e.key));
                auto before = core::add_period(ctx.today(), period, -1);
                int n = mail::archive_items(txn, before, tag, o->dry_run);
                total += n;
                parts.push_back(fmt::format("{} {} (kept {})", n, tag, core::format_period(period)));
            }
            if (parts.empty()) {
                throw usage_error("give --before DATE, or set mail.retention.<tag> in config");
            }
        }
        if (!o->dry_run) {
            txn.commit();
        }
        ctx.done(fmt::format("{}archived {}: {}", o->dry_run ? "dry run: would have " : "", total, core::join(parts, ", ")),
                 std::to_string(total));
    });
}

void add_rules(CLI::App* mail, Context& ctx) {
    auto* rules = mail->add_subcommand("rules", "the filtering rules of config ([[mail.rule]])");
    rules->require_subcommand(1);
    auto* test = rules->add_subcommand("test", "which rules match a message, and what they would set");
    auto file = std::make_shared<std::string>();
    test->add_option("file", *file, "a message file (.eml) or an mbox")->required()->type_name("FILE");
    test->footer("Examples:\n  officectl mail rules test aanslag.eml");
    on_run(test, ctx, [&ctx, file] {
        auto rules = mail::load_rules(ctx.config());
        auto options = import_options(ctx);
        render::Table t;
        t.column("subject").column("from").column("rule").column("sets");
        io::read_mail(
            *file,
            [&](io::ParsedMail&& m) {
                mail::Item it;
                it.channel = mail::Channel::email;
                it.date = ctx.today();
                it.subject = m.subject;
                if (m.from) {
                    it.from_addr = m.from->addr;
                    it.from_text = m.from->name.empty() ? m.from->addr : m.from->name + " <" + m.from->addr + ">";
                    it.direction = mail::direction_of(m.from->addr, options.own);
                }
                if (!m.to.empty()) {
                    it.to_addr = m.to.front().addr;
                }
                bool any = false;
                for (const auto& r : rules) {
                    if (!mail::rule_matches(r, it)) {
                        continue;
                    }
                    any = true;
                    std::vector<std::string> sets;
                    if (!r.tags.empty()) {
                        sets.push_back("tags " + core::join(r.tags, ","));
                    }
                    if (r.assign) {
                        sets.push_back("assign " + *r.assign);
                    }
                    if (r.due) {
                        sets.push_back("due +" + core::format_period(*r.due));
                    }
                    if (r.confidential) {
                        sets.push_back(*r.confidential ? "confidential" : "not confidential");
                    }
                    if (r.status) {
                        sets.push_back("status " + std::string(mail::status_name(*r.status)));
                    }
                    t.add_row({it.subject, it.from_text.value_or(""), r.where, core::join(sets, "; ")});
                }
                if (!any) {
                    t.add_row({it.subject, it.from_text.value_or(""), std::string("(no rule matches)"), render::Cell{}});
                }
            },
            [&](io::SkippedFile&& s) { throw data_error(fmt::format("{}: {}", *file, s.why)); });
        ctx.print_table(t);
    });
}

} // namespace

void add_mail_commands(CLI::App& app, Context& ctx) {
    auto* mail = app.add_subcommand("mail", "correspondence: the register in and out, follow-up, search; service notes");
    mail->require_subcommand(1);
    mail->footer("See officectl-mail(1).");
    add_log(mail, ctx);
    add_import(mail, ctx);
    add_list(mail, ctx);
    add_show(mail, ctx);
    add_tag(mail, ctx);
    add_assign(mail, ctx);
    add_done(mail, ctx);
    add_reply(mail, ctx);
    add_followup(mail, ctx);
    add_search(mail, ctx);
    add_stats(mail, ctx);
    add_archive(mail, ctx);
    add_rules(mail, ctx);
    add_mail_draft_command(mail, ctx);
    add_mail_note_commands(mail, ctx);
}

} // namespace officectl::app
