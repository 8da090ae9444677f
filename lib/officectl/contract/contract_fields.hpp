#pragma once
// A contract's fields as text, the way `contract add/edit` options and the
// columns of `contract import` give them, and the one place that turns them into
// a Contract: parsing, the vendor (found or created), the owner, the renewal.

#include "officectl/contract/contract.hpp"
#include "officectl/store/txn.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace officectl::contract {

// The fields in the order of `contract export` and `contract import` columns.
inline constexpr std::array<std::string_view, 14> field_names{
    "reference", "title", "vendor", "category", "start", "end", "term",
    "notice", "renew", "amount", "per", "budget_line", "owner", "note"};

struct ContractFields {
    std::string reference, title, vendor, category, start, end, term, notice, renew, amount, per, budget_line, owner,
        note;
};

struct FieldRules {
    core::Date today;                  // for relative dates (`today`, `+3m`)
    std::string currency = "EUR";      // of an amount that names none
    core::DecimalMark decimal = core::DecimalMark::unknown;
    bool strict = false;               // refuse a vendor that is not a relation yet
    std::string_view prefix;           // how errors name a field: "--" (options) or "" (columns)
    bool whole_names = false;          // a vendor's name is given in full (an import): no partial match
};

// "auto:12m" -> automatic every 12m; "manual"; "none". Any other text is a
// data Error listing the three forms.
struct RenewalRule {
    Renewal renewal = Renewal::none;
    std::optional<core::Period> every;
};
RenewalRule parse_renewal(std::string_view text);
// "auto:12m", "manual", "none": what parse_renewal reads back.
std::string renewal_field(const Contract& c);

// Sets the fields given on `c` (an empty one keeps what `c` holds; an end
// replaces the term and a term the end). A new relation for the vendor is
// said in `notes`. Errors name the field: `--start: ...` or `start: ...`.
void apply_fields(store::Txn& txn, const ContractFields& fields, Contract& c, const FieldRules& rules,
                  std::vector<std::string>& notes);

} // namespace officectl::contract
