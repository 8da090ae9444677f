#pragma once
// Shared by the improve command files: reading a finding or plan number, and
// measuring one indicator now.

#include "context.hpp"

#include "officectl/improve/improve.hpp"

#include <optional>
#include <string>

namespace officectl::app {

improve::Finding finding_argument(Context& ctx, const std::string& text);
improve::Plan plan_argument(Context& ctx, const std::string& text);
// The indicator's value in the current month (nullopt when there is nothing to measure).
std::optional<double> indicator_now(Context& ctx, const std::string& name);

} // namespace officectl::app
