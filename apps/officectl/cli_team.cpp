// officectl team member add | list | show | edit | rm | import | export

#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/core/error.hpp"
#include "officectl/io/csv_reader.hpp"
#include "officectl/team/member_csv.hpp"
#include "officectl/team/member_rules.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/team/member_views.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <memory>

namespace officectl::app {
namespace {

// Runs a parser, naming the option in its error: `--hours: invalid hours "x": ...`.
template <typename F> auto with_option(const char* option, F parse) -> decltype(parse()) {
    try {
        return parse();
    } catch (const Error& e) {
        throw Error(e.code(), fmt::format("{}: {}", option, e.what()));
    }
}

// The fields `add` and `edit` share. An option given as "" clears the field (edit).
struct MemberOptions {
    std::string name, email, role, manager, hours, days, start, end, lang, rename;
    CLI::Option *o_name{}, *o_email{}, *o_role{}, *o_manager{}, *o_hours{}, *o_days{}, *o_start{}, *o_end{}, *o_lang{};

    void add_to(CLI::App* cmd) {
        o_name = cmd->add_option("--name", name, "full name, as it appears on letters")->type_name("TEXT");
        o_email = cmd->add_option("--email", email, "e-mail address")->type_name("EMAIL");
        o_role = cmd->add_option("--role", role, "role or job title (used by staffing rules and onboarding)")->type_name("ROLE");
        o_manager = cmd->add_option("--manager", manager, "the manager's handle")->type_name(k_handle);
        o_hours = cmd->add_option("--hours", hours, "contract hours a week (38, 19.5); default: the company's week")
                      ->type_name("HOURS");
        o_days = cmd->add_option("--workdays", days, "working days (mon-fri, mon-wed, mon,tue,thu); default: work.days")
                     ->type_name("DAYS");
        o_start = cmd->add_option("--start", start, "first day in the company")->type_name("DATE");
        o_end = cmd->add_option("--end", end, "last day in the company")->type_name("DATE");
        o_lang = add_choice_option(cmd, "--lang", lang, core::languages, "language for letters and notes", "LANG", {""});
    }

