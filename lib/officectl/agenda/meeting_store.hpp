#pragma once
// A meeting's own records: its agenda (items) and its minutes (decisions and
// actions with an owner and a due date). The only place that touches
// agenda_item and agenda_minute.

#include "officectl/agenda/appointment.hpp"
#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"

#include <optional>
#include <vector>

namespace officectl::agenda {

const std::vector<store::Migration>& meeting_migrations();

// Appends the item to the meeting's agenda; returns its id.
std::int64_t add_item(store::Txn& txn, const AgendaItem& item);
// The agenda of a meeting, or of one occurrence of a series.
std::vector<AgendaItem> list_items(store::Database& db, std::int64_t appointment_id,
                                   std::optional<core::Date> occurrence = std::nullopt);

struct MinuteFilter {
    std::optional<std::int64_t> appointment_id;
    std::optional<core::Date> occurrence; // one occurrence of a series
    std::optional<std::string> owner;
    bool open_only = false; // not done yet
};

std::int64_t add_minute(store::Txn& txn, const Minute& m);
std::vector<Minute> list_minutes(store::Database& db, const MinuteFilter& filter);
// Throws a no_input Error for an unknown id.
Minute get_minute(store::Database& db, std::int64_t id);
void set_minute_done(store::Txn& txn, std::int64_t id, std::optional<core::Date> done);
// Hands a decision or action to another team member (a handle).
void set_minute_owner(store::Txn& txn, std::int64_t id, const std::string& owner);

} // namespace officectl::agenda
