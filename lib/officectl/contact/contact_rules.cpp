#include "officectl/contact/contact_rules.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace officectl::contact {

std::optional<Kind> parse_kind(std::string_view s) {
    if (s == "organization" || s == "org") {
        return Kind::organisation;
    }
    return kinds.parse(s);
}

std::string_view kind_name(Kind k) { return kinds.name(k); }

std::optional<Type> parse_type(std::string_view s) { return types.parse(s); }

std::string_view type_name(Type t) { return types.name(t); }

void check_contact(const Contact& c, const std::vector<std::string>& segments) {
    if (core::trim(c.name).empty()) {
        throw data_error("a contact needs a name");
    }
    if (c.org_id && c.kind != Kind::person) {
        throw data_error(fmt::format("{}: only a person works at an organisation (--kind person)", c.name));
    }
    if (c.email) {
        auto at = c.email->find('@');
        if (at == std::string::npos || at == 0 || at + 1 == c.email->size() ||
            c.email->find_first_of(" \t,;<>") != std::string::npos) {
            throw data_error(fmt::format("invalid e-mail address \"{}\"", *c.email));
        }
    }
    if (c.domain && (c.domain->find('.') == std::string::npos || c.domain->find_first_of(" @/") != std::string::npos)) {
        throw data_error(fmt::format("invalid domain \"{}\": expected e.g. ricoh.be", *c.domain));
    }
    if (c.segment && !segments.empty() && std::find(segments.begin(), segments.end(), *c.segment) == segments.end()) {
        throw data_error(fmt::format("unknown segment \"{}\" for {} (configured: {})", *c.segment, type_name(c.type),
                                     core::join(segments, ", ")));
    }
}

std::string address_domain(std::string_view address) {
    auto at = address.rfind('@');
    return core::to_lower(core::trim(at == std::string_view::npos ? address : address.substr(at + 1)));
}

std::optional<std::int64_t> match_address(std::string_view address, const std::vector<Contact>& candidates) {
    auto wanted = core::to_lower(core::trim(address));
    std::optional<std::int64_t> best;
    int best_rank = 0;
    auto consider = [&](const Contact& c, int rank) {
        if (rank > best_rank || (rank == best_rank && rank > 0 && best && c.id < *best)) {
            best = c.id;
            best_rank = rank;
        }
    };
    auto domain = address_domain(wanted);
    for (const auto& c : candidates) {
        if (c.email && core::to_lower(*c.email) == wanted) {
            consider(c, c.kind == Kind::person ? 4 : 3);
            continue;
        }
        if (c.domain) {
            auto d = core::to_lower(*c.domain);
            if (domain == d || (domain.size() > d.size() && domain.ends_with("." + d))) {
                // The longer (more specific) domain wins over its parent.
                consider(c, 1 + (domain == d ? 1 : 0));
            }
        }
    }
    return best;
}

std::vector<std::string> normalise_tags(std::string_view text) {
    std::vector<std::string> tags;
    for (auto& t : core::split(text, ',')) {
        if (!t.empty()) {
            tags.push_back(core::to_lower(t));
        }
    }
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    return tags;
}

} // namespace officectl::contact
