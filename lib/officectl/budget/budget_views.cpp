#include "officectl/budget/budget_views.hpp"

#include "officectl/budget/budget_rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace officectl::budget {

using render::Cell;
using render::ColumnType;

namespace {

core::Money money(std::int64_t cents, const std::string& currency) { return core::Money{cents, currency}; }

std::string scores_text(const Quote& q) {
    std::string out;
    for (const auto& [k, v] : q.scores) {
        out += fmt::format("{}{}={}", out.empty() ? "" : ",", k, v);
    }
    return out;
}

struct LineRow {
    Line line;
    LineFigures figures;
    std::int64_t forecast = 0;
    std::string mark;
    int other_currency = 0; // bookings not in the line's currency, left out of its figures
};

std::vector<LineRow> line_rows(store::Database& db, const Budget& b, std::optional<unsigned> month, core::Date as_of) {
    auto first = core::Date{date::year{b.year}, date::January, date::day{1}};
    auto until = month ? core::month_of(core::Date{date::year{b.year}, date::month{*month}, date::day{1}}).to : as_of;
    auto sums = line_sums(db, b.id, first, until);
    std::vector<LineRow> out;
    for (auto& l : list_lines(db, b.id)) {
        LineRow r{l, {}, 0, ""};
        if (month) {
            for (unsigned m = 0; m < *month; ++m) {
                r.figures.planned += l.by_month[m];
            }
        } else {
            r.figures.planned = l.planned();
        }
        if (auto it = sums.find(l.id); it != sums.end()) {
            r.figures.committed = it->second.committed;
            r.figures.spent = it->second.spent;
            r.other_currency = it->second.other_currency;
        }
        r.forecast = forecast_year_end(r.figures, b.year, until);
        r.mark = mark(r.figures, l.planned(), r.forecast);
        out.push_back(std::move(r));
    }
    return out;
}

render::Table line_table(const std::vector<LineRow>& rows, std::string title = "") {
    render::Table t(std::move(title));
    t.column("id", ColumnType::integer).column("code").column("line").column("planned", ColumnType::money);
    t.column("committed", ColumnType::money).column("spent", ColumnType::money).column("remaining", ColumnType::money);
    t.column("used_pct", ColumnType::integer).column("forecast", ColumnType::money).column("mark");
    for (const auto& r : rows) {
        const auto& c = r.line.currency;
        t.add_row({r.line.id, render::cell_or_empty(r.line.code), r.line.name, money(r.figures.planned, c),
                   money(r.figures.committed, c), money(r.figures.spent, c), money(r.figures.remaining(), c),
                   r.figures.percent_used(), money(r.forecast, c), r.mark});
        if (!r.mark.empty()) { // over and forecast over are off target; near is a warning
            t.mark(t.rows().size() - 1, "mark", r.mark == "near" ? render::Mark::late : render::Mark::off_target);
        }
    }
    // -o html draws planned, committed and spent side by side; amounts in
    // different currencies are never drawn on one scale.
    bool one_currency = std::all_of(rows.begin(), rows.end(),
                                    [&](const LineRow& r) { return r.line.currency == rows.front().line.currency; });
    if (one_currency) {
        t.chart({render::Chart::Kind::bars, {"planned", "committed", "spent"}, "line", {}});
    }
    return t;
}

} // namespace

render::Table budgets_table(const std::vector<Budget>& budgets) {
    render::Table t;
    t.column("id", ColumnType::integer).column("name").column("year", ColumnType::integer).column("owner");
    for (const auto& b : budgets) {
        t.add_row({b.id, b.name, std::int64_t{b.year}, render::cell_or_empty(b.owner)});
    }
    return t;
}

