#pragma once
// What the absence command files share. Defined in cli_absence.cpp.

#include "context.hpp"

#include "officectl/absence/absence_settings.hpp"

#include <CLI/CLI.hpp>

namespace officectl::app {

absence::Settings absence_settings(Context& ctx);
// A leave's number from the command line (a usage Error otherwise).
std::int64_t leave_id_argument(const std::string& text);
// The report verbs of `officectl absence`: days, balance, calendar, who, conflicts, export.
void add_absence_view_commands(CLI::App* absence, Context& ctx); // cli_absence_views.cpp

} // namespace officectl::app
