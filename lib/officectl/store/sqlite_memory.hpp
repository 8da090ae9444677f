#pragma once
// SQLite's memory, bounded while a query the user wrote runs. SQLite's own heap
// limit needs its memory statistics, which take a global lock on every
// allocation (turned off: the import was faster without); so SQLite allocates
// through officectl's wrapper of malloc instead, which counts only while a
// bound is set (a flag read per allocation otherwise) and refuses what would
// pass it: the query then fails with SQLITE_NOMEM, and the bound says why.

#include <cstdint>

namespace officectl::store {

// Hands SQLite the counting allocator. Must run before SQLite initialises (the
// first connection); later it changes nothing and returns false.
bool install_sqlite_allocator();

// While it lives, SQLite may hold at most `bytes` more than when it was made.
// One at a time (the process's queries run on one thread while it lives).
class SqliteMemoryBound {
public:
    explicit SqliteMemoryBound(std::int64_t bytes);
    ~SqliteMemoryBound();
    SqliteMemoryBound(const SqliteMemoryBound&) = delete;
    SqliteMemoryBound& operator=(const SqliteMemoryBound&) = delete;
    // Whether an allocation was refused; false also when the allocator could
    // not be installed (then nothing is bounded).
    bool exceeded() const;
    static bool available();
};

} // namespace officectl::store
