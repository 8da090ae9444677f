#pragma once
// Contracts with suppliers (maintenance, service, leases, insurance) and the
// obligations and incidents tied to them. The costly mistake is a missed
// notice deadline: the rules in contract_rules.hpp compute every one.

#include "officectl/core/choices.hpp"
#include "officectl/core/dates.hpp"
#include "officectl/core/money.hpp"
#include "officectl/core/period.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace officectl::contract {

enum class Renewal { none, manual, automatic };
enum class Per { month, quarter, year, once };
inline constexpr core::Choices<Per, 4> pers{{{{Per::month, "month"}, {Per::quarter, "quarter"}, {Per::year, "year"}, {Per::once, "once"}}}};
std::string_view per_name(Per p);
std::optional<Per> parse_per(std::string_view word);

struct Contract {
    std::int64_t id = 0;
    std::optional<std::string> reference; // the office's own number (CON-0001 unless given): what an import matches
    std::string title;
    std::int64_t vendor_id = 0;
    std::string vendor;                    // the relation's name (read only)
    std::optional<std::string> category;   // maintenance, service, lease, insurance, ...
    core::Date start;
    std::optional<core::Date> end;         // the first term's last day; or from `term`
    std::optional<core::Period> term;      // the first term's length
    std::optional<core::Period> notice;
    Renewal renewal = Renewal::none;
    std::optional<core::Period> renew_every; // automatic: each new term's length
    std::optional<core::Money> amount;
    Per per = Per::year;
    std::optional<std::string> budget_line;
    std::optional<std::string> owner;      // a handle
    std::optional<core::Date> ended;       // terminated: the last day
    std::optional<core::Date> notice_given;
    std::optional<std::string> note;
    std::optional<std::int64_t> dossier_id; // the dossier that holds its papers
    std::string dossier;                    // "DOS-0003 Ricoh" (read only)
    friend bool operator==(const Contract&, const Contract&) = default;
};

// One term of a contract: the first, or one of its automatic renewals.
struct Term {
    int number = 1;
    core::Date from;
    core::Date to; // inclusive
};

struct Obligation {
    std::int64_t id = 0;
    std::int64_t contract_id = 0;
    std::string title;          // Technische keuring
    core::Period every;
    core::Date next;
    core::Period lead;          // how long before it comes up
};

enum class Severity { low, normal, high };
inline constexpr core::Choices<Severity, 3> severities{
    {{{Severity::low, "low"}, {Severity::normal, "normal"}, {Severity::high, "high"}}}};

struct Incident {
    std::int64_t id = 0;
    std::int64_t contract_id = 0;
    std::string title;
    core::Date date;
    Severity severity = Severity::normal;
    std::optional<core::Date> closed;
};

// A date that needs acting on: a notice deadline, a term's end, an obligation.
struct Deadline {
    core::Date date;
    std::string what;      // "notice", "term ends", "obligation"
    std::int64_t contract_id = 0;
    std::string contract;  // its title
    std::string vendor;
    std::string detail;    // "term 3 ends 2027-12-31", "Technische keuring"
};

} // namespace officectl::contract
