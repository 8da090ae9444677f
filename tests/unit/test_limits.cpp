// The limits on outside input are written once (core/limits.hpp) and documented
// in officectl(1), LIMITS: each value there is the one the code enforces.

#include "officectl/core/limits.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <fstream>
#include <sstream>
#include <string>

using namespace officectl::core;

namespace {

std::string limits_section() {
    std::ifstream in(std::string(OFFICECTL_TEST_DATA) + "/../../man/officectl.1");
    std::stringstream all;
    all << in.rdbuf();
    auto text = all.str();
    auto start = text.find("\n.SH LIMITS\n");
    REQUIRE(start != std::string::npos);
    auto end = text.find("\n.SH ", start + 1);
    return text.substr(start, end - start);
}

std::string mib(std::size_t bytes) { return fmt::format("{} MiB", bytes >> 20); }

} // namespace

TEST_CASE("officectl(1) states every limit the code enforces") {
    auto man = limits_section();
    auto states = [&](const std::string& heading) {
        INFO(heading);
        CHECK(man.find("\n.B " + heading + "\n") != std::string::npos);
    };
    CHECK(limits::k_line_bytes % limits::k_mib == 0);
    states("Lines: " + mib(limits::k_line_bytes));
    states("CSV fields: " + mib(limits::k_field_bytes));
    states("Records: " + mib(limits::k_record_bytes));
    states("Messages: " + mib(limits::k_message_bytes));
    states("Mail headers: " + mib(limits::k_mail_header_bytes));
    states(fmt::format("MIME parts: {}", limits::k_mime_parts));
    states(fmt::format("Occurrences: {}", limits::k_occurrences));
    states(fmt::format("Rule steps: {}", limits::k_rule_steps));
    states(fmt::format("Config: {}, {} levels", mib(limits::k_config_bytes), limits::k_config_depth));
    states(fmt::format("Table cells: {} columns", limits::k_cell_columns));
    states(fmt::format("Error messages: {} columns", limits::k_message_columns));
    states(fmt::format("Indicator queries: {}, {}", mib(limits::k_query_text_bytes),
                       mib(static_cast<std::size_t>(limits::k_query_heap_bytes))));
}
