#include "officectl/agenda/ical_time.hpp"

namespace officectl::agenda::libical {

icaltimetype to_ical(date::local_seconds local, bool is_date) {
    auto day = date::floor<date::days>(local);
    date::year_month_day ymd{day};
    date::hh_mm_ss tod{local - day};
    icaltimetype t = icaltime_null_time();
    t.year = int(ymd.year());
    t.month = int(unsigned(ymd.month()));
    t.day = int(unsigned(ymd.day()));
    if (is_date) {
        t.is_date = 1;
    } else {
        t.hour = int(tod.hours().count());
        t.minute = int(tod.minutes().count());
        t.second = int(tod.seconds().count());
    }
    return t;
}

date::local_seconds from_ical(const icaltimetype& t) {
    auto day = date::local_days{date::year{t.year} / t.month / t.day};
    if (t.is_date) {
        return date::local_seconds{day};
    }
    return day + std::chrono::hours{t.hour} + std::chrono::minutes{t.minute} + std::chrono::seconds{t.second};
}

} // namespace officectl::agenda::libical
