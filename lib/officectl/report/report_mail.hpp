#pragma once
// A report as a mail (report weekly/monthly --mail-to): for cron to pipe into
// `sendmail -t`, a message whose text/plain part is the report as the terminal
// shows it and whose text/html part is the -o html page, charts and all.
#include "officectl/core/datetime.hpp"
#include "officectl/render/render.hpp"
#include "officectl/render/report.hpp"

#include <optional>
#include <string>
#include <vector>

namespace officectl::report {

// The whole message, Subject the report's title. `options` gives the language,
// currency, zone and confidentiality; the formats are the mail's own. Throws a
// usage Error for an address that is none.
std::string report_mail(const render::Report& report, const render::RenderOptions& options,
                        const std::optional<std::string>& from, const std::vector<std::string>& to, core::Instant now);

} // namespace officectl::report
