#pragma once
// CLI11's parse errors rewritten in officectl's words (cli_errors.cpp).

#include <CLI/CLI.hpp>

#include <string>

namespace officectl::app {

// The message for a parse error of `command` (the deepest command reached),
// whose path is `path` ("officectl mail list").
std::string parse_error_message(const CLI::ParseError& e, CLI::App* command, const std::string& path);

} // namespace officectl::app
