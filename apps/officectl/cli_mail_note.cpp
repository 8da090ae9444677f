// officectl mail note add | list | status | ack | print | action add | action done

#include "commands.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/io/file_digest.hpp"
#include "officectl/mail/note_rules.hpp"
#include "officectl/mail/note_store.hpp"
#include "officectl/mail/note_views.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <iostream>
#include <iterator>
#include <memory>

namespace officectl::app {
namespace {

// `team` (everyone active on the day but the author) or handles `an,bert`.
std::vector<mail::NoteRecipient> recipients(Context& ctx, const std::string& to, core::Date day,
                                            const std::optional<std::string>& author) {
    std::vector<mail::NoteRecipient> out;
    if (to == "team") {
        team::MemberFilter f;
        f.status = team::MemberStatus::active;
        for (const auto& m : team::list_members(ctx.db(), f, day)) {
            if (m.handle != author) {
                out.push_back({m.id, m.handle, std::nullopt});
            }
        }
        return out;
    }
    for (const auto& h : core::split(to, ',')) {
        if (h.empty()) {
            continue;
        }
        auto m = team::find_member(ctx.db(), h);
        if (!m) {
            throw not_found(fmt::format("--recipients: unknown recipient \"{}\" (a handle, or team)", h));
        }
        bool seen = false;
        for (const auto& r : out) {
            seen = seen || r.member_id == m->id;
        }
        if (!seen) {
            out.push_back({m->id, m->handle, std::nullopt});
        }
    }
    return out;
}

mail::NoteAction action_from(Context& ctx, const std::string& text, const std::string& owner, const std::string& due) {
    mail::NoteAction a;
    a.text = text;
    if (!owner.empty()) {
        auto m = team::get_member(ctx.db(), owner);
        a.owner_id = m.id;
        a.owner = m.handle;
    }
    if (!due.empty()) {
        a.due = date_option(ctx, "--due", due);
    }
    return a;
}

void add_note_add(CLI::App* note, Context& ctx) {
    auto* add = note->add_subcommand("add", "register a service note: its number, distribution, acknowledgements, actions");
    struct Opts {
        std::string subject, to, from, file, body, effective, date, action, owner, due;
        bool ack = false;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("subject", o->subject, "what the note is about")->required()->type_name("SUBJECT");
    add->add_option("--recipients", o->to, "team (everyone active), or handles: an,bert")->required()->type_name("RECIPIENTS");
    add->add_option("--author", o->from, "the author's handle")->type_name(k_handle);
    add->add_option("--file", o->file, "the note as a document (recorded with its size and SHA-256)")->type_name("FILE");
    add->add_option("--body", o->body, "the note's text; - reads it from stdin")->type_name("TEXT");
    add->add_flag("--ack", o->ack, "each recipient must acknowledge it");
    add->add_option("--effective", o->effective, "the date it takes effect")->type_name("DATE");
    add->add_option("--date", o->date, "the date of issue (default today)")->type_name("DATE");
    add->add_option("--action", o->action, "an action the note requires (more with `mail note action add`)")->type_name("TEXT");
    add->add_option("--owner", o->owner, "who carries out the action")->type_name(k_handle);
    add->add_option("--due", o->due, "when the action is due")->type_name("DATE");
    add->footer("Examples:\n"
                "  officectl mail note add \"Nieuwe regeling thuiswerk\" --recipients team --author an --ack --effective 2027-01-01 \\\n"
                "      --file nota-thuiswerk.pdf --action \"Thuiswerkdagen in de planning zetten\" --owner bert --due +2w\n"
                "  echo \"De printer op 2 is defect.\" | officectl -q mail note add \"Printer\" --recipients bert,chloe --body -");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        mail::Note n;
        n.subject = o->subject;
        n.date = o->date.empty() ? ctx.today() : date_option(ctx, "--date", o->date);
        if (!o->from.empty()) {
            auto m = team::get_member(ctx.db(), o->from);
            n.author_id = m.id;
            n.author = m.handle;
        }
        if (!o->effective.empty()) {
            n.effective = date_option(ctx, "--effective", o->effective);
        }
        if (o->body == "-") {
            n.body = std::string(std::istreambuf_iterator<char>(std::cin), {});
            while (!n.body->empty() && n.body->back() == '\n') {
                n.body->pop_back();
            }
        } else if (!o->body.empty()) {
            n.body = o->body;
        }
        if (!o->file.empty()) {
            auto d = io::digest_file(o->file);
            n.file_path = d.path;
            n.file_size = static_cast<std::int64_t>(d.size);
            n.file_sha256 = d.sha256;
        }
        n.ack_required = o->ack;
        n.recipients = recipients(ctx, o->to, n.date, n.author);
        if (!o->action.empty()) {
            n.actions.push_back(action_from(ctx, o->action, o->owner, o->due));
        } else if (!o->owner.empty() || !o->due.empty()) {
            throw usage_error("--owner and --due belong to an --action");
        }
        auto prefix = ctx.config().get_string("mail.note_prefix").value_or("NOTE");
        auto number = mail::add_note(txn, n, prefix);
        txn.commit();
        ctx.done(fmt::format("registered {} \"{}\" for {} recipients{}", number, n.subject, n.recipients.size(),
                             n.ack_required ? ", acknowledgement asked" : ""),
                 number);
    });
}

void add_note_list(CLI::App* note, Context& ctx) {
    auto* list = note->add_subcommand("list", "service notes, newest first");
    auto open = std::make_shared<bool>(false);
    list->add_flag("--open", *open, "only those with a missing acknowledgement or an open action");
    list->footer("Examples:\n  officectl mail note list --open\n  officectl -o csv mail note list");
    on_run(list, ctx, [&ctx, open] { ctx.print_table(mail::notes_table(mail::list_notes(ctx.db(), *open))); });
}

void add_note_status(CLI::App* note, Context& ctx) {
    auto* status = note->add_subcommand("status", "who has and has not acknowledged a note; which actions are done");
    auto number = std::make_shared<std::string>();
    status->add_option("note", *number, "the note's number (NOTE-2027-0001)")->required()->type_name("NOTE");
    status->footer("Examples:\n  officectl mail note status NOTE-2027-0001");
    on_run(status, ctx, [&ctx, number] {
        ctx.print_report(mail::note_status(mail::get_note(ctx.db(), *number), ctx.today()));
    });
}

void add_note_ack(CLI::App* note, Context& ctx) {
    auto* ack = note->add_subcommand("ack", "record that a recipient acknowledged a note");
    auto number = std::make_shared<std::string>();
    auto handle = std::make_shared<std::string>();
    auto date = std::make_shared<std::string>();
    ack->add_option("note", *number, "the note's number")->required()->type_name("NOTE");
    ack->add_option("handle", *handle, "the recipient")->required()->type_name(k_handle);
    ack->add_option("--date", *date, "when (default today)")->type_name("DATE");
    ack->footer("Examples:\n  officectl mail note ack NOTE-2027-0001 bert\n  officectl mail note ack NOTE-2027-0001 chloe --date 2027-01-04");
    on_write(ack, ctx, [&ctx, number, handle, date](store::Txn& txn) {
        auto n = mail::get_note(txn.db(), *number);
        auto m = team::get_member(txn.db(), *handle);
        auto day = date->empty() ? ctx.today() : date_option(ctx, "--date", *date);
        bool recorded = mail::acknowledge(txn, n, m.id, m.handle, day);
        txn.commit();
        auto left = mail::missing_acknowledgements(mail::get_note(ctx.db(), n.number)).size();
        ctx.done(recorded ? fmt::format("{} acknowledged {} on {} ({} still to acknowledge)", m.handle, n.number,
                                        core::format_date(day), left)
                          : fmt::format("{} had already acknowledged {}", m.handle, n.number),
                 n.number);
    });
}

void add_note_print(CLI::App* note, Context& ctx) {
    auto* print = note->add_subcommand("print", "the note with its header, in the store's language (-o md to hand out)");
    auto number = std::make_shared<std::string>();
    print->add_option("note", *number, "the note's number")->required()->type_name("NOTE");
    print->footer("Examples:\n  officectl mail note print NOTE-2027-0001 -o md > nota.md");
    on_run(print, ctx, [&ctx, number] {
        auto n = mail::get_note(ctx.db(), *number);
        team::MemberFilter all;
        all.all = true;
        std::map<std::string, std::string> names;
        for (const auto& m : team::list_members(ctx.db(), all, ctx.today())) {
            names[m.handle] = m.name;
        }
        ctx.print_report(mail::note_print(n, ctx.config().language(), names));
    });
}

void add_note_action(CLI::App* note, Context& ctx) {
    auto* action = note->add_subcommand("action", "the actions a note requires");
    action->require_subcommand(1);
    auto* add = action->add_subcommand("add", "add an action to a note");
    struct Opts {
        std::string number, text, owner, due;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("note", o->number, "the note's number")->required()->type_name("NOTE");
    add->add_option("text", o->text, "what must be done")->required()->type_name("TEXT");
    add->add_option("--owner", o->owner, "who does it")->type_name(k_handle);
    add->add_option("--due", o->due, "when it is due")->type_name("DATE");
    add->footer("Examples:\n  officectl mail note action add NOTE-2027-0001 \"Laptops uitdelen\" --owner dirk --due 2027-01-15");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        auto n = mail::get_note(txn.db(), o->number);
        auto id = mail::add_action(txn, n, action_from(ctx, o->text, o->owner, o->due));
        txn.commit();
        ctx.done(fmt::format("added action {} to {}", id, n.number), std::to_string(id));
    });
    auto* done = action->add_subcommand("done", "mark an action done");
    auto id = std::make_shared<std::int64_t>(0);
    auto date = std::make_shared<std::string>();
    done->add_option("id", *id, "the action's id (see `mail note status`)")->required()->type_name("ID");
    done->add_option("--date", *date, "when (default today)")->type_name("DATE");
    done->footer("Examples:\n  officectl mail note action done 3");
    on_write(done, ctx, [&ctx, id, date](store::Txn& txn) {
        auto day = date->empty() ? ctx.today() : date_option(ctx, "--date", *date);
        auto a = mail::finish_action(txn, *id, day);
        txn.commit();
        ctx.done(fmt::format("action {} \"{}\" done on {}", a.id, a.text, core::format_date(*a.done)), std::to_string(a.id));
    });
}

} // namespace

void add_mail_note_commands(CLI::App* mail, Context& ctx) {
    auto* note = mail->add_subcommand("note", "service notes: numbered, distributed, acknowledged, followed up");
    note->require_subcommand(1);
    note->footer("See officectl-mail(1).");
    add_note_add(note, ctx);
    add_note_list(note, ctx);
    add_note_status(note, ctx);
    add_note_ack(note, ctx);
    add_note_print(note, ctx);
    add_note_action(note, ctx);
}

} // namespace officectl::app
