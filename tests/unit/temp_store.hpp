#pragma once
// A fresh store in a temporary folder, removed afterwards.

#include "officectl/office.hpp"
#include "officectl/store/database.hpp"
#include "officectl/store/txn.hpp"

#include <filesystem>
#include <random>

namespace officectl::testing {

struct TempStore {
    std::filesystem::path dir;
    std::filesystem::path file;
    store::Database db;

    TempStore() : dir(make_dir()), file(dir / "office.db"), db(store::Database::open(file, all_migrations(), {false, 10000, &catalog()})) {}
    ~TempStore() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }

    static store::Actor actor() { return {"tester", "officectl test", "2026-12-02T09:00:00Z", std::nullopt, {}, {}}; }

private:
    static std::filesystem::path make_dir() {
        std::random_device rd;
        auto d = std::filesystem::temp_directory_path() / ("officectl-test-" + std::to_string(rd()));
        std::filesystem::create_directories(d);
        return d;
    }
};

} // namespace officectl::testing
