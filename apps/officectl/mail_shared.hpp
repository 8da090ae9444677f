#pragma once
// What the mail command files share: number prefixes, import options from the
// config, attachments from files, and the options
// of `log` that `reply` reuses. Defined in cli_mail.cpp.

#include "context.hpp"

#include <CLI/CLI.hpp>

#include "officectl/contact/contact.hpp"
#include "officectl/mail/item_import.hpp"

#include <string>
#include <vector>

namespace officectl::app {

mail::Prefixes prefixes(Context& ctx);
mail::ImportOptions import_options(Context& ctx);
// The correspondent as a relation: found, or created (said after the commit, in `notes`).
contact::Contact correspondent(store::Txn& txn, const std::string& name, bool strict, std::vector<std::string>& notes);
std::vector<mail::Attachment> attachments(const std::vector<std::string>& files);
// --channel: one of mail::channels, in any spelling parse_channel reads (E-mail, MAIL).
CLI::Option* add_channel_option(CLI::App* cmd, std::string& value, const std::string& help);

struct LogOptions {
    bool in = false, out = false, confidential = false, strict = false;
    std::string channel = "letter", from, to, subject, date, ref, our_ref, due, assign, body, note;
    std::vector<std::string> tags, files;
};

// A template's text: the config folder's templates/NAME.LANG.md, else the
// built-in one; no_input naming both when neither exists (cli_mail_draft.cpp).
std::string find_template(Context& ctx, const std::string& name, core::Language lang);

// The verb groups of `officectl mail`, one file each.
void add_mail_follow_up_commands(CLI::App* mail, Context& ctx); // cli_mail_follow.cpp
void add_mail_search_commands(CLI::App* mail, Context& ctx);    // cli_mail_search.cpp

} // namespace officectl::app
