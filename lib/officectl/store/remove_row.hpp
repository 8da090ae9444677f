#pragma once
// Removing one row as every domain does it: the row as it was kept in the
// journal (so `history` shows it and `undo` can put it back), then deleted.

#include "officectl/store/txn.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace officectl::store {

// Deletes row `id` of `table` (a domain's own table, named by the domain's store
// code, never by the user) and journals it as an "rm" of `entity` labelled `label`.
void remove_row(Txn& txn, std::string_view entity, std::string_view table, std::int64_t id, std::string label);

} // namespace officectl::store
