#pragma once
// What the store knows of each domain's tables beyond their SQL: the name a
// person sees in `history` (team.member), the column that names a row, which
// columns are confidential and when, which hold copies in the files folder, and
// a derived index to keep in step when `undo` changes rows. Each domain declares
// its entities next to its migrations; `office.cpp` gathers them into one
// Catalog. The journal (Txn) and `undo` read it, and so does nothing else: this
// is the one place the confidentiality rule of officectl(1) is written down.

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace officectl::store {

class Database;

// Which columns of a row are confidential, and for which rows.
struct Confidential {
    enum class When {
        always,         // every row (review notes)
        flagged,        // rows whose own 0/1 column `column` is 1 (a confidential mail)
        parent_flagged, // rows whose parent (foreign key `column` -> table `parent`) has `confidential` = 1
        equals,         // rows whose column `column` holds `value` (sick leave)
    };
    std::vector<std::string_view> columns;
    When when = When::always;
    std::string_view column;
    std::string_view parent;
    std::string_view value;
};

struct Entity {
    std::string_view name;  // "mail.item", as `history --entity` names it
    std::string_view table; // "mail_item"
    std::string_view label; // the column that names a row to a person ("number"); empty: its id
    std::optional<Confidential> confidential;
    std::vector<std::string_view> files; // columns holding paths of copies kept in the files folder
    // An index that is not a table (full text): `unindex` takes row `id`'s words
    // out before `undo` changes or removes the row, `reindex` puts them back after.
    std::function<void(Database&, std::int64_t)> unindex;
    std::function<void(Database&, std::int64_t)> reindex;
};

class Catalog {
public:
    Catalog() = default;
    explicit Catalog(std::vector<Entity> entities) : m_entities(std::move(entities)) {}

    const Entity* by_name(std::string_view name) const;
    const Entity* by_table(std::string_view table) const;
    const std::vector<Entity>& entities() const { return m_entities; }

private:
    std::vector<Entity> m_entities;
};

} // namespace officectl::store
