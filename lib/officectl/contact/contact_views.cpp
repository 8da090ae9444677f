#include "officectl/contact/contact_views.hpp"

#include "officectl/contact/kbo.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>

namespace officectl::contact {

using render::Cell;

namespace {

Cell text(const std::optional<std::string>& v) { return render::cell_or_empty(v); }
Cell tags(const Contact& c) { return c.tags.empty() ? Cell{} : Cell{core::join(c.tags, ",")}; }

} // namespace

render::Table contacts_table(const std::vector<Contact>& contacts) {
    render::Table t;
    t.column("id", render::ColumnType::integer).column("name").column("kind").column("type").column("segment");
    t.column("organisation").column("role").column("email").column("phone").column("vat").column("lang").column("tags");
    for (const auto& c : contacts) {
        t.add_row({static_cast<std::int64_t>(c.id), c.name, std::string(kind_name(c.kind)), std::string(type_name(c.type)),
                   text(c.segment), text(c.organisation), text(c.role), text(c.email), text(c.phone),
                   c.vat ? Cell{format_kbo(*c.vat)} : Cell{},
                   c.lang ? Cell{std::string(core::language_code(*c.lang))} : Cell{}, tags(c)});
    }
    return t;
}

render::Report contact_report(const Contact& c, const std::vector<Contact>& people,
                              const std::vector<std::string>& references) {
    render::Report r;
    r.title = c.organisation ? fmt::format("{} ({})", c.name, *c.organisation) : c.name;
    render::Table fields;
    fields.vertical();
    fields.column("id", render::ColumnType::integer).column("kind").column("type").column("segment");
    fields.column("organisation").column("role").column("email").column("domain").column("phone").column("address");
    fields.column("vat").column("lang").column("tags").column("note");
    fields.add_row({static_cast<std::int64_t>(c.id), std::string(kind_name(c.kind)), std::string(type_name(c.type)),
                    text(c.segment), text(c.organisation), text(c.role), text(c.email), text(c.domain), text(c.phone),
                    text(c.address), c.vat ? Cell{format_kbo(*c.vat)} : Cell{},
                    c.lang ? Cell{std::string(core::language_code(*c.lang))} : Cell{}, tags(c), text(c.note)});
    r.sections.push_back(render::Section{"Relation", {}}.table(std::move(fields)));
    if (c.kind == Kind::organisation) {
        render::Section s{"People", {}};
        if (people.empty()) {
            s.paragraph("No people recorded at this organisation.");
        } else {
            render::Table t;
            t.column("id", render::ColumnType::integer).column("name").column("role").column("email").column("phone");
            for (const auto& p : people) {
                t.add_row({static_cast<std::int64_t>(p.id), p.name, text(p.role), text(p.email), text(p.phone)});
            }
            s.table(std::move(t));
        }
        r.sections.push_back(std::move(s));
    }
    render::Section refs{"Referred to by", {}};
    refs.paragraph(references.empty() ? "Nothing in the store refers to this relation yet."
                                      : core::join(references, ", "));
    r.sections.push_back(std::move(refs));
    return r;
}

} // namespace officectl::contact
