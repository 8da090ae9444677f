#pragma once
// `fold(text)`, an SQL function: core::fold (case and accents folded, NFKD via
// utf8proc), so that a lookup or filter written in SQL compares names as every
// search does: `instr(fold(name), fold(?)) > 0` finds "FOD Financiën" for "financien".

#include <sqlite3.h>

namespace officectl::store {

// Registers fold() on the connection (once per connection).
void register_fold(sqlite3* db);

} // namespace officectl::store
