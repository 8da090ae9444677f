#pragma once
// One function per subcommand group; each adds its CLI11 subcommands and sets
// ctx.action to a handler of a few lines: parse -> library call -> render.

#include "context.hpp"

#include <CLI/CLI.hpp>

namespace officectl::app {

void add_init_command(CLI::App& app, Context& ctx);
void add_db_commands(CLI::App& app, Context& ctx);
void add_config_commands(CLI::App& app, Context& ctx);
void add_history_command(CLI::App& app, Context& ctx);
void add_undo_command(CLI::App& app, Context& ctx); // cli_undo.cpp
void add_team_commands(CLI::App& app, Context& ctx);
void add_team_work_commands(CLI::App* team, Context& ctx);   // cli_team_work.cpp: tasks, workload
void add_team_handover_command(CLI::App* team, Context& ctx); // cli_team_handover.cpp
void add_team_people_commands(CLI::App* team, Context& ctx); // cli_team_people.cpp: skills, training, reviews, onboarding
void add_team_hiring_commands(CLI::App* team, Context& ctx); // cli_team_hiring.cpp: vacancies
void add_contact_commands(CLI::App& app, Context& ctx);
void add_mail_commands(CLI::App& app, Context& ctx);
void add_mail_note_commands(CLI::App* mail, Context& ctx);
void add_mail_draft_command(CLI::App* mail, Context& ctx);
void add_contract_commands(CLI::App& app, Context& ctx);
void add_contract_follow_commands(CLI::App* contract, Context& ctx); // cli_contract_follow.cpp
void add_contract_csv_commands(CLI::App* contract, Context& ctx);    // cli_contract_csv.cpp
void add_dossier_commands(CLI::App& app, Context& ctx);
void add_dossier_file_commands(CLI::App* dossier, Context& ctx); // cli_dossier_files.cpp
void add_budget_commands(CLI::App& app, Context& ctx);
void add_budget_spend_commands(CLI::App* budget, Context& ctx); // cli_budget_spend.cpp
void add_budget_quote_commands(CLI::App* budget, Context& ctx); // cli_budget_quotes.cpp
void add_budget_import_command(CLI::App* budget, Context& ctx); // cli_budget_import.cpp
void add_budget_hours_commands(CLI::App* budget, Context& ctx);  // cli_budget_hours.cpp
void add_trip_commands(CLI::App& app, Context& ctx);
void add_trip_leg_commands(CLI::App* trip, Context& ctx);  // cli_trip_legs.cpp
void add_trip_plan_commands(CLI::App* trip, Context& ctx); // cli_trip_plan.cpp
void add_event_commands(CLI::App& app, Context& ctx);
void add_event_plan_commands(CLI::App* event, Context& ctx);   // cli_event_plan.cpp
void add_event_people_commands(CLI::App* event, Context& ctx); // cli_event_people.cpp
void add_agenda_commands(CLI::App& app, Context& ctx);
void add_absence_commands(CLI::App& app, Context& ctx);
void add_improve_commands(CLI::App& app, Context& ctx);
void add_improve_plan_commands(CLI::App* improve, Context& ctx); // cli_improve_plans.cpp
void add_report_commands(CLI::App& app, Context& ctx);
void add_due_command(CLI::App& app, Context& ctx);    // cli_due.cpp
void add_search_command(CLI::App& app, Context& ctx); // cli_due.cpp
void add_completion_commands(CLI::App& app, Context& ctx);
void add_grammar_commands(CLI::App& app, Context& ctx); // cli_grammar.cpp: the CLI checked against its grammar
// Each command group's examples (group_examples.cpp), set once the tree is built.
void add_group_examples(CLI::App& app);
// What completion offers for an option's value (cli_completion.cpp): empty for free text.
std::vector<std::string> completion_candidates(Context& ctx, const CLI::Option* opt);
// Every place where the command tree drifts from the grammar table (cli_grammar.cpp).
std::vector<std::string> check_cli(const CLI::App& root, Context& ctx);

// Options whose values are people handles are marked with this type name, so
// completion can offer the handles from the store.
inline constexpr const char* k_handle = "HANDLE";

// `verb->callback` that stores the handler to run after parsing (so global
// options given after the verb are already known).
template <typename F> void on_run(CLI::App* verb, Context& ctx, F handler) {
    verb->callback([&ctx, handler] { ctx.action = handler; });
}

// The same for a verb that changes the store: `handler(store::Txn&)` runs inside
// one write transaction begun before it reads anything (Context::write), so a
// record read and then written cannot change in between. A verb that writes only
// sometimes (`--record`) uses on_run and calls ctx.write() for that part, doing
// that part's reads inside it.
template <typename F> void on_write(CLI::App* verb, Context& ctx, F handler) {
    verb->callback([&ctx, handler] { ctx.action = [&ctx, handler] { ctx.write(handler); }; });
}

} // namespace officectl::app
