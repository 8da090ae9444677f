#include "officectl/store/sqlite_memory.hpp"

#include <sqlite3.h>

#include <atomic>
#include <cstdlib>
#include <cstring>

namespace officectl::store {
namespace {

// Before each block: its size, and whether it was counted (allocated under a
// bound). 16 bytes keep malloc's alignment.
struct alignas(16) Header {
    std::size_t size;
    bool counted;
};
static_assert(sizeof(Header) == 16);

std::atomic<bool> g_installed{false};
std::atomic<bool> g_bounded{false};
std::atomic<std::int64_t> g_used{0};  // counted bytes held
std::atomic<std::int64_t> g_limit{0};
std::atomic<bool> g_refused{false};

Header* header_of(void* p) { return static_cast<Header*>(p) - 1; }

// Takes `bytes` from the bound; false (and noted) when that would pass it.
bool take(std::int64_t bytes) {
    if (g_used.fetch_add(bytes, std::memory_order_relaxed) + bytes > g_limit.load(std::memory_order_relaxed)) {
        g_used.fetch_sub(bytes, std::memory_order_relaxed);
        g_refused.store(true, std::memory_order_relaxed);
        return false;
    }
    return true;
}

void* x_malloc(int n) {
    bool count = g_bounded.load(std::memory_order_relaxed);
    if (count && !take(n)) {
        return nullptr;
    }
    auto* h = static_cast<Header*>(std::malloc(sizeof(Header) + static_cast<std::size_t>(n)));
    if (h == nullptr) {
        if (count) {
            g_used.fetch_sub(n, std::memory_order_relaxed);
        }
        return nullptr;
    }
    h->size = static_cast<std::size_t>(n);
    h->counted = count;
    return h + 1;
}

void x_free(void* p) {
    if (p == nullptr) {
        return;
    }
    auto* h = header_of(p);
    if (h->counted) {
        g_used.fetch_sub(static_cast<std::int64_t>(h->size), std::memory_order_relaxed);
    }
    std::free(h);
}

void* x_realloc(void* p, int n) {
    auto* h = header_of(p);
    bool count = g_bounded.load(std::memory_order_relaxed);
    std::int64_t old_counted = h->counted ? static_cast<std::int64_t>(h->size) : 0;
    std::int64_t delta = (count ? n : 0) - old_counted;
    if (delta > 0 && !take(delta)) {
        return nullptr;
    }
    if (delta <= 0) {
        g_used.fetch_add(delta, std::memory_order_relaxed);
    }
    auto* moved = static_cast<Header*>(std::realloc(h, sizeof(Header) + static_cast<std::size_t>(n)));
    if (moved == nullptr) {
        g_used.fetch_sub(delta, std::memory_order_relaxed); // the old block stays, as it was counted
        return nullptr;
    }
    moved->size = static_cast<std::size_t>(n);
    moved->counted = count;
    return moved + 1;
}

int x_size(void* p) { return static_cast<int>(header_of(p)->size); }
int x_roundup(int n) { return (n + 7) & ~7; }
int x_init(void*) { return SQLITE_OK; }
void x_shutdown(void*) {}

} // namespace

bool install_sqlite_allocator() {
    static const bool installed = [] {
        static const sqlite3_mem_methods methods{x_malloc, x_free, x_realloc, x_size, x_roundup, x_init, x_shutdown, nullptr};
        bool ok = sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
        g_installed.store(ok);
        return ok;
    }();
    return installed;
}

SqliteMemoryBound::SqliteMemoryBound(std::int64_t bytes) {
    g_refused.store(false, std::memory_order_relaxed);
    g_limit.store(g_used.load(std::memory_order_relaxed) + bytes, std::memory_order_relaxed);
    g_bounded.store(true, std::memory_order_relaxed);
}

SqliteMemoryBound::~SqliteMemoryBound() { g_bounded.store(false, std::memory_order_relaxed); }

bool SqliteMemoryBound::exceeded() const { return g_refused.load(std::memory_order_relaxed); }

bool SqliteMemoryBound::available() { return g_installed.load(); }

} // namespace officectl::store
