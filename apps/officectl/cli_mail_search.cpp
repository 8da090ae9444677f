// officectl mail search | stats | archive | rules test

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
    add_choice_option(stats, "--by", o->by, mail::stats_periods, "a row per", "STATS_BY");
    stats->add_option("--since", o->from, "registered on or after (default: six months ago)")->type_name("DATE");
    stats->add_option("--until", o->to, "registered on or before (default: today)")->type_name("DATE");
    stats->footer("Examples:\n  officectl mail stats\n  officectl mail stats --by week --since 2026-W40 -o md");
    on_run(stats, ctx, [&ctx, o] {
        auto today = ctx.today();
        core::DateRange range{core::month_of(core::add_months(today, -5)).from, today};
        if (!o->from.empty()) {
            range.from = date_option(ctx, "--since", o->from);
        }
        if (!o->to.empty()) {
            range.to = date_option(ctx, "--until", o->to);
        }
        if (range.to < range.from) {
            throw data_error("--until is before --since");
        }
        auto rows = mail::stats_rows(ctx.db(), range);
        auto by = mail::stats_periods.parse(o->by).value(); // the option admits only its words
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
    on_write(archive, ctx, [&ctx, o](store::Txn& txn) {
        std::vector<std::string> parts;
        int total = 0;
        if (!o->before.empty()) {
            auto before = date_option(ctx, "--before", o->before);
            total = mail::archive_items(txn, before, o->tag.empty() ? std::nullopt : std::optional(o->tag), o->dry_run);
            parts.push_back(fmt::format("before {}", core::format_date(before)));
        } else {
            // Each configured retention: done items with that tag older than it.
            for (const auto& [tag, period] : mail::retention_periods(ctx.config())) {
                if (!o->tag.empty() && tag != o->tag) {
                    continue;
                }
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
        ctx.print_table(mail::rules_preview_table(mail::preview_rules(ctx.db(), *file, import_options(ctx))));
    });
}

} // namespace

void add_mail_search_commands(CLI::App* mail, Context& ctx) {
    add_search(mail, ctx);
    add_stats(mail, ctx);
    add_archive(mail, ctx);
    add_rules(mail, ctx);
}

} // namespace officectl::app