    // Applies the options that were given to `m`.
    void apply(Context& ctx, team::Member& m) const {
        auto given = [](CLI::Option* o) { return o->count() > 0; };
        auto text = [](const std::string& v) { return v.empty() ? std::nullopt : std::optional<std::string>(v); };
        if (given(o_name)) {
            m.name = name;
        }
        if (given(o_email)) {
            m.email = text(email);
        }
        if (given(o_role)) {
            m.role = text(role);
        }
        if (given(o_manager)) {
            m.manager = text(manager);
        }
        if (given(o_hours)) {
            m.minutes_per_week = hours.empty() ? std::nullopt : std::optional<int>(with_option("--hours", [&] {
                return team::parse_weekly_hours(hours);
            }));
        }
        if (given(o_days)) {
            m.work_days = days.empty() ? std::nullopt : std::optional(with_option("--workdays", [&] {
                return core::WorkWeek::parse(days);
            }));
        }
        if (given(o_start)) {
            m.start = start.empty() ? std::nullopt : std::optional(date_option(ctx, "--start", start));
        }
        if (given(o_end)) {
            m.end = end.empty() ? std::nullopt : std::optional(date_option(ctx, "--end", end));
        }
        if (given(o_lang)) {
            m.lang = lang.empty() ? std::nullopt : core::parse_language(lang);
        }
    }

};

team::Defaults company_defaults(Context& ctx) {
    return {ctx.config().work_days(), ctx.config().work_hours().minutes()};
}

void add_member_add(CLI::App* member, Context& ctx) {
    auto* add = member->add_subcommand("add", "add a person to the directory");
    auto o = std::make_shared<MemberOptions>();
    auto handle = std::make_shared<std::string>();
    add->add_option("handle", *handle, "short lower-case name other records use (an, bert.p)")->required()->type_name("NEW-HANDLE");
    o->add_to(add);
    o->o_name->required();
    add->footer("Examples:\n"
                "  officectl team member add an --name \"An Peeters\" --role manager --email an@example.be\n"
                "  officectl team member add bert --name \"Bert Claes\" --manager an --hours 19 --workdays mon-wed\n"
                "  id=$(officectl -q team member add cas --name \"Cas Maes\" --start 2027-01-04)");
    on_write(add, ctx, [&ctx, o, handle](store::Txn& txn) {
        team::Member m;
        m.handle = *handle;
        o->apply(ctx, m);
        auto id = team::add_member(txn, m);
        txn.commit();
        ctx.done(fmt::format("added team member {} ({}), id {}", m.handle, m.name, id), m.handle);
    });
}

void add_member_list(CLI::App* member, Context& ctx) {
    auto* list = member->add_subcommand("list", "list the people: current ones unless --all or --status");
    struct Opts {
        std::string status, role, manager, sort;
        bool all = false;
        int limit = 0;
    };
    auto o = std::make_shared<Opts>();
    add_choice_option(list, "--status", o->status, team::member_statuses, "joining: the start lies ahead", "STATUS", {"all"});
    list->add_flag("--all", o->all, "everyone, those who left included");
    list->add_option("--role", o->role, "only this role")->type_name("ROLE");
    list->add_option("--manager", o->manager, "only the people this handle manages")->type_name(k_handle);
    add_choice_option(list, "--sort", o->sort, team::member_sorts, "the order (default handle)", "FIELD");
    list->add_option("--limit", o->limit, "at most N people")->type_name("N");
    list->footer("Examples:\n  officectl team member list\n  officectl team member list --role secretary --sort name\n"
                 "  officectl -o csv team member list --all > people.csv\n  officectl -q team member list   # handles only");
    on_run(list, ctx, [&ctx, o] {
        team::MemberFilter f;
        f.all = o->all;
        f.sort = team::member_sorts.parse(o->sort).value_or(team::MemberSort::handle);
        f.limit = o->limit;
        if (!o->status.empty()) {
            f.status = team::member_statuses.parse(o->status); // or "all"
            f.all = f.all || o->status == "all";
        }
        if (!o->role.empty()) {
            f.role = o->role;
        }
        if (!o->manager.empty()) {
            f.manager = o->manager;
        }
        ctx.print_table(team::members_table(team::list_members(ctx.db(), f, ctx.today()), ctx.today()));
    });
}

void add_member_show(CLI::App* member, Context& ctx) {
    auto* show = member->add_subcommand("show", "one person: every field, defaults spelled out, what refers to them");
    auto handle = std::make_shared<std::string>();
    show->add_option("handle", *handle, "the person's handle")->required()->type_name(k_handle);
    show->footer("Examples:\n  officectl team member show an\n  officectl -o json team member show an");
    on_run(show, ctx, [&ctx, handle] {
        auto m = team::get_member(ctx.db(), *handle);
        ctx.print_record(team::member_record(m, ctx.today(), company_defaults(ctx), team::member_references(ctx.db(), m)));
    });
}

void add_member_edit(CLI::App* member, Context& ctx) {
    auto* edit = member->add_subcommand("edit", "change fields of a person; an empty value (--role \"\") clears one");
    auto o = std::make_shared<MemberOptions>();
    auto handle = std::make_shared<std::string>();
    edit->add_option("handle", *handle, "the person's handle")->required()->type_name(k_handle);
    o->add_to(edit);
    auto* rename = edit->add_option("--rename", o->rename, "give the person a new handle (references follow)")
                       ->type_name("NAME");
    edit->footer("Examples:\n  officectl team member edit bert --role \"office manager\" --hours 38 --workdays mon-fri\n"
                 "  officectl team member edit cas --end 2027-06-30\n  officectl team member edit an --email \"\"");
    on_write(edit, ctx, [&ctx, o, handle, rename](store::Txn& txn) {
        auto m = team::get_member(txn.db(), *handle);
        o->apply(ctx, m);
        if (rename->count() > 0) {
            m.handle = o->rename;
        }
        bool changed = team::update_member(txn, m);
        txn.commit();
        ctx.done(changed ? fmt::format("updated team member {}", m.handle)
                         : fmt::format("team member {} unchanged", m.handle),
                 m.handle);
    });
}

void add_member_rm(CLI::App* member, Context& ctx) {
    auto* rm = member->add_subcommand("rm", "remove a person nobody refers to; --force ends their membership instead");
    auto handle = std::make_shared<std::string>();
    auto force = std::make_shared<bool>(false);
    rm->add_option("handle", *handle, "the person's handle")->required()->type_name(k_handle);
    rm->add_flag("--force", *force, "when records refer to the person, set their end date to today instead");
    rm->footer("Examples:\n  officectl team member rm cas\n  officectl team member rm bert --force   # keeps history, ends today");
    on_write(rm, ctx, [&ctx, handle, force](store::Txn& txn) {
        auto m = team::get_member(txn.db(), *handle);
        auto refs = team::member_references(txn.db(), m);
        if (refs.empty()) {
            team::remove_member(txn, m);
            txn.commit();
            ctx.done(fmt::format("removed team member {}", m.handle), m.handle);
            return;
        }
        if (!*force) {
            team::remove_member(txn, m); // refuses, naming the references
        }
        auto today = ctx.today();
        if (!m.end || today < *m.end) {
            m.end = (m.start && today < *m.start) ? *m.start : today;
        }
        team::update_member(txn, m);
        txn.commit();
        ctx.done(fmt::format("team member {} is referred to, so not removed: membership ends {}", m.handle,
                             core::format_date(*m.end)),
                 m.handle);
    });
}

void add_member_import(CLI::App* member, Context& ctx) {
    auto* import = member->add_subcommand("import", "add or update people from CSV: all rows or none, idempotent by handle");
    auto file = std::make_shared<std::string>();
    auto dry_run = std::make_shared<bool>(false);
    auto sep = std::make_shared<std::string>();
    import->add_option("file", *file, "CSV with a header row (handle,name,email,role,manager,hours,days,start,end,lang); - for stdin")
        ->required()
        ->type_name("FILE");
    import->add_flag("--dry-run", *dry_run, "check and count, write nothing");
    import->add_option("--sep", *sep, "the separator, when detecting it from the header is not enough")->type_name("CHAR");
    import->footer("Examples:\n  officectl team member import people.csv\n  officectl team member import --dry-run people.csv\n"
                   "  officectl -o csv team member export | officectl team member import -");
    on_run(import, ctx, [&ctx, file, dry_run, sep] {
        if (sep->size() > 1) {
            throw usage_error("--sep: expected one character such as ';'");
        }
        run_csv_import(ctx, *file, *dry_run, sep->empty() ? 0 : (*sep)[0], [&ctx](store::Txn& txn, io::CsvReader& csv) {
            return team::import_members(txn, csv, ctx.today());
        });
    });
}

void add_member_export(CLI::App* member, Context& ctx) {
    auto* exp = member->add_subcommand("export", "everyone as CSV in the import's columns (or -o json/md)");
    exp->footer("Examples:\n  officectl team member export > people.csv\n  officectl --csv-sep ';' team member export > people-excel.csv");
    on_run(exp, ctx, [&ctx] {
        ctx.print_export(team::export_members(ctx.db(), ctx.today()));
    });
}

} // namespace

void add_team_commands(CLI::App& app, Context& ctx) {
    auto* team = app.add_subcommand("team", "the team: people, tasks, workload, skills, training, interviews, onboarding, vacancies");
    team->require_subcommand(1);
    auto* member = team->add_subcommand("member", "the people directory: everyone in the company, by handle");
    member->require_subcommand(1);
    member->footer("Every domain refers to people by handle. See officectl-team(1).");
    add_member_add(member, ctx);
    add_member_list(member, ctx);
    add_member_show(member, ctx);
    add_member_edit(member, ctx);
    add_member_rm(member, ctx);
    add_member_import(member, ctx);
    add_member_export(member, ctx);
    add_team_work_commands(team, ctx);
    add_team_handover_command(team, ctx);
    add_team_people_commands(team, ctx);
    add_team_hiring_commands(team, ctx);
}

} // namespace officectl::app
