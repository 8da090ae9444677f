#include "officectl/contact/kbo.hpp"

#include "officectl/core/error.hpp"

#include <fmt/format.h>

#include <cctype>

namespace officectl::contact {
namespace {

// The digits of a number written with BE, spaces, dots, dashes or slashes.
std::optional<std::string> digits_of(std::string_view text) {
    std::string s;
    size_t i = 0;
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) {
        ++i;
    }
    if (i + 1 < text.size() && std::toupper(static_cast<unsigned char>(text[i])) == 'B' &&
        std::toupper(static_cast<unsigned char>(text[i + 1])) == 'E') {
        i += 2;
    }
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            s += c;
        } else if (c != ' ' && c != '.' && c != '-' && c != '/') {
            return std::nullopt;
        }
    }
    if (s.size() == 9) {
        s = "0" + s;
    }
    return s;
}

} // namespace

std::optional<std::string> normalise_kbo(std::string_view text) {
    auto digits = digits_of(text);
    if (!digits || digits->size() != 10 || ((*digits)[0] != '0' && (*digits)[0] != '1')) {
        return std::nullopt;
    }
    long first = std::stol(digits->substr(0, 8));
    long check = std::stol(digits->substr(8));
    if (97 - first % 97 != check) {
        return std::nullopt;
    }
    return "BE" + *digits;
}

std::string require_kbo(std::string_view text) {
    if (auto n = normalise_kbo(text)) {
        return *n;
    }
    auto digits = digits_of(text);
    if (!digits || digits->size() != 10) {
        throw data_error(fmt::format("invalid company number \"{}\": expected ten digits such as BE0403.170.701", text));
    }
    if ((*digits)[0] != '0' && (*digits)[0] != '1') {
        throw data_error(fmt::format("invalid company number \"{}\": a Belgian number starts with 0 or 1", text));
    }
    throw data_error(fmt::format("invalid company number \"{}\": the check digits do not match (a typo?)", text));
}

std::string format_kbo(std::string_view n) {
    if (n.size() != 12) {
        return std::string(n);
    }
    return fmt::format("BE {}.{}.{}", n.substr(2, 4), n.substr(6, 3), n.substr(9, 3));
}

} // namespace officectl::contact
