#pragma once
// The people directory's section of the weekly report: who joins and who leaves.

#include "officectl/render/report.hpp"
#include "officectl/store/database.hpp"

namespace officectl::team {

render::Section weekly_section(store::Database& db, core::DateRange week);

} // namespace officectl::team
