#pragma once
// An office's budget book: budgets per year with lines, commitments (orders
// not yet invoiced), spending (invoices), and purchase requests with the quotes
// that compete for them. Money is integer cents, entered excluding VAT; the VAT
// rate is kept with each amount.

#include "officectl/core/dates.hpp"
#include "officectl/core/money.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace officectl::budget {

struct Budget {
    std::int64_t id = 0;
    std::string name;                  // Facilitair 2027
    int year = 0;
    std::optional<std::string> owner;  // a team handle
};

struct Line {
    std::int64_t id = 0;
    std::int64_t budget_id = 0;
    std::string name;                  // Kantoorbenodigdheden
    std::optional<std::string> code;   // 6100
    std::array<std::int64_t, 12> by_month{}; // planned cents per month
    std::string currency = "EUR";
    std::int64_t planned() const;      // the year's total
};

enum class CommitmentStatus { open, invoiced, cancelled };

struct Commitment {
    std::int64_t id = 0;
    std::int64_t line_id = 0;
    std::string title;                 // Bestelling 2026-114
    core::Money amount;                // excl. VAT
    int vat = 0;                       // percent
    std::optional<std::int64_t> vendor_id; // a relation
    std::string vendor;                     // its name (read only)
    core::Date date;
    std::optional<std::int64_t> quote_id;
    CommitmentStatus status = CommitmentStatus::open;
    std::optional<std::string> note;   // `1200.00 USD at 0.9235`: what it was given in, when converted
};

struct Spending {
    std::int64_t id = 0;
    std::int64_t line_id = 0;
    core::Money amount;                // excl. VAT
    int vat = 0;
    core::Date date;
    std::optional<std::int64_t> vendor_id;
    std::string vendor;                     // read only
    std::optional<std::string> invoice;
    std::optional<std::int64_t> commitment_id;
    std::optional<std::string> note;        // what it was for (a bank's description)
    std::optional<std::string> import_key;  // set by `budget import`: what makes a re-import a duplicate
};

struct Request {
    std::int64_t id = 0;
    std::string title;                 // Nieuwe kopieermachine
    std::optional<std::int64_t> line_id;
    bool decided = false;
    core::Date created;
};

enum class QuoteStatus { offered, accepted, rejected };

struct Quote {
    std::int64_t id = 0;
    std::int64_t request_id = 0;
    std::int64_t vendor_id = 0;
    std::string vendor;                // read only
    core::Money amount;                // excl. VAT
    int vat = 0;
    std::optional<int> delivery_days;
    std::optional<int> warranty_months;
    std::map<std::string, int> scores; // quality=4, service=3 (0-5)
    std::optional<std::string> file;
    QuoteStatus status = QuoteStatus::offered;
    std::optional<std::string> conditions;
};

} // namespace officectl::budget
