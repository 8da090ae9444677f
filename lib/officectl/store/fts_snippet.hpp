#pragma once
// `bounded_snippet()`, an FTS5 auxiliary function with the arguments and the
// output of FTS5's own snippet(), in time linear in the size of the column.
//
// FTS5's snippet() scores a window at every phrase instance by walking every
// instance (and every sentence start): its cost grows with the square of the
// hits. A body of `word word ...` matching `word` took 1.8 s at 100 KB, 7 s at
// 200 KB and 15 minutes at 100 MB. Here the instances of a column are sorted
// once and each window is scored from the instances inside it (a binary search
// and a handful of steps), the sentence starts looked up the same way, and the
// text is tokenized no further than the last instance and the window shown.

#include <sqlite3.h>

namespace officectl::store {

// Registers bounded_snippet() on the connection (once per connection). Returns
// false when the connection has no FTS5.
bool register_bounded_snippet(sqlite3* db);

} // namespace officectl::store
