#include "officectl/core/holidays.hpp"

#include <algorithm>

namespace officectl::core {

std::string_view Holiday::name(Language lang) const {
    switch (lang) {
    case Language::nl: return name_nl;
    case Language::fr: return name_fr;
    case Language::en: return name_en;
    }
    return name_en;
}

Date easter_sunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return Date{date::year{year}, date::month{static_cast<unsigned>(month)}, date::day{static_cast<unsigned>(day)}};
}

std::vector<Holiday> belgian_holidays(int year) {
    auto y = date::year{year};
    auto easter = easter_sunday(year);
    auto fixed = [&](unsigned m, unsigned d) { return Date{y, date::month{m}, date::day{d}}; };
    std::vector<Holiday> list{
        {fixed(1, 1), "new_year", "Nieuwjaar", "Jour de l'An", "New Year's Day"},
        {add_days(easter, 1), "easter_monday", "Paasmaandag", "Lundi de Pâques", "Easter Monday"},
        {fixed(5, 1), "labour_day", "Dag van de Arbeid", "Fête du Travail", "Labour Day"},
        {add_days(easter, 39), "ascension", "O.L.H. Hemelvaart", "Ascension", "Ascension Day"},
        {add_days(easter, 50), "whit_monday", "Pinkstermaandag", "Lundi de Pentecôte", "Whit Monday"},
        {fixed(7, 21), "national_day", "Nationale feestdag", "Fête nationale", "Belgian National Day"},
        {fixed(8, 15), "assumption", "O.L.V. Hemelvaart", "Assomption", "Assumption Day"},
        {fixed(11, 1), "all_saints", "Allerheiligen", "Toussaint", "All Saints' Day"},
        {fixed(11, 11), "armistice", "Wapenstilstand", "Armistice", "Armistice Day"},
        {fixed(12, 25), "christmas", "Kerstmis", "Noël", "Christmas Day"},
    };
    // Ascension can fall on or before 1 May (it did on 1 May 2008): keep date order.
    std::stable_sort(list.begin(), list.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return list;
}

} // namespace officectl::core
