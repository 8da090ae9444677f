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

TEST_CASE("tables nested deeper than the limit are refused with exit 78, before toml++ recurses") {
    // A 10 000-deep table crashed (SIGSEGV: recursion).
    auto dotted = [](int n, const char* sep) {
        std::string key = "a";
        for (int i = 1; i < n; ++i) {
            key += sep;
            key += "a";
        }
        return key;
    };
    CHECK(error_of(("[" + dotted(10000, ".") + "]\nx = 1\n").c_str()) == "config.toml:1: tables nested more than 16 deep (the limit)");
    CHECK(error_of(("\n" + dotted(10000, ".") + " = 1\n").c_str()) == "config.toml:2: tables nested more than 16 deep (the limit)");
    std::string inline_tables = "x = ";
    for (int i = 0; i < 10000; ++i) {
        inline_tables += "{a = ";
    }
    inline_tables += "1" + std::string(10000, '}') + "\n";
    CHECK(error_of(inline_tables.c_str()).find("tables nested more than 16 deep") != std::string::npos);
    // Dots in values, strings and comments are no nesting; many inline tables side by side neither.
    std::string side_by_side = "x = [";
    for (int i = 0; i < 40; ++i) {
        side_by_side += "{a.b = 1}, ";
    }
    side_by_side += "]\n";
    auto fine = error_of(("# " + dotted(40, ".") + "\ns = \"" + dotted(40, ".") + "\"\nf = 1.5\n" + side_by_side).c_str());
    CHECK(fine.find("nested") == std::string::npos); // refused for its unknown keys, not for depth
}

TEST_CASE("prefixes that cannot number the register are refused when the config is read") {
    CHECK(error_of("[mail]\nprefix_in = \"\"\n") ==
          "config.toml:2: mail.prefix_in: a prefix cannot be empty (numbers would read -2026-0002)");
    CHECK(error_of("[mail]\nprefix_out = \"UIT GAAND\"\n").find("no spaces") != std::string::npos);
    auto same = parse("[mail]\nprefix_in = \"POST\"\nprefix_out = \"post\"\n");
    CHECK_THROWS_WITH_AS(validate_config(same),
                         "config.toml:3: mail.prefix_out: \"post\" is also mail.prefix_in: incoming and outgoing items "
                         "would get the same numbers",
                         Error);
    CHECK_THROWS_WITH_AS(validate_config(parse("[mail]\nnote_prefix = \"IN\"\n")),
                         doctest::Contains("mail.note_prefix: \"IN\" is also mail.prefix_in"), Error);
    CHECK_NOTHROW(validate_config(parse("[mail]\nprefix_in = \"IN-BXL\"\nprefix_out = \"OUT-BXL\"\n")));
}

TEST_CASE("a config file larger than the limit, or a folder, is refused") {
    auto dir = std::filesystem::temp_directory_path() / "officectl_test_config_limits";
    std::filesystem::create_directories(dir);
    auto path = dir / "huge.toml";
    std::ofstream(path) << "# " << std::string(2 << 20, 'x') << "\n";
    CHECK_THROWS_WITH_AS(config::Config::load({path.string(), std::nullopt, std::nullopt, std::nullopt}, config_schema()),
                         doctest::Contains("larger than 1 MiB"), Error);
    CHECK_THROWS_WITH_AS(config::Config::load({"/dev/zero", std::nullopt, std::nullopt, std::nullopt}, config_schema()),
                         doctest::Contains("larger than 1 MiB"), Error);
    CHECK_THROWS_WITH_AS(config::Config::load({dir.string(), std::nullopt, std::nullopt, std::nullopt}, config_schema()),
                         doctest::Contains("it is a folder"), Error);
    std::filesystem::remove_all(dir);
}

TEST_CASE("locale.decimal says which separator of an amount is the decimal one") {
    CHECK(parse("").decimal_mark() == core::DecimalMark::unknown);
    CHECK(parse("[locale]\ndecimal = \"comma\"\n").decimal_mark() == core::DecimalMark::comma);
    CHECK(error_of("[locale]\ndecimal = \"dot\"\n") == "config.toml:2: locale.decimal: expected \"comma\" or \"point\"");
}