render::Table budget_lines_table(store::Database& db, const Budget& b, std::optional<unsigned> month, core::Date as_of) {
    auto rows = line_rows(db, b, month, as_of);
    auto t = line_table(rows);
    if (rows.empty()) {
        return t;
    }
    // One total per currency: lines in EUR and in USD are never added together.
    std::vector<std::string> currencies;
    for (const auto& x : rows) {
        if (std::find(currencies.begin(), currencies.end(), x.line.currency) == currencies.end()) {
            currencies.push_back(x.line.currency);
        }
    }
    for (const auto& c : currencies) {
        LineFigures total;
        std::int64_t forecast = 0;
        for (const auto& x : rows) {
            if (x.line.currency == c) {
                total.planned += x.figures.planned;
                total.committed += x.figures.committed;
                total.spent += x.figures.spent;
                forecast += x.forecast;
            }
        }
        t.add_total_row({Cell{}, Cell{}, currencies.size() == 1 ? std::string("Total") : "Total " + c, money(total.planned, c),
                   money(total.committed, c), money(total.spent, c), money(total.remaining(), c),
                   std::int64_t{total.percent_used()}, money(forecast, c), Cell{}});
    }
    return t;
}

render::Report budget_report(store::Database& db, const Budget& b, std::optional<unsigned> month, core::Date as_of) {
    render::Report r;
    r.title = month ? fmt::format("Budget {} through {}-{:02} (amounts excl. VAT)", b.name, b.year, *month)
                    : fmt::format("Budget {} on {} (amounts excl. VAT)", b.name, core::format_date(as_of));
    auto t = budget_lines_table(db, b, month, as_of);
    render::Section lines{"Lines", {}};
    if (t.empty()) {
        lines.paragraph(fmt::format("No lines yet: `officectl budget line add \"{}\" NAME --amount ...`", b.name));
    } else {
        lines.table(std::move(t));
        lines.paragraph("Forecast: the year-end spending at the pace so far, at least what is spent and committed. "
                        "Marks: over (spent + committed above plan), forecast over, near (90% used).");
        for (const auto& r : line_rows(db, b, month, as_of)) {
            if (r.other_currency > 0) {
                lines.paragraph(fmt::format("Line {} \"{}\" has {} booking{} in another currency than its {}, "
                                            "not counted above.",
                                            r.line.id, r.line.name, r.other_currency, r.other_currency == 1 ? "" : "s",
                                            r.line.currency));
            }
        }
    }
    r.sections.push_back(std::move(lines));
    return r;
}

render::Table commitments_table(const std::vector<Commitment>& commitments) {
    render::Table t;
    t.column("id", ColumnType::integer).column("line", ColumnType::integer).column("title").column("vendor");
    t.column("date", ColumnType::date).column("amount", ColumnType::money).column("vat_pct", ColumnType::integer);
    t.column("status").column("note");
    for (const auto& c : commitments) {
        t.add_row({c.id, c.line_id, c.title, c.vendor.empty() ? Cell{} : Cell{c.vendor}, c.date, c.amount,
                   std::int64_t{c.vat}, std::string(commitment_status_name(c.status)), render::cell_or_empty(c.note)});
    }
    return t;
}

render::Table spending_table(const std::vector<Spending>& spending) {
    render::Table t;
    t.column("id", ColumnType::integer).column("date", ColumnType::date).column("line", ColumnType::integer);
    t.column("vendor").column("invoice").column("amount", ColumnType::money).column("vat_pct", ColumnType::integer);
    t.column("commitment", ColumnType::integer).column("note");
    for (const auto& s : spending) {
        t.add_row({s.id, s.date, s.line_id, s.vendor.empty() ? Cell{} : Cell{s.vendor}, render::cell_or_empty(s.invoice),
                   s.amount, std::int64_t{s.vat}, render::cell_or_empty(s.commitment_id), render::cell_or_empty(s.note)});
    }
    return t;
}

render::Section commitments_section(store::Database& db, const Budget& b) {
    render::Section s{"Open commitments", {}};
    std::vector<Commitment> open;
    for (const auto& l : list_lines(db, b.id)) {
        auto c = list_commitments(db, l.id, false);
        open.insert(open.end(), c.begin(), c.end());
    }
    if (open.empty()) {
        s.paragraph("None: every order has its invoice.");
    } else {
        s.table(commitments_table(open));
    }
    return s;
}

