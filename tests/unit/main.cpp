// The unit tests' main: SQLite's allocator is officectl's (store/sqlite_memory)
// before any test opens a connection, as in the app, whatever test runs first.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "officectl/store/sqlite_memory.hpp"

int main(int argc, char** argv) {
    officectl::store::install_sqlite_allocator();
    return doctest::Context(argc, argv).run();
}
