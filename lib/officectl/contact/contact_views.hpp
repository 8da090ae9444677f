#pragma once
// Relations as Tables and Reports, for `contact list` and the 360° `contact show`.

#include "officectl/contact/contact.hpp"
#include "officectl/render/report.hpp"

#include <string>
#include <vector>

namespace officectl::contact {

render::Table contacts_table(const std::vector<Contact>& contacts);
// The relation, its people, and what refers to it from every domain.
render::Report contact_report(const Contact& c, const std::vector<Contact>& people,
                              const std::vector<std::string>& references);

} // namespace officectl::contact
