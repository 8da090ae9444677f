// CLI11's parse errors in our words: what was wrong, in the user's terms (the
// option and the value), and how to fix it. CLI11's own wording ("The following
// arguments were not expected", "At Most 1 required but received 2") never
// reaches the user.

#include "cli_errors.hpp"

#include <fmt/format.h>

#include <string_view>

namespace officectl::app {

namespace {

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) {
        out += (out.empty() ? "" : " ") + w;
    }
    return out;
}

// The text after the first ": " of a CLI11 message ("--limit: Value 0 not in range [1 - 100]").
std::string after_colon(const std::string& message) {
    auto at = message.find(": ");
    return at == std::string::npos ? message : message.substr(at + 2);
}

// Options renamed when the command language was made one (officectl(1),
// OPTIONS THAT MEAN THE SAME EVERYWHERE): an old script gets the new name.
struct Renamed {
    std::string_view command; // a prefix of the command path, "" for any
    std::string_view old_name;
    std::string_view hint;
};
const Renamed k_renamed[] = {
    {"officectl mail log", "--in", "--incoming"},
    {"officectl mail log", "--out", "--outgoing"},
    {"officectl mail list", "--in", "--incoming"},
    {"officectl mail list", "--out", "--outgoing"},
    {"officectl mail reply", "--out", "--outgoing"},
    {"officectl mail list", "--from", "--since (a date) or --contact (a correspondent)"},
    {"officectl mail list", "--to", "--until (a date) or --contact (a correspondent)"},
    {"officectl mail stats", "--from", "--since"},
    {"officectl mail stats", "--to", "--until"},
    {"officectl mail assign", "--to", "--owner"},
    {"officectl mail draft", "--template", "--kind"},
    {"officectl mail draft", "--from", "--signatory"},
    {"officectl event invite", "--from", "--signatory"},
    {"officectl mail note add", "--to", "--recipients"},
    {"officectl mail note add", "--from", "--author"},
    {"officectl absence", "--from", "--since"},
    {"officectl absence", "--to", "--until"},
    {"officectl agenda free", "--within", "--in"},
    {"officectl agenda free", "--hours", "--office-hours"},
    {"officectl agenda", "--from", "--since"},
    {"officectl agenda", "--to", "--until"},
    {"officectl agenda add", "--on", "--repeat-on"},
    {"officectl agenda", "--until", "--end"},
    {"officectl team task reassign", "--from", "the person as the first word: reassign PERSON --owner NEW"},
    {"officectl team task reassign", "--to", "--owner"},
    {"officectl contact", "--at", "--org"},
    {"officectl contact", "--tag", "--tags"},
    {"officectl dossier purge", "--due", "--expired"},
    {"officectl event task add", "--at", "--offset"},
    {"officectl improve plan add", "--by", "--due"},
    {"officectl team member", "--days", "--workdays"},
    {"officectl team vacancy publish", "--channel", "--channels"},
    {"officectl trip stay add", "--in", "--check-in"},
    {"officectl trip stay add", "--out", "--check-out"},
    {"", "--assign", "--owner"},
    {"", "--person", "--who"},
    {"", "--traveller", "--who"},
    {"", "--budget-line", "--line"},
};

std::string renamed_hint(const std::string& path, const std::string& option) {
    auto name = option.substr(0, option.find('='));
    for (const auto& r : k_renamed) {
        if (r.old_name == name && path.rfind(r.command, 0) == 0) {
            return fmt::format("; it is now {}", r.hint);
        }
    }
    return {};
}

} // namespace

std::string parse_error_message(const CLI::ParseError& e, CLI::App* command, const std::string& path) {
    const std::string what = e.what();
    const std::string help = fmt::format("see `{} --help`", path);
    std::vector<std::string> left;
    for (auto* a = command; a != nullptr && left.empty(); a = a->get_parent()) {
        left = a->remaining();
    }
    // An old option name anywhere among the words left: name the new one first.
    for (const auto& word : left) {
        if (word.rfind("--", 0) == 0) {
            if (auto hint = renamed_hint(path, word); !hint.empty()) {
                return fmt::format("`{}` has no option {}{} ({})", path, word, hint, help);
            }
        }
    }
    if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
        if (!left.empty() && left.front().rfind("-", 0) == 0) {
            return fmt::format("`{}` has no option {}{} ({})", path, left.front(), renamed_hint(path, left.front()), help);
        }
        return fmt::format("`{}` takes no more words here: {} (quote a value with spaces; {})", path,
                           left.empty() ? after_colon(what) : joined(left), help);
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr) {
        // "--x: 1 required NAME missing" or "At Most 1 required but received 2"
        auto name = what.substr(0, what.find(':'));
        if (what.find("received") != std::string::npos || what.find("At Most") != std::string::npos) {
            return name.rfind("-", 0) == 0 ? fmt::format("{} was given more than once: give it once ({})", name, help)
                                           : fmt::format("an option was given more than once: give it once ({})", help);
        }
        if (name.rfind("-", 0) == 0) {
            return fmt::format("{} needs a value ({})", name, help);
        }
        return fmt::format("a value is missing ({})", help);
    }
    if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
        if (what.find("subcommand") != std::string::npos) {
            return fmt::format("`{}` needs a command ({})", path, help);
        }
        auto name = what.substr(0, what.find(' '));
        if (name.rfind("-", 0) == 0) {
            return fmt::format("{} is required ({})", name, help);
        }
        return fmt::format("`{}` needs its {} ({})", path, name, help);
    }
    if (dynamic_cast<const CLI::ValidationError*>(&e) != nullptr ||
        dynamic_cast<const CLI::ConversionError*>(&e) != nullptr) {
        auto colon = what.find(':');
        auto name = colon == std::string::npos ? std::string() : what.substr(0, colon);
        auto reason = after_colon(what);
        // "Value 0 not in range 1 to 60" -> "0 is not between 1 and 60"
        if (auto r = reason.find(" not in range "); r != std::string::npos && reason.rfind("Value ", 0) == 0) {
            auto value = reason.substr(6, r - 6);
            auto range = reason.substr(r + 14);
            auto to = range.find(" to ");
            bool number = !value.empty() && value.find_first_not_of("-0123456789") == std::string::npos;
            if (to != std::string::npos) {
                auto low = range.substr(0, to), high = range.substr(to + 4);
                reason = number ? fmt::format("{} is not between {} and {}", value, low, high)
                                : fmt::format("expected a whole number from {} to {}, not \"{}\"", low, high, value);
            }
        } else if (reason.find("could not be converted") != std::string::npos ||
                   reason.find("Could not convert") != std::string::npos ||
                   reason.find("Failed parsing number") != std::string::npos) {
            reason = "expected a whole number";
        }
        return name.empty() ? fmt::format("{} ({})", reason, help) : fmt::format("{}: {} ({})", name, reason, help);
    }
    if (dynamic_cast<const CLI::ExcludesError*>(&e) != nullptr) {
        return fmt::format("{}: these options cannot go together ({})", what.substr(0, what.find(' ')), help);
    }
    if (dynamic_cast<const CLI::RequiresError*>(&e) != nullptr) {
        return fmt::format("{} ({})", what, help);
    }
    return fmt::format("{} ({})", what, help);
}

} // namespace officectl::app
