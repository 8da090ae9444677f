#include "officectl/store/database.hpp"

#include "officectl/core/error.hpp"
#include "officectl/store/fold_function.hpp"
#include "officectl/store/fts_snippet.hpp"
#include "officectl/store/sqlite_memory.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <random>
#include <thread>
#include <cstring>

namespace officectl::store {
namespace {

void create_file_0600(const std::filesystem::path& path) {
    int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return;
    }
    if (errno != EEXIST) { // another process creating it at the same time is fine
        throw Error(ExitCode::cant_create,
                    fmt::format("cannot create store \"{}\": {}", path.string(), std::strerror(errno)));
    }
}

// SQLite's memory statistics take a global lock on every allocation; nothing here
// reads them. Its allocations go through the counting wrapper that bounds a
// user's query (sqlite_memory.hpp). Set once, before SQLite initialises (a
// later call is refused and changes nothing).
void configure_sqlite_once() {
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    (void)configured;
    install_sqlite_allocator();
}

} // namespace

Database::Database(std::filesystem::path path, std::unique_ptr<SQLite::Database> db)
    : m_path(std::move(path)), m_db(std::move(db)) {}
SQLite::Statement& Database::cached(const std::string& sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.emplace(sql, std::make_unique<SQLite::Statement>(*m_db, sql)).first;
    } else {
        it->second->reset();
        it->second->clearBindings();
    }
    return *it->second;
}

void Database::reset_cached() {
    for (auto& [sql, statement] : m_statements) {
        statement->reset();
    }
}

Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Database Database::open(const std::filesystem::path& path, const std::vector<Migration>& migrations,
                        const OpenOptions& options) {
    auto parent = path.parent_path();
    std::error_code ec;
    if (!parent.empty() && !std::filesystem::is_directory(parent, ec)) {
        if (!options.create_parent) {
            throw Error(ExitCode::cant_create, fmt::format("cannot create store \"{}\": folder \"{}\" does not exist",
                                                           path.string(), parent.string()));
        }
        std::filesystem::create_directories(parent, ec);
        if (ec) {
            throw Error(ExitCode::cant_create,
                        fmt::format("cannot create folder \"{}\": {}", parent.string(), ec.message()));
        }
        std::filesystem::permissions(parent, std::filesystem::perms::owner_all, ec);
    }
    if (std::filesystem::is_directory(path, ec)) {
        throw Error(ExitCode::cant_create, fmt::format("cannot open store \"{}\": it is a folder", path.string()));
    }
    create_file_0600(path);
    // While several processes open a new store at once, switching it to WAL and
    // the first migration can meet SQLITE_BUSY without the busy handler being
    // asked; so the whole sequence is retried, with jitter, until the timeout.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(options.busy_timeout_ms);
    std::minstd_rand jitter(static_cast<unsigned>(::getpid()));
    for (;;) {
        try {
            configure_sqlite_once();
            // A connection is used by one thread at a time (an import parses in a
            // second thread but only the first writes), so SQLite need not lock it.
            auto db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX);
            db->setBusyTimeout(options.busy_timeout_ms);
            db->exec("PRAGMA journal_mode=WAL");
            db->exec("PRAGMA synchronous=NORMAL");
            db->exec("PRAGMA foreign_keys=ON");
            // Deleted content is overwritten with zeros, whatever SQLite was built with.
            db->exec("PRAGMA secure_delete=ON");
            register_bounded_snippet(db->getHandle()); // snippets in linear time (mail search)
            register_fold(db->getHandle());            // names compared without case and accents
            Database store(path, std::move(db));
            store.m_catalog = options.catalog;
            apply_migrations(store, migrations);
            return store;
        } catch (const Error&) {
            throw;
        } catch (const SQLite::Exception& e) {
            bool busy = e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED;
            if (busy && std::chrono::steady_clock::now() < deadline) {
                std::this_thread::sleep_for(std::chrono::milliseconds(10 + jitter() % 40));
                continue;
            }
            auto err = as_error(e);
            throw Error(err.code(), fmt::format("cannot open store \"{}\": {}", path.string(), err.what()));
        } catch (const std::exception& e) {
            auto err = as_error(e);
            throw Error(err.code(), fmt::format("cannot open store \"{}\": {}", path.string(), err.what()));
        }
    }
}

Error as_error(const std::exception& e) {
    if (const auto* error = dynamic_cast<const Error*>(&e)) {
        return *error;
    }
    if (const auto* sql = dynamic_cast<const SQLite::Exception*>(&e)) {
        switch (sql->getErrorCode()) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED: return Error(ExitCode::busy, "the store is busy (another officectl is writing); try again");
        case SQLITE_NOTADB: return Error(ExitCode::io, "the file is not an officectl store (not a SQLite database)");
        case SQLITE_CORRUPT: return Error(ExitCode::io, "the store is damaged; run `officectl db check`");
        case SQLITE_READONLY:
        case SQLITE_CANTOPEN:
        case SQLITE_PERM: return Error(ExitCode::cant_create, fmt::format("cannot write the store: {}", sql->what()));
        case SQLITE_FULL:
        case SQLITE_IOERR: return Error(ExitCode::io, fmt::format("store I/O error: {}", sql->what()));
        case SQLITE_CONSTRAINT: return Error(ExitCode::data, fmt::format("rejected by the store: {}", sql->what()));
        default: break;
        }
        return Error(ExitCode::io, fmt::format("store error: {}", sql->what()));
    }
    return Error(ExitCode::io, e.what());
}

} // namespace officectl::store
