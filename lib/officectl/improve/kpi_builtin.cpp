#include "officectl/improve/kpi_builtin.hpp"

#include "officectl/improve/improve_rules.hpp"

#include "officectl/absence/absence_settings.hpp"
#include "officectl/absence/planning.hpp"
#include "officectl/agenda/meeting_store.hpp"
#include "officectl/budget/budget_store.hpp"
#include "officectl/contract/contract_rules.hpp"
#include "officectl/contract/contract_store.hpp"
#include "officectl/dossier/dossier_kinds.hpp"
#include "officectl/dossier/dossier_retention.hpp"
#include "officectl/dossier/dossier_views.hpp"
#include "officectl/mail/item_store.hpp"
#include "officectl/mail/mail_stats.hpp"
#include "officectl/mail/note_store.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/teamwork/task_store.hpp"

#include <algorithm>
#include <functional>
#include <map>

namespace officectl::improve {
namespace {

using Values = std::vector<std::optional<double>>;
using Periods = std::vector<core::DateRange>;


// The day a period is measured on: its last day, or today while it runs.
core::Date as_of(core::DateRange period, core::Date today) { return std::min(period.to, today); }

// Calls `value` for each period that has begun; later periods stay empty.
Values per_period(const Periods& periods, core::Date today, const std::function<double(core::DateRange, core::Date)>& value) {
    Values out;
    for (const auto& p : periods) {
        out.push_back(p.from > today ? std::nullopt : std::optional(value(p, as_of(p, today))));
    }
    return out;
}

Values mail_answer_days(store::Database& db, const Periods& periods, core::Date today) {
    auto rows = mail::stats_rows(db, {periods.front().from, periods.back().to});
    Values out;
    for (const auto& p : periods) {
        std::vector<int> days;
        for (const auto& r : rows) {
            if (r.direction == mail::Direction::in && p.contains(r.date) && r.answered && *r.answered <= as_of(p, today)) {
                days.push_back(core::days_between(r.date, *r.answered));
            }
        }
        out.push_back(p.from > today ? std::nullopt : mail::median(days));
    }
    return out;
}

Values followups_overdue(store::Database& db, const Periods& periods, core::Date today) {
    auto rows = mail::late_rows(db, periods.back().to); // only items that were ever overdue
    return per_period(periods, today, [&](core::DateRange, core::Date day) {
        return static_cast<double>(std::count_if(rows.begin(), rows.end(), [&](const mail::StatsRow& r) {
            bool still_open = !r.answered || *r.answered > day;
            bool awaited = r.status == mail::Status::open || r.status == mail::Status::waiting || r.answered;
            return r.direction == mail::Direction::in && r.date <= day && r.due && *r.due < day && still_open && awaited;
        }));
    });
}

Values notice_missed(store::Database& db, const config::Config& config, const Periods& periods, core::Date today) {
    auto calendar = config.calendar();
    // Every passed notice deadline of an automatically renewing contract that
    // went by without notice: the contract renewed itself.
    std::vector<core::Date> missed;
    for (const auto& c : contract::list_contracts(db, {})) {
        if (c.renewal != contract::Renewal::automatic) {
            continue;
        }
        auto t = contract::term_on(c, c.start);
        for (int guard = 0; t && guard < 200 && t->from <= today; ++guard) {
            if (auto n = contract::notice_deadline(c, *t, calendar); n && *n < today) {
                bool handled = (c.notice_given && *c.notice_given <= *n) || (c.ended && *c.ended <= *n);
                if (!handled) {
                    missed.push_back(*n);
                }
            }
            if (c.ended && *c.ended <= t->to) {
                break;
            }
            t = contract::term_on(c, core::add_days(t->to, 1));
        }
    }
    return per_period(periods, today, [&](core::DateRange p, core::Date day) {
        return static_cast<double>(
            std::count_if(missed.begin(), missed.end(), [&](core::Date d) { return p.from <= d && d <= day; }));
    });
}

Values dossier_completeness(store::Database& db, const config::Config& config, const Periods& periods, core::Date today) {
    auto kinds = dossier::load_kinds(config);
    auto dossiers = dossier::list_dossiers(db, {});
    return Values(per_period(periods, today, [&](core::DateRange, core::Date day) {
        std::vector<dossier::Dossier> open;
        for (const auto& d : dossiers) {
            if (d.opened <= day && (!d.closed || *d.closed > day)) {
                open.push_back(d);
            }
        }
        if (open.empty()) {
            return -1.0;
        }
        auto rows = dossier::check_dossiers(db, std::move(open), kinds, day);
        auto complete = std::count_if(rows.begin(), rows.end(), [](const dossier::CheckRow& r) { return r.complete(); });
        return static_cast<double>(complete) * 100.0 / static_cast<double>(rows.size());
    }));
}

Values retention_overdue(store::Database& db, const config::Config& config, const Periods& periods, core::Date today) {
    auto items = dossier::retention_due(db, dossier::load_kinds(config), today);
    return per_period(periods, today, [&](core::DateRange, core::Date day) {
        return static_cast<double>(std::count_if(items.begin(), items.end(), [&](const dossier::RetentionItem& i) {
            return i.due < day && !i.dossier.hold;
        }));
    });
}

struct SickFigures {
    double sick_days = 0;
    double working_days = 0;
    int spells = 0;
    int people = 0;
};

SickFigures sick_figures(store::Database& db, const core::Calendar& calendar, const std::vector<team::Member>& members,
                         const std::vector<absence::Leave>& sick, core::DateRange p, core::Date day) {
    SickFigures f;
    for (const auto& m : members) {
        auto from = std::max(p.from, m.start.value_or(p.from));
        auto to = std::min(day, m.end.value_or(day));
        if (from > to) {
            continue;
        }
        ++f.people;
        f.working_days += calendar.working_days_between(from, to, m.work_days ? &*m.work_days : nullptr);
    }
    for (const auto& l : sick) {
        if (l.overlaps(p.from, day)) {
            f.sick_days += absence::count_for(db, calendar, l, p.from, day).days;
        }
        if (p.from <= l.from && l.from <= day) {
            ++f.spells;
        }
    }
    return f;
}

std::vector<absence::Leave> sick_leaves(store::Database& db, const Periods& periods) {
    absence::LeaveFilter filter;
    filter.from = periods.front().from;
    filter.to = periods.back().to;
    filter.type = "sick";
    filter.status = absence::LeaveStatus::approved;
    return absence::list_leaves(db, filter);
}

// The sickness figures of each period, from one read of the people and the sick leave.
Values per_period_sickness(store::Database& db, const config::Config& config, const Periods& periods, core::Date today,
                           const std::function<double(const SickFigures&, core::DateRange, core::Date)>& value) {
    auto calendar = config.calendar();
    team::MemberFilter all;
    all.all = true;
    auto members = team::list_members(db, all, today);
    auto sick = sick_leaves(db, periods);
    return per_period(periods, today, [&](core::DateRange p, core::Date day) {
        return value(sick_figures(db, calendar, members, sick, p, day), p, day);
    });
}

Values absence_rate(store::Database& db, const config::Config& config, const Periods& periods, core::Date today) {
    return per_period_sickness(db, config, periods, today, [](const SickFigures& f, core::DateRange, core::Date) {
        return f.working_days > 0 ? f.sick_days * 100.0 / f.working_days : 0.0;
    });
}

Values sick_frequency(store::Database& db, const config::Config& config, const Periods& periods, core::Date today) {
    return per_period_sickness(db, config, periods, today, [](const SickFigures& f, core::DateRange p, core::Date day) {
        double days = core::days_between(p.from, day) + 1;
        // Spells per person, scaled to a year so weeks and months compare.
        return f.people > 0 ? f.spells / static_cast<double>(f.people) * 365.0 / days : 0.0;
    });
}

Values budget_over_plan(store::Database& db, const Periods& periods, core::Date today) {
    auto budgets = budget::list_budgets(db);
    return per_period(periods, today, [&](core::DateRange, core::Date day) {
        int over = 0;
        for (const auto& b : budgets) {
            if (b.year != static_cast<int>(day.year())) {
                continue;
            }
            core::Date first{day.year(), date::January, date::day{1}};
            auto sums = budget::line_sums(db, b.id, first, day);
            for (const auto& line : budget::list_lines(db, b.id)) {
                auto it = sums.find(line.id);
                if (it != sums.end() && it->second.spent + it->second.committed > line.planned()) {
                    ++over;
                }
            }
        }
        return static_cast<double>(over);
    });
}

bool overdue_on(const std::optional<core::Date>& due, const std::optional<core::Date>& done, core::Date created, core::Date day) {
    return due && *due < day && created <= day && (!done || *done > day);
}

Values tasks_overdue(store::Database& db, const Periods& periods, core::Date today) {
    auto tasks = teamwork::list_tasks(db, {}, today);
    return per_period(periods, today, [&](core::DateRange, core::Date day) {
        return static_cast<double>(std::count_if(tasks.begin(), tasks.end(), [&](const teamwork::Task& t) {
            return overdue_on(t.due, t.done, t.created, day);
        }));
    });
}

Values event_tasks_late(store::Database& db, const Periods& periods, core::Date today) {
    teamwork::TaskFilter of_events;
    of_events.origin_prefix = "event:";
    auto tasks = teamwork::list_tasks(db, of_events, today);
    std::erase_if(tasks, [](const teamwork::Task& t) { return !t.due; });
    return per_period(periods, today, [&](core::DateRange p, core::Date day) {
        return static_cast<double>(std::count_if(tasks.begin(), tasks.end(), [&](const teamwork::Task& t) {
            bool late = t.done ? *t.done > *t.due && *t.done <= day : *t.due < day;
            return p.from <= *t.due && *t.due <= day && late;
        }));
    });
}

Values decisions_overdue(store::Database& db, const Periods& periods, core::Date today) {
    auto minutes = agenda::list_minutes(db, {});
    auto notes = mail::list_notes(db, false);
    return per_period(periods, today, [&](core::DateRange, core::Date day) {
        int count = 0;
        for (const auto& m : minutes) {
            count += overdue_on(m.due, m.done, m.recorded, day) ? 1 : 0;
        }
        for (const auto& n : notes) {
            for (const auto& a : n.actions) {
                count += overdue_on(a.due, a.done, n.date, day) ? 1 : 0;
            }
        }
        return static_cast<double>(count);
    });
}

Indicator builtin(std::string name, std::string title, std::string unit, std::string_view target, Better better,
                  std::string definition) {
    Indicator i;
    i.name = std::move(name);
    i.title = std::move(title);
    i.unit = std::move(unit);
    i.target = parse_target(target); // written as the user would write it in config
    i.better = better;
    i.definition = std::move(definition);
    return i;
}

} // namespace

const std::vector<Indicator>& builtin_indicators() {
    static const std::vector<Indicator> list{
        builtin("mail_answer_days", "Median days to answer incoming mail", "days", "<=5", Better::lower,
                "Incoming items registered in the period and answered (an outgoing reply registered) by its last "
                "day: the median of the days between receipt and the first answer."),
        builtin("followups_overdue", "Follow-ups overdue", "items", "=0", Better::lower,
                "Incoming items awaiting an answer on the period's last day whose due date had passed. Items "
                "closed without an answer are left out of past periods."),
        builtin("notice_missed", "Notice deadlines missed", "contracts", "=0", Better::lower,
                "Notice deadlines of automatically renewing contracts that fell in the period and passed with no "
                "notice given and no end: the contract renewed itself."),
        builtin("dossier_completeness", "Dossiers complete", "%", ">=90", Better::higher,
                "Of the dossiers open on the period's last day, the share whose kind's required documents are all "
                "present and valid on that day. No value when none was open."),
        builtin("retention_overdue", "Retention actions overdue", "dossiers", "=0", Better::lower,
                "Dossiers whose retention term had ended before the period's last day and that are neither archived "
                "nor destroyed yet (legal holds left out)."),
        builtin("absence_rate", "Sickness absence rate", "%", "<=5", Better::lower,
                "Working days of approved sick leave in the period, against the working days of everyone employed "
                "in it (each person's own work week, holidays and closing days off)."),
        builtin("sick_frequency", "Sick-leave frequency", "spells/person/year", "<=1.5", Better::lower,
                "Sick leaves starting in the period per person employed in it, scaled to a year so weeks and months "
                "compare."),
        builtin("budget_over_plan", "Budget lines over plan", "lines", "=0", Better::lower,
                "Lines of the budgets of the period's year whose spending and open commitments from 1 January to "
                "the period's last day exceed the year's plan."),
        builtin("tasks_overdue", "Tasks overdue", "tasks", "<=5", Better::lower,
                "Team tasks (event tasks and plan actions included) open on the period's last day past their due "
                "date."),
        builtin("event_tasks_late", "Event tasks late", "tasks", "=0", Better::lower,
                "Tasks of event plans due in the period that were done after their due date, or are still open "
                "after it."),
        builtin("decisions_overdue", "Decisions and actions overdue", "items", "=0", Better::lower,
                "Meeting decisions and actions (agenda minutes) and service-note actions open on the period's last "
                "day past their due date."),
    };
    return list;
}

bool is_builtin(std::string_view name) {
    const auto& list = builtin_indicators();
    return std::any_of(list.begin(), list.end(), [&](const Indicator& i) { return i.name == name; });
}

std::vector<std::optional<double>> measure_builtin(store::Database& db, const config::Config& config,
                                                   const std::string& name, const Periods& periods, core::Date today) {
    if (periods.empty()) {
        return {};
    }
    if (name == "mail_answer_days") return mail_answer_days(db, periods, today);
    if (name == "followups_overdue") return followups_overdue(db, periods, today);
    if (name == "notice_missed") return notice_missed(db, config, periods, today);
    if (name == "dossier_completeness") {
        auto values = dossier_completeness(db, config, periods, today);
        for (auto& v : values) {
            if (v && *v < 0) {
                v.reset(); // no dossier open: nothing to measure
            }
        }
        return values;
    }
    if (name == "retention_overdue") return retention_overdue(db, config, periods, today);
    if (name == "absence_rate") return absence_rate(db, config, periods, today);
    if (name == "sick_frequency") return sick_frequency(db, config, periods, today);
    if (name == "budget_over_plan") return budget_over_plan(db, periods, today);
    if (name == "tasks_overdue") return tasks_overdue(db, periods, today);
    if (name == "event_tasks_late") return event_tasks_late(db, periods, today);
    if (name == "decisions_overdue") return decisions_overdue(db, periods, today);
    return Values(periods.size());
}

} // namespace officectl::improve
