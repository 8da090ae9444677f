#include "officectl/config/config.hpp"
#include "officectl/core/error.hpp"
#include "officectl/office.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace officectl;

namespace {

config::Config parse(const char* text) { return config::Config::parse(text, "config.toml", config_schema()); }

// The error message of parsing `text`, checking it is a config error (78).
std::string error_of(const char* text) {
    try {
        parse(text);
    } catch (const Error& e) {
        CHECK(e.code() == ExitCode::config);
        return e.what();
    }
    return "accepted";
}

} // namespace

TEST_CASE("defaults when nothing is set") {
    config::Config c(config_schema());
    CHECK(c.zone() == "Europe/Brussels");
    CHECK(c.language() == core::Language::nl);
    CHECK(c.currency() == "EUR");
    CHECK(c.work_days().to_string() == "mon-fri");
    CHECK(c.work_hours().minutes() == 8 * 60);
    CHECK_FALSE(c.store_path());
}

TEST_CASE("values from the file, with their line as origin") {
    auto c = parse("[time]\nzone = \"America/New_York\"\n[locale]\nlanguage = \"fr\"\n"
                   "[holidays]\nextra = [\"2026-12-24\", { date = \"2026-12-31\", name = \"Oudejaar\" }, 2027-01-02]\n");
    CHECK(c.zone() == "America/New_York");
    CHECK(c.language() == core::Language::fr);
    auto days = c.get_days("holidays.extra");
    REQUIRE(days.size() == 3);
    CHECK(days[1].name == "Oudejaar");
    CHECK(core::format_date(days[2].date) == "2027-01-02");
    bool found = false;
    for (const auto& e : c.entries()) {
        if (e.key == "time.zone") {
            CHECK(e.origin == "config.toml:2");
            CHECK(e.value == "\"America/New_York\"");
            found = true;
        }
        if (e.key == "work.days") {
            CHECK(e.origin == "default");
        }
    }
    CHECK(found);
    CHECK_FALSE(c.calendar().is_working_day(core::Date{date::year{2026}, date::December, date::day{24}}));
}

TEST_CASE("unknown keys, wrong types and bad values name file, line and key") {
    CHECK(error_of("[time]\nzon = \"Europe/Brussels\"\n") == "config.toml:2: unknown key \"time.zon\"");
    CHECK(error_of("[time]\nzone = 3\n") == "config.toml:2: time.zone: expected a string");
    CHECK(error_of("[time]\nzone = \"Mars/Olympus\"\n").find("config.toml:2: time.zone: unknown time zone") == 0);
    CHECK(error_of("[locale]\nlanguage = \"de\"\n") == "config.toml:2: locale.language: expected nl, fr or en");
    CHECK(error_of("[work]\nhours = \"17:00-09:00\"\n").find("config.toml:2: work.hours") == 0);
    CHECK(error_of("[holidays]\nextra = [\"2026-02-30\"]\n").find("config.toml:2: holidays.extra") == 0);
    CHECK(error_of("[time\nzone = 1").find("config.toml:1:") == 0);
    CHECK(error_of("store = 1\n") == "config.toml:1: unknown key \"store\"");
}

TEST_CASE("loading: a missing default file means defaults, a named one must exist") {
    auto dir = std::filesystem::temp_directory_path() / "officectl-config-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "officectl");
    auto c = config::Config::load({std::nullopt, std::nullopt, (dir / "none").string(), std::nullopt}, config_schema());
    CHECK_FALSE(c.file_loaded());
    try {
        config::Config::load({(dir / "missing.toml").string(), std::nullopt, std::nullopt, std::nullopt}, config_schema());
        FAIL("accepted a missing --config");
    } catch (const Error& e) {
        CHECK(e.code() == ExitCode::no_input);
    }
    std::ofstream(dir / "officectl" / "config.toml") << "[locale]\ncurrency = \"USD\"\n";
    auto from_xdg = config::Config::load({std::nullopt, std::nullopt, dir.string(), std::nullopt}, config_schema());
    CHECK(from_xdg.file_loaded());
    CHECK(from_xdg.currency() == "USD");
    // OFFICECTL_CONFIG beats XDG; --config beats both.
    std::ofstream(dir / "env.toml") << "[locale]\ncurrency = \"GBP\"\n";
    auto from_env = config::Config::load({std::nullopt, (dir / "env.toml").string(), dir.string(), std::nullopt}, config_schema());
    CHECK(from_env.currency() == "GBP");
    std::filesystem::remove_all(dir);
}
