#include "officectl/contact/vcard.hpp"

#include "officectl/contact/kbo.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

namespace officectl::contact {

std::string vcard_escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case ',': out += "\\,"; break;
        case ';': out += "\\;"; break;
        case '\n': out += "\\n"; break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

std::string vcard_fold(std::string_view line) {
    std::string out;
    size_t width = 0;
    for (size_t i = 0; i < line.size(); ++i) {
        auto c = static_cast<unsigned char>(line[i]);
        bool starts_char = (c & 0xC0) != 0x80;
        // A character goes whole onto the next line when it would pass 75 octets
        // (a 3-byte character at column 74 made a line of 77: found by fuzz_vcard).
        std::size_t bytes = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (starts_char && width + bytes > 75) { // continuation lines start with one space
            out += "\r\n ";
            width = 1;
        }
        out += line[i];
        ++width;
    }
    return out + "\r\n";
}

std::string to_vcards(const std::vector<Contact>& contacts) {
    std::string out;
    for (const auto& c : contacts) {
        out += vcard_fold("BEGIN:VCARD");
        out += vcard_fold("VERSION:4.0");
        out += vcard_fold(fmt::format("UID:urn:officectl:contact:{}", c.id));
        out += vcard_fold(fmt::format("KIND:{}", c.kind == Kind::person ? "individual" : "org"));
        out += vcard_fold("FN:" + vcard_escape(c.name));
        if (c.kind == Kind::person) {
            // N is structured (family;given;...); we keep the name whole as the family part.
            out += vcard_fold("N:" + vcard_escape(c.name) + ";;;;");
            if (c.organisation) {
                out += vcard_fold("ORG:" + vcard_escape(*c.organisation));
            }
            if (c.role) {
                out += vcard_fold("TITLE:" + vcard_escape(*c.role));
            }
        } else {
            out += vcard_fold("ORG:" + vcard_escape(c.name));
        }
        if (c.email) {
            out += vcard_fold("EMAIL;TYPE=work:" + vcard_escape(*c.email));
        }
        if (c.phone) {
            out += vcard_fold("TEL;TYPE=work;VALUE=text:" + vcard_escape(*c.phone));
        }
        if (c.address) {
            // Free-text address: the street component carries it whole.
            out += vcard_fold("ADR;TYPE=work:;;" + vcard_escape(*c.address) + ";;;;");
        }
        if (c.domain) {
            out += vcard_fold("URL:https://" + *c.domain);
        }
        if (c.lang) {
            out += vcard_fold(fmt::format("LANG:{}", core::language_code(*c.lang)));
        }
        std::vector<std::string> categories{std::string(type_name(c.type))};
        for (const auto& t : c.tags) {
            categories.push_back(vcard_escape(t));
        }
        out += vcard_fold("CATEGORIES:" + core::join(categories, ","));
        if (c.vat) {
            out += vcard_fold("NOTE:" + vcard_escape(fmt::format("VAT {}", format_kbo(*c.vat))) +
                              (c.note ? "\\n" + vcard_escape(*c.note) : ""));
        } else if (c.note) {
            out += vcard_fold("NOTE:" + vcard_escape(*c.note));
        }
        out += vcard_fold("END:VCARD");
    }
    return out;
}

} // namespace officectl::contact
