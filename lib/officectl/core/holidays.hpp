#pragma once
// Belgian public holidays (the ten legal ones, Royal Decree of 18 April 1974),
// computed for any Gregorian year, with their names in nl, fr and en.

#include "officectl/core/dates.hpp"
#include "officectl/core/language.hpp"

#include <string_view>
#include <vector>

namespace officectl::core {

struct Holiday {
    Date date;
    std::string_view key; // stable identifier: "new_year", "easter_monday", ...
    std::string_view name_nl;
    std::string_view name_fr;
    std::string_view name_en;
    std::string_view name(Language lang) const;
};

// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
Date easter_sunday(int year);
// The ten holidays of `year`, in date order (two may share a day: 1 May 2008).
std::vector<Holiday> belgian_holidays(int year);

} // namespace officectl::core
