// config.toml through toml++ and officectl's checks: read, or refused with a
// config Error (exit 78) naming the line; never a crash (a 10 000-deep table
// crashed by recursion).

#include "officectl/config/config.hpp"
#include "officectl/core/error.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace officectl;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    config::Schema schema = config::core_schema();
    schema.push_back({"mail.rule", config::ValueKind::table_list, "", "rules", nullptr, {"from", "subject", "tags"}});
    schema.push_back({"mail.own", config::ValueKind::string_list, "[]", "own addresses"});
    schema.push_back({"dossier.kind.*.retention", config::ValueKind::string, "", "retention", config::check_period});
    try {
        auto c = config::Config::parse(text, "fuzz.toml", schema);
        (void)c.entries();
        (void)c.calendar();
        (void)c.decimal_mark();
    } catch (const Error&) {
    }
    return 0;
}
