#include "officectl/store/catalog.hpp"

#include <algorithm>

namespace officectl::store {

const Entity* Catalog::by_name(std::string_view name) const {
    auto it = std::find_if(m_entities.begin(), m_entities.end(), [&](const Entity& e) { return e.name == name; });
    return it == m_entities.end() ? nullptr : &*it;
}

const Entity* Catalog::by_table(std::string_view table) const {
    auto it = std::find_if(m_entities.begin(), m_entities.end(), [&](const Entity& e) { return e.table == table; });
    return it == m_entities.end() ? nullptr : &*it;
}

} // namespace officectl::store
