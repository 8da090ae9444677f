#include "officectl/office.hpp"

#include "officectl/store/journal.hpp"
#include "officectl/team/member_store.hpp"

namespace officectl {

const std::vector<store::Migration>& all_migrations() {
    static const std::vector<store::Migration> list = [] {
        std::vector<store::Migration> all;
        for (const auto* part : {&store::journal_migrations(), &team::migrations()}) {
            all.insert(all.end(), part->begin(), part->end());
        }
        return all;
    }();
    return list;
}

const config::Schema& config_schema() {
    static const config::Schema schema = [] {
        config::Schema all = config::core_schema();
        return all;
    }();
    return schema;
}

} // namespace officectl
