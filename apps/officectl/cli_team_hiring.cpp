// officectl team vacancy add | list | show | publish | close

#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/language.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/teamwork/vacancy.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <memory>

namespace officectl::app {
namespace {

render::Table vacancies_table(const std::vector<teamwork::Vacancy>& list) {
    render::Table t;
    t.column("id", render::ColumnType::integer).column("title").column("lang").column("status");
    t.column("channels").column("created", render::ColumnType::date).column("published", render::ColumnType::date);
    t.column("closed", render::ColumnType::date);
    for (const auto& v : list) {
        t.add_row({v.id, v.title, std::string(core::language_code(v.lang)), v.status,
                   v.channels.empty() ? render::Cell{} : render::Cell{core::join(v.channels, ",")}, v.created,
                   render::cell_or_empty(v.published), render::cell_or_empty(v.closed)});
    }
    return t;
}

void add_vacancy_add(CLI::App* vacancy, Context& ctx) {
    auto* add = vacancy->add_subcommand("add", "write a vacancy from the template (nl, fr, en), as a draft");
    struct Opts {
        std::string title, lang, file;
        std::vector<std::string> vars;
    };
    auto o = std::make_shared<Opts>();
    add->add_option("title", o->title, "the job")->required()->type_name("TITLE");
    add_choice_option(add, "--lang", o->lang, core::languages, "the vacancy's language (default: locale.language)", "LANG");
    add->add_option("--var", o->vars, "name=value for the template: company, hours, tasks, profile, offer, deadline, contact")
        ->type_name("NAME=VALUE");
    add->add_option("--template", o->file, "a template file of your own instead of the built-in one")->type_name("FILE");
    add->footer("Examples:\n"
                "  officectl team vacancy add \"Administratief medewerker\" --var company=\"Kantoor Peeters\" \\\n"
                "      --var hours=\"voltijds, 38 uur\" --var tasks=\"Je beheert de briefwisseling.\" \\\n"
                "      --var profile=\"Je bent nauwkeurig.\" --var offer=\"Een vast contract.\" \\\n"
                "      --var deadline=\"15 januari 2027\" --var contact=jobs@kantoor.be");
    on_write(add, ctx, [&ctx, o](store::Txn& txn) {
        teamwork::Vacancy v;
        v.title = std::string(core::trim(o->title));
        v.created = ctx.today();
        v.lang = ctx.config().language();
        if (!o->lang.empty()) {
            v.lang = core::languages.parse(o->lang).value(); // the option admits only its words
        }
        std::map<std::string, std::string> vars;
        for (const auto& kv : o->vars) {
            auto eq = kv.find('=');
            if (eq == std::string::npos || eq == 0) {
                throw usage_error(fmt::format("--var: expected name=value, not \"{}\"", kv));
            }
            vars[kv.substr(0, eq)] = kv.substr(eq + 1);
        }
        std::string text, name;
        if (!o->file.empty()) {
            std::ifstream file;
            auto& in = open_input(o->file, file);
            text.assign(std::istreambuf_iterator<char>(in), {});
            name = o->file;
        } else {
            text = teamwork::builtin_vacancy_template(v.lang);
            name = fmt::format("vacancy.{}", core::language_code(v.lang));
        }
        v.text = teamwork::render_vacancy(text, name, v.title, vars);
        auto id = teamwork::add_vacancy(txn, v);
        txn.commit();
        ctx.done(fmt::format("vacancy {} \"{}\" ({}), a draft: `officectl team vacancy show {}`", id, v.title,
                             core::language_code(v.lang), id),
                 std::to_string(id));
    });
}

void add_vacancy_verbs(CLI::App* vacancy, Context& ctx) {
    auto* list = vacancy->add_subcommand("list", "vacancies: open ones first");
    list->footer("Examples:\n  officectl team vacancy list");
    on_run(list, ctx, [&ctx] { ctx.print_table(vacancies_table(teamwork::list_vacancies(ctx.db()))); });

    auto* show = vacancy->add_subcommand("show", "the vacancy's text (Markdown)");
    auto sid = std::make_shared<std::int64_t>(0);
    show->add_option("id", *sid, "its number")->required()->type_name("N");
    show->footer("Examples:\n  officectl team vacancy show 1 > vacature.md");
    on_run(show, ctx, [&ctx, sid] { ctx.print(teamwork::get_vacancy(ctx.db(), *sid).text); });

    auto* publish = vacancy->add_subcommand("publish", "record where the vacancy was published");
    auto pid = std::make_shared<std::int64_t>(0);
    auto channels = std::make_shared<std::string>();
    publish->add_option("id", *pid, "its number")->required()->type_name("N");
    publish->add_option("--channels", *channels, "where: vdab,linkedin,website")->required()->type_name("CHANNELS");
    publish->footer("Examples:\n  officectl team vacancy publish 1 --channels vdab,linkedin");
    on_write(publish, ctx, [&ctx, pid, channels](store::Txn& txn) {
        auto v = teamwork::get_vacancy(ctx.db(), *pid);
        if (v.status == "closed") {
            throw data_error(fmt::format("vacancy {} is closed", v.id));
        }
        for (const auto& c : core::split(*channels, ',')) {
            auto name = core::to_lower(core::trim(c));
            if (!name.empty() && std::find(v.channels.begin(), v.channels.end(), name) == v.channels.end()) {
                v.channels.push_back(name);
            }
        }
        v.status = "published";
        if (!v.published) {
            v.published = ctx.today();
        }
        teamwork::update_vacancy(txn, v);
        txn.commit();
        ctx.done(fmt::format("vacancy {} \"{}\" published on {}", v.id, v.title, core::join(v.channels, ", ")),
                 std::to_string(v.id));
    });

    auto* close = vacancy->add_subcommand("close", "the job is filled or withdrawn");
    auto cid = std::make_shared<std::int64_t>(0);
    close->add_option("id", *cid, "its number")->required()->type_name("N");
    close->footer("Examples:\n  officectl team vacancy close 1");
    on_write(close, ctx, [&ctx, cid](store::Txn& txn) {
        auto v = teamwork::get_vacancy(ctx.db(), *cid);
        if (v.status == "closed") {
            throw data_error(fmt::format("vacancy {} is closed already", v.id));
        }
        v.status = "closed";
        v.closed = ctx.today();
        teamwork::update_vacancy(txn, v);
        txn.commit();
        ctx.done(fmt::format("vacancy {} \"{}\" closed", v.id, v.title), std::to_string(v.id));
    });
}

} // namespace

void add_team_hiring_commands(CLI::App* team, Context& ctx) {
    auto* vacancy = team->add_subcommand("vacancy", "vacancies written from a template, published, closed");
    vacancy->require_subcommand(1);
    add_vacancy_add(vacancy, ctx);
    add_vacancy_verbs(vacancy, ctx);
}

} // namespace officectl::app
