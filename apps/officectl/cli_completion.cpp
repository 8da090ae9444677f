// officectl completion bash|zsh|fish, and the hidden `__complete WORDS...` the
// scripts call: candidates come from the CLI11 command tree itself (so they never
// drift from the real commands) and, for handle options, from the store.

#include "cli_choices.hpp"
#include "commands.hpp"

#include "officectl/core/error.hpp"
#include "officectl/absence/absence_settings.hpp"
#include "officectl/agenda/agenda_store.hpp"
#include "officectl/contact/contact_store.hpp"
#include "officectl/dossier/dossier_kinds.hpp"
#include "officectl/event/event_kinds.hpp"
#include "officectl/improve/kpi.hpp"
#include "officectl/mail/draft.hpp"
#include "officectl/timesheet/timesheet_store.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/teamwork/teamwork_settings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace officectl::app {

extern const std::string_view k_completion_bash;
extern const std::string_view k_completion_zsh;
extern const std::string_view k_completion_fish;

namespace {

// The option of `app` (or of its parents, since they fall through) named `word`.
CLI::Option* find_option(CLI::App* app, const std::string& word) {
    for (auto* a = app; a != nullptr; a = a->get_parent()) {
        for (auto* opt : a->get_options()) {
            if (opt->check_name(word) && !opt->get_positional()) {
                return opt;
            }
        }
    }
    return nullptr;
}

std::vector<std::string> value_candidates(Context& ctx, const CLI::Option* opt) {
    if (const auto* words = choice_words(opt)) { // a closed set: its table's words
        return *words;
    }
    const auto& type = opt->get_type_name();
    if (type == "CONTACT") {
        std::vector<std::string> names;
        if (auto* db = ctx.db_if_exists()) {
            for (const auto& c : contact::list_contacts(*db, {})) {
                names.push_back(c.name);
            }
        }
        return names;
    }
    if (type == "LEAVE_TYPE") {
        std::vector<std::string> names;
        for (const auto& t : absence::load_settings(ctx.config()).types) {
            names.push_back(t.name);
        }
        return names;
    }
    if (type == "DOSSIER_KIND" || type == "DOC_TYPE") {
        std::vector<std::string> names;
        for (const auto& [name, kind] : dossier::load_kinds(ctx.config())) {
            if (type == "DOSSIER_KIND") {
                names.push_back(name);
            } else {
                names.insert(names.end(), kind.required.begin(), kind.required.end());
            }
        }
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        return names;
    }
    if (type == "DRAFT_KIND") { // the built-in templates (a template of one's own is a file name)
        return mail::builtin_template_names();
    }
    if (type == "EVENT_KIND") {
        std::vector<std::string> names;
        for (const auto& [name, kind] : event::load_event_kinds(ctx.config())) {
            names.push_back(name);
        }
        return names;
    }
    if (type == "KPI") {
        std::vector<std::string> names;
        for (const auto& i : improve::load_indicators(ctx.config())) {
            names.push_back(i.name);
        }
        return names;
    }
    if (type == "PROJECT") {
        std::vector<std::string> names;
        if (auto* db = ctx.db_if_exists()) {
            for (const auto& p : timesheet::list_projects(*db, false)) {
                names.push_back(p.name);
            }
        }
        return names;
    }
    if (type == "RENEWAL") {
        return {"auto:12m", "manual", "none"};
    }
    if (type == "REVIEW_KIND") {
        std::vector<std::string> kinds;
        for (const auto& [kind, cycle] : teamwork::load_team_settings(ctx.config()).review_cycles) {
            kinds.push_back(kind);
        }
        return kinds;
    }
    if (type == "ROOM") {
        std::vector<std::string> names;
        if (auto* db = ctx.db_if_exists()) {
            for (const auto& r : agenda::list_rooms(*db)) {
                names.push_back(r.name);
            }
        }
        return names;
    }
    if (type == "PATH" || type == "FILE") {
        return {"__files__"};
    }
    if (type == k_handle) {
        if (auto* db = ctx.db_if_exists()) {
            return team::member_handles(*db);
        }
    }
    return {};
}

} // namespace

std::vector<std::string> completion_candidates(Context& ctx, const CLI::Option* opt) { return value_candidates(ctx, opt); }

