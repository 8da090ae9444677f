#pragma once
// Purchase requests and their quotes: the only place that reads or writes
// budget_request and budget_quote.

#include "officectl/budget/budget.hpp"
#include "officectl/store/migrations.hpp"
#include "officectl/store/txn.hpp"

#include <vector>

namespace officectl::budget {

const std::vector<store::Migration>& quote_migrations();

std::int64_t add_request(store::Txn& txn, const Request& r);
Request get_request(store::Database& db, std::int64_t id);
// Open ones only unless `all`.
std::vector<Request> list_requests(store::Database& db, bool all);

std::int64_t add_quote(store::Txn& txn, const Quote& q);
Quote get_quote(store::Database& db, std::int64_t id);
std::vector<Quote> list_quotes(store::Database& db, std::int64_t request_id);

// Accepts one quote with its conditions: the others of the request are
// rejected and the request is decided.
void accept_quote(store::Txn& txn, const Quote& q, const std::optional<std::string>& conditions);

} // namespace officectl::budget
