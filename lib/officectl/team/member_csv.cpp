#include "officectl/team/member_csv.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/team/member_rules.hpp"
#include "officectl/team/member_store.hpp"

#include <fmt/format.h>

#include <array>
#include <map>

namespace officectl::team {
namespace {

constexpr std::array<std::string_view, 10> k_columns{"handle", "manager", "name", "email", "role",
                                                     "hours", "days",    "start", "end",   "lang"};

std::optional<std::string> text_or_empty(const std::string& field) {
    auto t = core::trim(field);
    if (t.empty()) {
        return std::nullopt;
    }
    return std::string(t);
}

// Applies the row's present columns to `m`.
void apply_row(Member& m, const std::map<std::string_view, std::size_t>& cols, const io::CsvRow& row,
               core::Date today) {
    auto field = [&](std::string_view name) -> std::optional<std::optional<std::string>> {
        auto it = cols.find(name);
        if (it == cols.end()) {
            return std::nullopt; // column absent: leave the field alone
        }
        return text_or_empty(row.fields[it->second]);
    };
    if (auto v = field("name")) {
        m.name = v->value_or("");
    }
    if (auto v = field("email")) {
        m.email = *v;
    }
    if (auto v = field("role")) {
        m.role = *v;
    }
    if (auto v = field("manager")) {
        m.manager = *v;
    }
    if (auto v = field("hours")) {
        m.minutes_per_week = *v ? std::optional<int>(parse_weekly_hours(**v)) : std::nullopt;
    }
    if (auto v = field("days")) {
        m.work_days = *v ? std::optional<core::WorkWeek>(core::WorkWeek::parse(**v)) : std::nullopt;
    }
    if (auto v = field("start")) {
        m.start = *v ? std::optional<core::Date>(core::parse_date(**v, today)) : std::nullopt;
    }
    if (auto v = field("end")) {
        m.end = *v ? std::optional<core::Date>(core::parse_date(**v, today)) : std::nullopt;
    }
    if (auto v = field("lang")) {
        if (*v && !core::parse_language(**v)) {
            throw data_error(fmt::format("invalid language \"{}\": expected nl, fr or en", **v));
        }
        m.lang = *v ? core::parse_language(**v) : std::nullopt;
    }
}

struct PendingRow {
    int line = 0;
    Member member;
    std::optional<Member> stored;
};

} // namespace

ImportCounts import_members(store::Txn& txn, io::CsvReader& csv, core::Date today) {
    auto& db = txn.db();
    std::map<std::string_view, std::size_t> cols;
    for (size_t i = 0; i < csv.header().size(); ++i) {
        auto name = core::to_lower(csv.header()[i]);
        bool known = false;
        for (auto c : k_columns) {
            if (c == name) {
                cols[c] = i;
                known = true;
            }
        }
        if (!known) {
            throw data_error(fmt::format("{}:1: unknown column \"{}\" (expected handle, name, email, role, manager, "
                                         "hours, days, start, end, lang)",
                                         csv.name(), csv.header()[i]));
        }
    }
    if (!cols.contains("handle")) {
        throw data_error(fmt::format("{}:1: a \"handle\" column is required", csv.name()));
    }
    // Read and check every row first, so a bad row anywhere imports nothing.
    std::vector<PendingRow> rows;
    std::map<std::string, int> seen; // handle -> line
    io::CsvRow row;
    while (csv.next(row)) {
        try {
            PendingRow p;
            p.line = row.line;
            auto handle = std::string(core::trim(row.fields[cols["handle"]]));
            check_handle(handle);
            if (auto it = seen.find(handle); it != seen.end()) {
                throw data_error(fmt::format("handle \"{}\" already appears on line {}", handle, it->second));
            }
            seen[handle] = row.line;
            p.stored = find_member(db, handle);
            p.member = p.stored ? *p.stored : Member{};
            p.member.handle = handle;
            apply_row(p.member, cols, row, today);
            check_member(p.member);
            rows.push_back(std::move(p));
        } catch (const Error& e) {
            throw Error(e.code(), fmt::format("{}:{}: {}", csv.name(), row.line, e.what()));
        }
    }
    // Write in an order where every manager exists before the people they manage.
    ImportCounts counts;
    std::vector<bool> done(rows.size(), false);
    for (size_t left = rows.size(); left > 0;) {
        size_t progress = 0;
        for (size_t i = 0; i < rows.size(); ++i) {
            auto& p = rows[i];
            if (done[i] || (p.member.manager && !find_member(db, *p.member.manager) && seen.contains(*p.member.manager))) {
                continue;
            }
            try {
                if (!p.stored) {
                    add_member(txn, p.member);
                    ++counts.added;
                } else if (update_member(txn, p.member)) {
                    ++counts.updated;
                } else {
                    ++counts.unchanged;
                }
            } catch (const Error& e) {
                throw Error(e.code(), fmt::format("{}:{}: {}", csv.name(), p.line, e.what()));
            }
            done[i] = true;
            ++progress;
        }
        if (progress == 0) {
            for (size_t i = 0; i < rows.size(); ++i) {
                if (!done[i]) {
                    throw data_error(fmt::format("{}:{}: managers form a cycle through {}", csv.name(), rows[i].line,
                                                 rows[i].member.handle));
                }
            }
        }
        left -= progress;
    }
    return counts;
}

render::Table export_members(store::Database& db, core::Date today) {
    MemberFilter all;
    all.all = true;
    render::Table t;
    t.column("handle").column("name").column("email").column("role").column("manager");
    t.column("hours", render::ColumnType::decimal).column("days");
    t.column("start", render::ColumnType::date).column("end", render::ColumnType::date).column("lang");
    for (const auto& m : list_members(db, all, today)) {
        t.add_row({m.handle, m.name, render::cell_or_empty(m.email), render::cell_or_empty(m.role),
                   render::cell_or_empty(m.manager),
                   m.minutes_per_week ? render::Cell{*m.minutes_per_week / 60.0} : render::Cell{},
                   m.work_days ? render::Cell{m.work_days->to_string()} : render::Cell{}, render::cell_or_empty(m.start),
                   render::cell_or_empty(m.end),
                   m.lang ? render::Cell{std::string(core::language_code(*m.lang))} : render::Cell{}});
    }
    return t;
}

} // namespace officectl::team
