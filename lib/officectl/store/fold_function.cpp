#include "officectl/store/fold_function.hpp"

#include "officectl/core/strings.hpp"

#include <string>

namespace officectl::store {
namespace {

void fold_sql(sqlite3_context* context, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    auto folded = core::fold(std::string_view(text, static_cast<size_t>(sqlite3_value_bytes(argv[0]))));
    sqlite3_result_text(context, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

void register_fold(sqlite3* db) {
    sqlite3_create_function(db, "fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, fold_sql,
                            nullptr, nullptr);
}

} // namespace officectl::store