render::Table requests_table(store::Database& db, const std::vector<Request>& requests) {
    render::Table t;
    t.column("id", ColumnType::integer).column("title").column("line", ColumnType::integer);
    t.column("created", ColumnType::date).column("quotes", ColumnType::integer).column("status");
    for (const auto& r : requests) {
        t.add_row({r.id, r.title, render::cell_or_empty(r.line_id), r.created,
                   static_cast<std::int64_t>(list_quotes(db, r.id).size()), r.decided ? "decided" : "open"});
    }
    return t;
}

render::Table quotes_table(const std::vector<Quote>& quotes) {
    render::Table t;
    t.column("id", ColumnType::integer).column("vendor").column("amount", ColumnType::money);
    t.column("incl_vat", ColumnType::money).column("delivery_days", ColumnType::integer);
    t.column("warranty_months", ColumnType::integer).column("scores").column("status").column("conditions");
    for (const auto& q : quotes) {
        auto s = q.status == QuoteStatus::accepted ? "accepted" : q.status == QuoteStatus::rejected ? "rejected" : "offered";
        t.add_row({q.id, q.vendor, q.amount, core::Money{with_vat(q.amount.cents, q.vat), q.amount.currency},
                   render::cell_or_empty(q.delivery_days ? std::optional<std::int64_t>(*q.delivery_days) : std::nullopt),
                   render::cell_or_empty(q.warranty_months ? std::optional<std::int64_t>(*q.warranty_months) : std::nullopt),
                   scores_text(q), std::string(s), render::cell_or_empty(q.conditions)});
    }
    return t;
}

render::Table comparison_table(const std::vector<Ranked>& ranked, const Weights& weights) {
    render::Table t;
    t.column("rank", ColumnType::integer).column("quote", ColumnType::integer).column("vendor");
    t.column("amount", ColumnType::money);
    for (const auto& [criterion, weight] : weights) {
        t.column(fmt::format("{}_x{}", criterion, weight), ColumnType::decimal);
    }
    t.column("total", ColumnType::decimal);
    for (const auto& r : ranked) {
        std::vector<Cell> row{std::int64_t{r.rank}, r.quote.id, r.quote.vendor, r.quote.amount};
        // Cells built in place (a moved temporary variant trips g++ 12's maybe-uninitialized).
        for (const auto& c : r.contributions) {
            if (c.normalised) {
                row.emplace_back(std::round(c.weighted * 1000) / 1000);
            } else {
                row.emplace_back();
            }
        }
        row.emplace_back(std::round(r.total * 1000) / 1000);
        t.add_row(std::move(row));
    }
    return t;
}

render::Section budget_weekly_section(store::Database& db, core::Date today) {
    render::Section s{"Budget", {}};
    int year = static_cast<int>(today.year());
    std::vector<LineRow> flagged;
    int budgets = 0;
    for (const auto& b : list_budgets(db)) {
        if (b.year != year) {
            continue;
        }
        ++budgets;
        for (auto& r : line_rows(db, b, std::nullopt, today)) {
            if (!r.mark.empty()) {
                r.line.name = b.name + " / " + r.line.name;
                flagged.push_back(std::move(r));
            }
        }
    }
    if (budgets == 0) {
        s.paragraph(fmt::format("No budget for {}.", year));
    } else if (flagged.empty()) {
        s.paragraph(fmt::format("No budget line of {} is over, near or forecast over its plan.", year));
    } else {
        s.table(line_table(flagged, "Lines over or near their plan (excl. VAT)"));
    }
    auto open = list_commitments(db, std::nullopt, false);
    if (!open.empty()) {
        auto t = commitments_table(open);
        s.table(render::Table(t));
        s.paragraph(fmt::format("{} commitment{} awaiting an invoice.", open.size(), open.size() == 1 ? "" : "s"));
    }
    std::vector<Request> waiting;
    for (auto& r : list_requests(db, false)) {
        if (!list_quotes(db, r.id).empty()) {
            waiting.push_back(std::move(r));
        }
    }
    if (!waiting.empty()) {
        s.table(requests_table(db, waiting));
        s.paragraph(fmt::format("{} request{} with quotes awaiting a decision.", waiting.size(),
                                waiting.size() == 1 ? "" : "s"));
    }
    return s;
}

} // namespace officectl::budget
