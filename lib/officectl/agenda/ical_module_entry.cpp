// The entry of officectl-ical.so (ical_module.hpp).
#include "officectl/agenda/ical_module.hpp"

extern "C" const officectl::agenda::IcalModule* officectl_ical_module() {
    namespace impl = officectl::agenda::libical;
    static const officectl::agenda::IcalModule table{impl::build_rrule,    impl::check_rrule,
                                                     impl::check_series,   impl::describe_rrule,
                                                     impl::expand,         impl::expand_with_libical,
                                                     impl::series_end,     impl::to_ics,
                                                     impl::read_ics};
    return &table;
}
