// The examples of each command group's --help (`officectl mail --help`): the
// first example of each of its commands, so a group's help shows what its
// commands look like in use and can never drift from them. Leaf commands carry
// their own examples beside their options. `officectl __check-cli` fails when a
// command has none.

#include "commands.hpp"

namespace officectl::app {

namespace {

// The first example line of a command's own footer ("  officectl ..."), or of
// its first command that has one.
std::string first_example(const CLI::App* app) {
    const auto& footer = app->get_footer();
    if (auto at = footer.find("Examples:\n"); at != std::string::npos) {
        auto start = at + 10;
        auto end = footer.find('\n', start);
        return footer.substr(start, end == std::string::npos ? std::string::npos : end - start);
    }
    for (const auto* sub : app->get_subcommands({})) {
        if (!sub->get_group().empty()) {
            if (auto line = first_example(sub); !line.empty()) {
                return line;
            }
        }
    }
    return {};
}

void set_examples(CLI::App* app) {
    std::string lines;
    size_t count = 0;
    for (auto* sub : app->get_subcommands({})) {
        if (sub->get_group().empty()) {
            continue; // hidden
        }
        set_examples(sub);
        if (count < 6) {
            if (auto line = first_example(sub); !line.empty()) {
                lines += line + "\n";
                ++count;
            }
        }
    }
    if (app->get_parent() != nullptr && count > 0 && app->get_footer().find("Examples:") == std::string::npos) {
        lines.pop_back();
        // A group's own footer (what to know about all its commands) follows its examples.
        const auto& own = app->get_footer();
        app->footer("Examples:\n" + lines + (own.empty() ? std::string() : "\n\n" + own));
    }
}

} // namespace

void add_group_examples(CLI::App& app) { set_examples(&app); }

} // namespace officectl::app