namespace {

std::vector<std::string> complete(CLI::App* root, Context& ctx, const std::vector<std::string>& words) {
    CLI::App* app = root;
    size_t positional = 0;
    // Walk every word but the one being completed.
    for (size_t i = 0; i + 1 < words.size(); ++i) {
        const auto& w = words[i];
        if (w.rfind("-", 0) == 0) {
            auto name = w.substr(0, w.find('='));
            auto* opt = find_option(app, name);
            if (opt && opt->get_type_size() != 0 && w.find('=') == std::string::npos) {
                ++i; // skip its value
            }
            if (opt && (name == "--db") && i < words.size() - 1) {
                ctx.options.db = words[i];
            }
            continue;
        }
        bool descended = false;
        for (auto* sub : app->get_subcommands({})) {
            if (sub->check_name(w)) {
                app = sub;
                positional = 0;
                descended = true;
                break;
            }
        }
        if (!descended) {
            ++positional;
        }
    }
    const std::string cur = words.empty() ? "" : words.back();
    if (words.size() >= 2) {
        const auto& prev = words[words.size() - 2];
        if (prev.rfind("-", 0) == 0 && prev.find('=') == std::string::npos) {
            if (auto* opt = find_option(app, prev); opt && opt->get_type_size() != 0) {
                return value_candidates(ctx, opt);
            }
        }
    }
    std::vector<std::string> out;
    if (cur.rfind("-", 0) == 0) {
        for (auto* a = app; a != nullptr; a = a->get_parent()) {
            for (auto* opt : a->get_options()) {
                if (!opt->get_positional()) {
                    for (const auto& name : opt->get_lnames()) {
                        out.push_back("--" + name);
                    }
                }
            }
        }
        out.push_back("--help");
        return out;
    }
    for (auto* sub : app->get_subcommands({})) {
        if (!sub->get_group().empty()) { // hidden commands have an empty group
            out.push_back(sub->get_name());
        }
    }
    if (out.empty()) {
        // A positional argument: offer what its type names.
        size_t index = 0;
        for (auto* opt : app->get_options()) {
            if (opt->get_positional()) {
                if (index++ == positional) {
                    return value_candidates(ctx, opt);
                }
            }
        }
    }
    return out;
}

} // namespace

void add_completion_commands(CLI::App& app, Context& ctx) {
    auto* completion = app.add_subcommand("completion", "print the completion script for bash, zsh or fish");
    auto shell = std::make_shared<std::string>();
    completion->add_option("shell", *shell, "bash, zsh or fish")->required()->type_name("SHELL");
    completion->footer("Examples:\n"
                       "  source <(officectl completion bash)                       # bash, now\n"
                       "  officectl completion zsh > ~/.zfunc/_officectl            # zsh, with ~/.zfunc in fpath\n"
                       "  officectl completion fish > ~/.config/fish/completions/officectl.fish");
    on_run(completion, ctx, [&ctx, shell] {
        if (*shell == "bash") {
            ctx.print(std::string(k_completion_bash));
        } else if (*shell == "zsh") {
            ctx.print(std::string(k_completion_zsh));
        } else if (*shell == "fish") {
            ctx.print(std::string(k_completion_fish));
        } else {
            throw usage_error(fmt::format("unknown shell \"{}\" (use bash, zsh or fish)", *shell));
        }
    });

    auto* hidden = app.add_subcommand("__complete", "candidates for the word being completed");
    hidden->group(""); // hidden from --help
    auto words = std::make_shared<std::vector<std::string>>();
    hidden->add_option("words", *words, "the words typed after `officectl`, the current one last");
    // The scripts call `officectl __complete -- WORDS...`: after `--` every word,
    // options included, is taken as a word.
    CLI::App* root = &app;
    on_run(hidden, ctx, [&ctx, root, words] {
        const auto& all = *words;
        std::string out;
        const std::string cur = all.empty() ? "" : all.back();
        try {
            for (const auto& c : complete(root, ctx, all)) {
                if (c == "__files__" || c.rfind(cur, 0) == 0) {
                    out += c + "\n";
                }
            }
        } catch (const std::exception&) { // completion never fails loudly
        }
        ctx.print(out);
    });
}

} // namespace officectl::app
