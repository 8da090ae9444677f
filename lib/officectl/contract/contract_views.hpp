#pragma once
// Contracts as Tables and Reports: the list with the next notice deadline, one
// contract with its terms, obligations and incidents, what is due, costs, the
// weekly section and the section of a relation's 360° view.

#include "officectl/contract/contract_store.hpp"
#include "officectl/core/calendar.hpp"
#include "officectl/render/report.hpp"

#include <vector>

namespace officectl::contract {

render::Table contracts_table(const std::vector<Contract>& contracts, const core::Calendar& calendar, core::Date today);
render::Report contract_report(const Contract& c, const std::vector<Obligation>& obligations,
                               const std::vector<Incident>& incidents, const core::Calendar& calendar, core::Date today);
// Every deadline of the open contracts and obligations in [today, until], most urgent first.
std::vector<Deadline> due(store::Database& db, const core::Calendar& calendar, core::Date today, core::Date until);
render::Table due_table(const std::vector<Deadline>& deadlines, core::Date today, std::string title = "");
render::Table incidents_table(const std::vector<Incident>& incidents);
// The contracts in the columns `contract import` reads (so export and import round-trip).
render::Table contracts_csv_table(const std::vector<Contract>& contracts);
// Annualised cost per contract, or per vendor or category.
render::Table costs_table(store::Database& db, int year, const std::string& by, core::Date today);
render::Section contract_weekly_section(store::Database& db, const core::Calendar& calendar, core::Date today);
render::Section contact_contract_section(store::Database& db, std::int64_t contact_id, const core::Calendar& calendar,
                                         core::Date today);

} // namespace officectl::contract
