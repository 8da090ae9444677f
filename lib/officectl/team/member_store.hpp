#pragma once
// The people directory's SQL: the only place that reads or writes team_member.
// Functions taking a Txn& write (and journal); those taking a Database& only read.

#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"
#include "officectl/team/member.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace officectl::team {

const std::vector<store::Migration>& migrations();

// nullopt when there is no such handle (not an error).
std::optional<Member> find_member(store::Database& db, std::string_view handle);
// Throws a no_input Error naming the handle when there is none.
Member get_member(store::Database& db, std::string_view handle);
std::vector<Member> list_members(store::Database& db, const MemberFilter& filter, core::Date today);
// Members who start, or end, within the range.
std::vector<Member> members_joining(store::Database& db, core::DateRange range);
std::vector<Member> members_leaving(store::Database& db, core::DateRange range);
std::vector<std::string> member_handles(store::Database& db);
// The id of the member with that handle; nullopt when there is none. Cheap (a
// cached statement), for imports that resolve many handles.
std::optional<std::int64_t> member_id(store::Database& db, std::string_view handle);
// The same, or a no_input Error naming the handle (as get_member's).
std::int64_t require_member_id(store::Database& db, std::string_view handle);
// Every member's handle by id, for domains that store member ids.
std::map<std::int64_t, std::string> member_handles_by_id(store::Database& db);

// Checks the member (rules, manager exists, no management cycle) and adds it.
// Errors: data for a bad field or a handle already taken, no_input for an
// unknown manager. Returns the new id.
std::int64_t add_member(store::Txn& txn, const Member& m);
// Writes every field of `m` (found by m.id), with the same checks. Returns false
// when nothing changed (and journals nothing).
bool update_member(store::Txn& txn, const Member& m);

// What still refers to a member: "team_member.manager_id (2)", ...
std::vector<std::string> member_references(store::Database& db, const Member& m);
// Deletes a member nobody refers to; throws a data Error listing the references otherwise.
void remove_member(store::Txn& txn, const Member& m);

} // namespace officectl::team
