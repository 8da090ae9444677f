// officectl mail list | show | edit | tag | assign | done | reopen | reply | followup

#include "cli_choices.hpp"
#include "commands.hpp"
#include "mail_shared.hpp"

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

mail::ItemFilter list_filter(Context& ctx, bool in, bool out, const std::string& channel, const std::string& from,
                             const std::string& to, const std::string& who, const std::string& tag,
                             const std::string& status, const std::string& contact) {
    mail::ItemFilter f;
    if (in && out) {
        throw usage_error("give --incoming or --outgoing, not both");
    }
    if (in || out) {
        f.direction = in ? mail::Direction::in : mail::Direction::out;
    }
    if (!channel.empty()) {
        f.channel = mail::parse_channel(channel);
    }
    if (!from.empty()) {
        f.from = date_option(ctx, "--since", from);
    }
    if (!to.empty()) {
        f.to = date_option(ctx, "--until", to);
    }
    if (!who.empty()) {
        f.assignee_id = team::get_member(ctx.db(), who).id;
    }
    if (!tag.empty()) {
        f.tag = tag;
    }
    if (status == "overdue") {
        // What `mail followup` calls overdue: awaiting an answer past its due date.
        f.overdue = true;
    } else if (!status.empty()) {
        f.status = mail::parse_status(status);
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
    list->add_flag("--incoming", o->in, "incoming only");
    list->add_flag("--outgoing", o->out, "outgoing only");
    add_channel_option(list, o->channel, "only this channel");
    list->add_option("--since", o->from, "registered on or after")->type_name("DATE");
    list->add_option("--until", o->to, "registered on or before")->type_name("DATE");
    list->add_option("--who", o->who, "assigned to")->type_name(k_handle);
    list->add_option("--tag", o->tag, "with this tag")->type_name("TAG");
    add_choice_option(list, "--status", o->status, mail::statuses, "only this status (overdue: waiting past its due date)",
                      "MAILSTATUS", {"overdue"});
    list->add_flag("--overdue", o->overdue, "awaiting an answer past its due date");
    list->add_option("--contact", o->contact, "from or to this relation")->type_name("CONTACT");
    list->add_option("--limit", o->limit, "at most N")->type_name("N");
    list->footer("Examples:\n  officectl mail list --incoming --since this-month\n  officectl mail list --who bert --overdue\n"
                 "  officectl -o csv mail list --since 2026-01-01 --until 2026-12-31 > register-2026.csv");
    on_run(list, ctx, [&ctx, o] {
        auto f = list_filter(ctx, o->in, o->out, o->channel, o->from, o->to, o->who, o->tag, o->status, o->contact);
        f.overdue = f.overdue || o->overdue;
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
        ctx.print_report(mail::item_report(it, mail::thread_of(ctx.db(), it), ctx.today()));
    });
}

// Loads an item, lets `change` edit it, writes it, and says what happened.
template <typename F> void change_item(Context& ctx, const std::string& number, F change) {
    ctx.write([&](store::Txn& txn) {
        auto it = mail::get_item(txn.db(), number);
        auto message = change(txn, it);
        bool changed = mail::update_item(txn, it);
        txn.commit();
        ctx.done(changed ? message : fmt::format("{} unchanged", it.number), it.number);
    });
}

void add_edit(CLI::App* mail, Context& ctx) {
    auto* edit = mail->add_subcommand("edit", "correct what was registered wrong; the number never changes");
    auto number = std::make_shared<std::string>();
    auto o = std::make_shared<LogOptions>();
    o->channel = "";
    edit->add_option("number", *number, "the register number (IN-2026-0001)")->required()->type_name("NUMBER");
    edit->add_option("--subject", o->subject, "what it is about")->type_name("TEXT");
    edit->add_option("--from", o->from, "the sender of an incoming item (a relation, found or created)")->type_name("CONTACT");
    edit->add_option("--to", o->to, "the addressee of an outgoing item (a relation, found or created)")->type_name("CONTACT");
    add_channel_option(edit, o->channel, "how it came or went");
    edit->add_option("--date", o->date, "received or sent (in the year of its number)")->type_name("DATE");
    edit->add_option("--due", o->due, "answer before (+10d, fri, a date)")->type_name("DATE");
    edit->add_option("--ref", o->ref, "their reference")->type_name("REF");
    edit->add_option("--our-ref", o->our_ref, "our reference")->type_name("REF");
    edit->add_option("--body", o->body, "the text, or a summary of a phone call")->type_name("TEXT");
    edit->add_flag("--strict", o->strict, "refuse a correspondent that is no known relation");
    edit->footer("The number, the direction and the confidential flag stay as registered; tags, owner, note and\n"
                 "status have their own commands (tag, assign, done, reopen).\n\n"
                 "Examples:\n"
                 "  officectl mail edit IN-2026-0001 --subject \"Aanslagbiljet 2026 (personenbelasting)\"\n"
                 "  officectl mail edit IN-2026-0002 --from \"Ricoh Belgium\" --channel email --date 2026-12-01");
    on_write(edit, ctx, [&ctx, edit, number, o](store::Txn& txn) {
        static const char* const fields[] = {"--subject", "--from", "--to",  "--channel", "--date",
                                             "--due",     "--ref",  "--our-ref", "--body"};
        bool any = false;
        for (const auto* f : fields) {
            any = any || edit->count(f) > 0;
        }
        if (!any) {
            throw usage_error("give what to correct: --subject, --from, --to, --channel, --date, --due, --ref, "
                              "--our-ref or --body");
        }
        auto it = mail::get_item(txn.db(), *number);
        const auto registered = it;
        bool in = it.direction == mail::Direction::in;
        if (edit->count("--from") > 0 && !in) {
            throw data_error(fmt::format("--from: {} is outgoing, we sent it; give its addressee with --to", it.number));
        }
        if (edit->count("--to") > 0 && in) {
            throw data_error(fmt::format("--to: {} is incoming, we received it; give its sender with --from", it.number));
        }
        if (edit->count("--channel") > 0) {
            it.channel = mail::parse_channel(o->channel).value(); // the option admits only channels
        }
        if (edit->count("--subject") > 0) {
            it.subject = o->subject;
        }
        if (edit->count("--date") > 0) {
            it.date = date_option(ctx, "--date", o->date);
        }
        if (edit->count("--due") > 0) {
            it.due = date_option(ctx, "--due", o->due);
        }
        auto opt = [](const std::string& v) { return v.empty() ? std::nullopt : std::optional<std::string>(v); };
        if (edit->count("--ref") > 0) {
            it.their_ref = opt(o->ref);
        }
        if (edit->count("--our-ref") > 0) {
            it.our_ref = opt(o->our_ref);
        }
        if (edit->count("--body") > 0) {
            it.body = opt(o->body);
        }
        if (auto why = mail::correction_refusal(registered, it)) {
            throw data_error(*why);
        }
        // The correspondent as the directory spells it, as `mail log` registers it.
        std::vector<std::string> notes;
        if (edit->count("--from") > 0) {
            auto c = correspondent(txn, o->from, o->strict, notes);
            it.from_contact = c.id;
            it.from_text = c.name;
            it.from_addr = c.email;
        }
        if (edit->count("--to") > 0) {
            auto c = correspondent(txn, o->to, o->strict, notes);
            it.to_contact = c.id;
            it.to_text = c.name;
            it.to_addr = c.email;
        }
        bool changed = mail::correct_item(txn, it);
        txn.commit();
        for (const auto& n : notes) {
            ctx.note(n);
        }
        ctx.done(changed ? fmt::format("corrected {} \"{}\"", it.number, it.subject)
                         : fmt::format("{} unchanged", it.number),
                 it.number);
    });
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
    assign->add_option("--owner", *who, "who follows it up")->required()->type_name(k_handle);
    assign->add_option("--due", *due, "answer before")->type_name("DATE");
    assign->footer("Examples:\n  officectl mail assign IN-2026-0012 --owner bert --due fri");
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

void add_reopen(CLI::App* mail, Context& ctx) {
    auto* reopen = mail->add_subcommand("reopen", "open the follow-up of an item closed by `done` or by an answer again");
    auto number = std::make_shared<std::string>();
    reopen->add_option("number", *number, "the register number")->required()->type_name("NUMBER");
    reopen->footer("Examples:\n  officectl mail reopen IN-2026-0012");
    on_write(reopen, ctx, [&ctx, number](store::Txn& txn) {
        auto it = mail::get_item(txn.db(), *number);
        if (auto why = mail::reopen_refusal(it)) {
            throw data_error(*why);
        }
        mail::reopen(it);
        mail::update_item(txn, it);
        txn.commit();
        ctx.done(fmt::format("{} is open again{}", it.number,
                             it.due ? fmt::format(", due {}", core::format_date(*it.due)) : std::string()),
                 it.number);
        if (it.due && *it.due < ctx.today()) {
            ctx.warn(fmt::format("{} was due {}: give a new date with `officectl mail assign {} --owner WHO --due DATE`",
                                 it.number, core::format_date(*it.due), it.number));
        }
    });
}

void add_reply(CLI::App* mail, Context& ctx) {
    auto* reply = mail->add_subcommand("reply", "register the answer to an item: linked to it, and its follow-up closed");
    auto number = std::make_shared<std::string>();
    auto o = std::make_shared<LogOptions>();
    o->channel = "";
    reply->add_option("number", *number, "the item answered")->required()->type_name("NUMBER");
    reply->add_flag("--outgoing", o->out, "outgoing (always; accepted for clarity)");
    add_channel_option(reply, o->channel, "how it goes (default: the item's)");
    reply->add_option("--subject", o->subject, "default: Re: and the item's subject")->type_name("TEXT");
    reply->add_option("--date", o->date, "sent (default today)")->type_name("DATE");
    reply->add_option("--our-ref", o->our_ref, "our reference")->type_name("REF");
    reply->add_option("--body", o->body, "the text or a summary")->type_name("TEXT");
    reply->add_option("--file", o->files, "the letter sent (repeat)")->type_name("FILE");
    reply->footer("Examples:\n  officectl mail reply IN-2026-0001 --outgoing --channel letter --our-ref 2026/OUT/17 --file antwoord.pdf");
    on_write(reply, ctx, [&ctx, number, o](store::Txn& txn) {
        auto original = mail::get_item(txn.db(), *number);
        mail::Item it;
        it.direction = mail::Direction::out;
        it.channel = original.channel;
        if (!o->channel.empty()) {
            it.channel = mail::parse_channel(o->channel).value(); // the option admits only channels
        }
        it.date = o->date.empty() ? ctx.today() : date_option(ctx, "--date", o->date);
        if (it.date < original.date) {
            throw data_error(fmt::format("--date: {} is before {} was registered ({})", core::format_date(it.date),
                                         original.number, core::format_date(original.date)));
        }
        it.subject = o->subject.empty() ? mail::reply_subject(original.subject) : o->subject;
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
        it.content_hash = mail::dedup_key(it);
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

} // namespace

void add_mail_follow_up_commands(CLI::App* mail, Context& ctx) {
    add_list(mail, ctx);
    add_show(mail, ctx);
    add_edit(mail, ctx);
    add_tag(mail, ctx);
    add_assign(mail, ctx);
    add_done(mail, ctx);
    add_reopen(mail, ctx);
    add_reply(mail, ctx);
    add_followup(mail, ctx);
}

} // namespace officectl::app
