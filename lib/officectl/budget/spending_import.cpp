#include "officectl/budget/spending_import.hpp"

#include "officectl/budget/budget_rules.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/io/file_digest.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace officectl::budget {
namespace {

// The header index of each field present in the file.
std::map<std::string, std::size_t> locate(const io::CsvReader& csv, const ImportColumns& columns) {
    std::map<std::string, std::size_t> at;
    for (const auto& [field, header] : columns.header_of) {
        if (auto i = csv.column(header)) {
            at[field] = *i;
        }
    }
    for (const auto& field : columns.mapped) {
        if (!at.contains(field)) {
            throw data_error(fmt::format("{}:1: no column \"{}\" for {} (the columns are: {})", csv.name(),
                                         columns.header_of.at(field), field, core::join(csv.header(), ", ")));
        }
    }
    for (const char* required : {"date", "amount"}) {
        if (!at.contains(required)) {
            throw data_error(fmt::format("{}:1: no column \"{}\" (name it with --map {}=COLUMN; the columns are: {})",
                                         csv.name(), columns.header_of.at(required), required,
                                         core::join(csv.header(), ", ")));
        }
    }
    return at;
}

} // namespace

ImportColumns parse_column_map(std::string_view text) {
    ImportColumns columns;
    for (const auto& part : core::split(text, ',')) {
        auto eq = part.find('=');
        auto field = core::to_lower(core::trim(std::string_view(part).substr(0, eq)));
        if (eq == std::string::npos || core::trim(std::string_view(part).substr(eq + 1)).empty()) {
            throw data_error(fmt::format("\"{}\": expected field=COLUMN, such as date=Datum", part));
        }
        if (!columns.header_of.contains(field)) {
            throw data_error(fmt::format("\"{}\": no such field (date, amount, vat, vendor, invoice, note, line)", field));
        }
        if (std::find(columns.mapped.begin(), columns.mapped.end(), field) != columns.mapped.end()) {
            throw data_error(fmt::format("\"{}\": mapped twice", field));
        }
        columns.header_of[field] = std::string(core::trim(std::string_view(part).substr(eq + 1)));
        columns.mapped.push_back(field);
    }
    return columns;
}

SpendingImportResult import_spending(store::Txn& txn, io::CsvReader& csv, const SpendingImportOptions& options) {
    auto& db = txn.db();
    auto at = locate(csv, options.columns);
    ImportOccurrences occurrences(db);
    // Vendors and lines by the text that names them: an export repeats a few names
    // many times (this grows with the names, not the rows).
    std::map<std::string, std::optional<std::int64_t>> vendors;
    std::map<std::string, Line> lines;
    std::optional<Line> default_line;
    if (options.line_id) {
        default_line = find_line(db, std::to_string(*options.line_id));
    }
    SpendingImportResult result;
    io::CsvRow row;
    while (csv.next(row)) {
        auto get = [&](const char* field) {
            auto it = at.find(field);
            return it == at.end() ? std::string() : std::string(core::trim(row.fields[it->second]));
        };
        try {
            Spending s;
            auto line_text = get("line");
            const Line* line = nullptr;
            if (!line_text.empty()) {
                auto it = lines.find(line_text);
                if (it == lines.end()) {
                    it = lines.emplace(line_text, find_line(db, line_text)).first;
                }
                line = &it->second;
            } else if (default_line) {
                line = &*default_line;
            } else {
                throw data_error("no budget line: give --line or a line column");
            }
            s.line_id = line->id;
            auto date_text = get("date");
            auto date = core::parse_export_date(date_text);
            if (!date) {
                throw data_error(fmt::format("date \"{}\": expected 2027-02-03 or 3/2/2027", date_text));
            }
            s.date = *date;
            check_spending_date(db, *line, s.date, std::nullopt);
            auto amount_text = get("amount");
            if (amount_text.empty()) {
                throw data_error("no amount");
            }
            // An amount that names no currency is in its line's; one that names
            // another is refused by add_spending (never added to the line's).
            s.amount = core::parse_money(amount_text, line->currency, options.decimal);
            if (options.negate) {
                s.amount.cents = -s.amount.cents;
            }
            if (s.amount.cents == 0) { // a bank's information row (a fee waived, a balance line): no payment
                ++result.zero_skipped;
                continue;
            }
            bool credit = s.amount.cents < 0;
            if (credit && options.credits == Credits::refuse) {
                throw data_error(fmt::format(
                    "amount \"{}\" is money in, not spending (a refund, a credit note{}): say what the file's credits are "
                    "with --credits refund (booked against the line) or --credits skip",
                    amount_text, options.negate ? "" : "; a bank's export, where spending is negative, needs --negate"));
            }
            if (credit && options.credits == Credits::skip) {
                ++result.credits_skipped;
                continue;
            }
            auto vat_text = get("vat");
            s.vat = vat_text.empty() ? options.vat : parse_vat(vat_text);
            if (options.incl_vat) {
                s.amount.cents = without_vat(s.amount.cents, s.vat);
            }
            auto vendor = get("vendor");
            if (auto invoice = get("invoice"); !invoice.empty()) {
                s.invoice = invoice;
            }
            if (auto note = get("note"); !note.empty()) {
                s.note = note;
            }
            auto base = io::sha256_hex(fmt::format("spending\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", s.line_id,
                                                   core::format_date(s.date), s.amount.cents, s.vat,
                                                   core::to_lower(vendor), s.invoice.value_or(""), s.note.value_or("")));
            s.import_key = fmt::format("{}#{}", base, occurrences.next(base));
            if (spending_imported(db, *s.import_key) ||
                (s.invoice && invoice_entered(db, s.line_id, *s.invoice, s.amount.cents))) {
                ++result.duplicates;
                continue;
            }
            if (!vendor.empty() && options.vendor_id) {
                auto key = core::to_lower(vendor);
                auto it = vendors.find(key);
                if (it == vendors.end()) {
                    it = vendors.emplace(key, options.vendor_id(txn, vendor)).first;
                }
                s.vendor_id = it->second;
            }
            add_spending(txn, s);
            ++result.added;
            result.added_total.add(s.amount);
            if (credit) {
                ++result.refunds;
                result.refund_total.add(s.amount);
            }
            ++result.added_per_line[s.line_id];
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("{}:{}: {}", csv.name(), row.line, e.what()));
        }
    }
    return result;
}

} // namespace officectl::budget
