#include "officectl/mail/mail_settings.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

namespace officectl::mail {
namespace {

// Where the file sets `key` (`config.toml:4`), or the key's name when it is a default.
std::string origin_of(const config::Config& config, const std::string& key) {
    for (const auto& e : config.entries()) {
        if (e.key == key && e.origin != "default" && e.origin != "unset") {
            return e.origin;
        }
    }
    return config.path().string();
}

} // namespace

Prefixes load_prefixes(const config::Config& config) {
    Prefixes p;
    p.in = config.get_string("mail.prefix_in").value_or("IN");
    p.out = config.get_string("mail.prefix_out").value_or("OUT");
    auto note = config.get_string("mail.note_prefix").value_or("NOTE");
    auto same = [&](const std::string& a, const std::string& b) { return core::to_lower(a) == core::to_lower(b); };
    if (same(p.in, p.out)) {
        throw config_error(fmt::format("{}: mail.prefix_out: \"{}\" is also mail.prefix_in: incoming and outgoing "
                                       "items would get the same numbers",
                                       origin_of(config, "mail.prefix_out"), p.out));
    }
    for (const auto* key : {"mail.prefix_in", "mail.prefix_out"}) {
        if (same(key == std::string("mail.prefix_in") ? p.in : p.out, note)) {
            throw config_error(fmt::format("{}: mail.note_prefix: \"{}\" is also {}: notes and items would share numbers",
                                           origin_of(config, "mail.note_prefix"), note, key));
        }
    }
    return p;
}

} // namespace officectl::mail
