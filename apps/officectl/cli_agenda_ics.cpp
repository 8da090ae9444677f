// officectl agenda export | import (iCalendar)

#include "agenda_shared.hpp"
#include "commands.hpp"

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/agenda_views.hpp"
#include "officectl/agenda/ics.hpp"
#include "officectl/agenda/ics_import.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <set>

namespace officectl::app {
namespace {

void add_export(CLI::App* agenda, Context& ctx) {
    auto* exp = agenda->add_subcommand("export", "the agenda as iCalendar (--ics) or as a table of occurrences");
    struct Opts {
        std::string from, to, week, who;
        bool ics = false;
    };
    auto o = std::make_shared<Opts>();
    exp->add_flag("--ics", o->ics, "an iCalendar file (RFC 5545) for Outlook, Thunderbird, khal, phones");
    exp->add_option("--since", o->from, "the first day (default: everything)")->type_name("DATE");
    exp->add_option("--until", o->to, "the last day")->type_name("DATE");
    exp->add_option("--week", o->week, "an ISO week: 2026-W49")->type_name("WEEK");
    exp->add_option("--who", o->who, "only these people's appointments")->type_name(k_handle);
    exp->footer("Examples:\n  officectl agenda export --ics > office.ics\n"
                "  officectl agenda export --ics --week 2026-W50 --who an > an.ics\n"
                "  officectl agenda export --since 2026-12-01 --until 2026-12-31 > december.csv");
    on_run(exp, ctx, [&ctx, o] {
        auto& db = ctx.db();
        auto who = list_option(o->who);
        bool ranged = !o->from.empty() || !o->to.empty() || !o->week.empty();
        std::vector<agenda::Appointment> chosen;
        if (!ranged) {
            chosen = agenda::all_appointments(db);
        } else {
            auto w = window_of(ctx, range_options(ctx, "", o->week, o->from, o->to, "", {}));
            auto appts = agenda::appointments_for(db, w.from, w.to);
            if (!o->ics) {
                auto occs = agenda::occurrences(appts, w.from, w.to);
                std::erase_if(occs, [&](const agenda::Occurrence& x) {
                    return !who.empty() && std::none_of(who.begin(), who.end(), [&](const std::string& h) {
                        return agenda::involves_person(x, h);
                    });
                });
                ctx.print_export(agenda::occurrences_table(occs, office_zone(ctx)));
                return;
            }
            // Whole series with all their changes, for those that occur in the window.
            std::set<std::int64_t> series;
            for (const auto& oc : agenda::occurrences(appts, w.from, w.to)) {
                series.insert(oc.series_id());
            }
            for (auto& a : appts) {
                if (series.count(a.parent_id.value_or(a.id))) {
                    chosen.push_back(std::move(a));
                }
            }
        }
        if (!who.empty()) {
            std::erase_if(chosen, [&](const agenda::Appointment& a) {
                auto people = a.people();
                return std::none_of(who.begin(), who.end(), [&](const std::string& h) {
                    return std::find(people.begin(), people.end(), h) != people.end();
                });
            });
        }
        if (!o->ics) {
            auto occs = agenda::occurrences(chosen, core::Instant::min() + date::years{1}, core::Instant::max() - date::years{1});
            ctx.print_export(agenda::occurrences_table(occs, office_zone(ctx)));
            return;
        }
        std::map<std::string, agenda::PersonAddress> people;
        team::MemberFilter all;
        all.all = true;
        for (const auto& m : team::list_members(db, all, ctx.today())) {
            people[m.handle] = {m.name, m.email};
        }
        ctx.print(agenda::to_ics(chosen, people, ctx.clock().now(), ctx.options.show_confidential));
    });
}

void add_import(CLI::App* agenda, Context& ctx) {
    auto* imp = agenda->add_subcommand("import", "appointments from an iCalendar file; importing twice adds nothing");
    struct Opts {
        std::string file, who;
        bool dry_run = false;
    };
    auto o = std::make_shared<Opts>();
    imp->add_option("file", o->file, "the .ics file, or - for stdin")->required()->type_name("FILE");
    imp->add_option("--who", o->who, "whose agenda the events go into (when the file names no organizer of ours)")
        ->type_name(k_handle);
    imp->add_flag("--dry-run", o->dry_run, "say what would change, change nothing");
    imp->footer("Examples:\n  officectl agenda import an-outlook.ics --who an\n"
                "  curl -s https://example.org/holidays.ics | officectl agenda import - --dry-run");
    on_write(imp, ctx, [&ctx, o](store::Txn& txn) {
        std::ifstream file;
        auto& in = open_input(o->file, file);
        agenda::IcsImportOptions opts;
        opts.name = o->file == "-" ? "stdin" : o->file;
        opts.floating_zone = office_zone(ctx);
        if (!o->who.empty()) {
            opts.owner = team::get_member(ctx.db(), o->who).handle;
        }
        auto counts = agenda::import_ics(txn, in, opts);
        if (!o->dry_run) {
            txn.commit();
        }
        std::string why;
        if (counts.skipped > 0) {
            std::vector<std::string> reasons;
            for (const auto& [reason, n] : counts.why_skipped) {
                reasons.push_back(fmt::format("{}: {}", n, reason));
            }
            why = " (" + core::join(reasons, "; ") + ")";
        }
        ctx.done(fmt::format("{} {}: added {}, updated {}, unchanged {}, skipped {}{}",
                             o->dry_run ? "would import" : "imported", opts.name, counts.added, counts.updated,
                             counts.unchanged, counts.skipped, why),
                 std::to_string(counts.added + counts.updated));
    });
}

} // namespace

void add_agenda_ics_commands(CLI::App* agenda, Context& ctx) {
    add_export(agenda, ctx);
    add_import(agenda, ctx);
}

} // namespace officectl::app
