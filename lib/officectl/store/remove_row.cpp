#include "officectl/store/remove_row.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace officectl::store {

void remove_row(Txn& txn, std::string_view entity, std::string_view table, std::int64_t id, std::string label) {
    auto before = txn.snapshot(table, id);
    SQLite::Statement q(txn.db().sqlite(), fmt::format("DELETE FROM {} WHERE id = ?1", table));
    q.bind(1, static_cast<int64_t>(id));
    q.exec();
    txn.record({entity, id, "rm", std::move(label), before, std::nullopt});
}

} // namespace officectl::store
