// officectl mail draft: a letter, memo or invitation from a template, printed and
// registered as an outgoing draft.

#include "cli_choices.hpp"
#include "commands.hpp"
#include "mail_shared.hpp"

#include "officectl/contact/contact_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/io/file_digest.hpp"
#include "officectl/mail/draft.hpp"
#include "officectl/mail/item_rules.hpp"
#include "officectl/mail/item_store.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

namespace officectl::app {

// The config folder's templates/NAME.LANG.md, else the built-in one.
std::string find_template(Context& ctx, const std::string& name, core::Language lang) {
    auto file = ctx.config().path().parent_path() / "templates" / fmt::format("{}.{}.md", name, core::language_code(lang));
    if (std::ifstream in{file}; in) {
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }
    if (auto builtin = mail::builtin_template(name, lang)) {
        return std::string(*builtin);
    }
    throw not_found(fmt::format("no template \"{}\" in {} (built in: {}; or add {})", name, core::language_code(lang),
                                core::join(mail::builtin_template_names(), ", "), file.string()));
}

void add_mail_draft_command(CLI::App* mail, Context& ctx) {
    auto* draft = mail->add_subcommand("draft", "a letter, memo or invitation from a template, registered as an outgoing draft");
    struct Opts {
        std::string template_name = "letter", lang, to, subject, from, body, our_ref, their_ref;
        std::vector<std::string> vars;
        bool no_register = false;
    };
    auto o = std::make_shared<Opts>();
    draft->add_option("--kind", o->template_name, "letter (default), memo or invitation")->type_name("DRAFT_KIND");
    add_choice_option(draft, "--lang", o->lang, core::languages,
                      "the letter's language (default: the addressee's, else locale.language)", "LANG");
    draft->add_option("--to", o->to, "the addressee: a relation (letters) or a name (memos)")->required()->type_name("CONTACT");
    draft->add_option("--subject", o->subject, "what it is about")->required()->type_name("TEXT");
    draft->add_option("--signatory", o->from, "the signatory's handle")->type_name(k_handle);
    draft->add_option("--body", o->body, "the text; - reads it from stdin")->type_name("TEXT");
    draft->add_option("--our-ref", o->our_ref, "our reference")->type_name("REF");
    draft->add_option("--their-ref", o->their_ref, "their reference")->type_name("REF");
    draft->add_option("--var", o->vars, "a template value: name=value (repeat): place, when, where, rsvp, ...")
        ->type_name("NAME=VALUE");
    draft->add_flag("--no-register", o->no_register, "print only; register nothing");
    draft->footer("Examples:\n"
                  "  officectl mail draft --kind letter --to \"Ricoh Belgium\" --subject \"Opzegging onderhoudscontract\" \\\n"
                  "      --from an --body \"Hierbij zeggen wij het contract op tegen 31 december 2026.\" > opzegging.md\n"
                  "  officectl mail draft --kind invitation --lang fr --to \"Ricoh Belgium\" --subject \"Réception de Nouvel An\" \\\n"
                  "      --var when=\"15 janvier 2027 à 18h\" --var where=\"nos bureaux\" --var rsvp=\"8 janvier\"");
    on_write(draft, ctx, [&ctx, o](store::Txn& txn) {
        bool memo = o->template_name == "memo";
        std::optional<contact::Contact> addressee;
        std::vector<std::string> notes;
        if (!memo) {
            auto r = contact::resolve_party(txn, o->to, {false, contact::Type::other});
            if (r.created) {
                notes.push_back(fmt::format("new relation #{} {} (add its address with `officectl contact edit '#{}' --address`)",
                                            r.contact.id, r.contact.name, r.contact.id));
            }
            addressee = r.contact;
        }
        auto lang = ctx.config().language();
        if (!o->lang.empty()) {
            lang = core::languages.parse(o->lang).value(); // the option admits only its words
        } else if (addressee && addressee->lang) {
            lang = *addressee->lang;
        }
        auto vars = mail::default_vars(lang);
        vars["date"] = mail::long_date(ctx.today(), lang);
        vars["subject"] = o->subject;
        vars["to"] = addressee ? addressee->name : o->to;
        if (addressee && addressee->address) {
            vars["to_address"] = *addressee->address;
        }
        if (!o->from.empty()) {
            auto m = team::get_member(txn.db(), o->from);
            vars["from"] = m.name;
            vars["from_role"] = m.role.value_or("");
        } else {
            vars["from"] = "";
        }
        if (!o->our_ref.empty()) {
            vars["our_ref"] = o->our_ref;
        }
        if (!o->their_ref.empty()) {
            vars["their_ref"] = o->their_ref;
        }
        if (o->body == "-") {
            vars["body"] = std::string(std::istreambuf_iterator<char>(std::cin), {});
        } else if (!o->body.empty()) {
            vars["body"] = o->body;
        }
        for (const auto& v : o->vars) {
            auto eq = v.find('=');
            if (eq == std::string::npos || eq == 0) {
                throw usage_error(fmt::format("--var: expected name=value, not \"{}\"", v));
            }
            vars[v.substr(0, eq)] = v.substr(eq + 1);
        }
        auto name = fmt::format("{}.{}", o->template_name, core::language_code(lang));
        auto text = mail::render_draft(find_template(ctx, o->template_name, lang), name, vars);
        std::string number;
        if (!o->no_register) {
            mail::Item it;
            it.direction = mail::Direction::out;
            it.channel = memo ? mail::Channel::hand : mail::Channel::letter;
            it.date = ctx.today();
            it.subject = o->subject;
            it.to_text = vars["to"];
            if (addressee) {
                it.to_contact = addressee->id;
                it.to_addr = addressee->email;
            }
            it.our_ref = o->our_ref.empty() ? std::nullopt : std::optional(o->our_ref);
            it.their_ref = o->their_ref.empty() ? std::nullopt : std::optional(o->their_ref);
            it.body = text;
            it.tags = {"draft"};
            it.status = mail::Status::waiting; // `mail done` when it is sent
            it.content_hash = mail::dedup_key(it);
            number = mail::add_item(txn, it, prefixes(ctx)).number;
            txn.commit();
        }
        for (const auto& n : notes) {
            if (!o->no_register) {
                ctx.note(n);
            }
        }
        if (ctx.options.quiet) {
            ctx.print(number + "\n");
            return;
        }
        ctx.print(text.ends_with('\n') ? text : text + "\n");
        if (!number.empty()) {
            ctx.note(fmt::format("registered {} as an outgoing draft (tag draft; `officectl mail done {}` once sent)",
                                 number, number));
        }
    });
}

} // namespace officectl::app
