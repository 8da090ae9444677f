#include "officectl/improve/improve_plan.hpp"

#include "officectl/core/error.hpp"
#include "officectl/core/strings.hpp"
#include "officectl/improve/improve_rules.hpp"
#include "officectl/improve/improve_store.hpp"
#include "officectl/team/member_store.hpp"
#include "officectl/teamwork/task_store.hpp"

#include <fmt/format.h>


namespace officectl::improve {
namespace {

Action action_of(std::int64_t plan_id, const teamwork::Task& t) {
    return {plan_id, t.id, t.title, t.assignee, t.due, t.done};
}

double parse_value(std::string_view text, std::string_view field) {
    auto v = core::parse_number(text);
    if (!v) {
        throw usage_error(fmt::format("{}: \"{}\" is not a number", field, text));
    }
    return *v;
}

std::string text_of(std::optional<double> v) { return v ? format_number(*v) : ""; }

} // namespace

std::int64_t create_plan(store::Txn& txn, Plan plan, core::Date today) {
    auto finding = get_finding(txn.db(), plan.finding_id);
    if (finding.status == FindingStatus::solved) {
        throw data_error(fmt::format("finding {} is solved", finding.id));
    }
    auto gaps = smart_gaps(plan, today);
    if (!gaps.empty() && !plan.draft) {
        std::string list;
        for (const auto& g : gaps) {
            list += (list.empty() ? "" : "; ") + g;
        }
        throw data_error(fmt::format("the plan is not SMART: it lacks {} (or store it incomplete with --draft)", list));
    }
    plan.draft = !gaps.empty();
    plan.created = today;
    auto id = add_plan(txn, plan);
    if (finding.status == FindingStatus::open) {
        set_finding_status(txn, finding.id, FindingStatus::planned);
    }
    return id;
}

std::int64_t add_action(store::Txn& txn, const Plan& plan, const std::string& title, const std::string& owner,
                        std::optional<core::Date> due, core::Date today) {
    if (plan.closed) {
        throw data_error(fmt::format("plan {} is closed", plan.id));
    }
    teamwork::Task t;
    t.title = title;
    t.assignee = owner;
    t.due = due;
    t.origin = fmt::format("improve:{}", plan.id);
    t.created = today;
    auto id = teamwork::add_task(txn, t);
    link_action(txn, plan.id, id);
    return id;
}

std::vector<Action> plan_actions(store::Database& db, std::int64_t plan_id) {
    std::vector<Action> out;
    for (auto id : action_task_ids(db, plan_id)) {
        out.push_back(action_of(plan_id, teamwork::get_task(db, id)));
    }
    return out;
}

Action finish_action(store::Txn& txn, std::int64_t task_id, core::Date day) {
    auto plan = plan_of_task(txn.db(), task_id);
    if (!plan) {
        throw not_found(fmt::format("task {} is no action of a plan (see `officectl improve plan show`)", task_id));
    }
    auto t = teamwork::get_task(txn.db(), task_id);
    if (t.done) {
        throw data_error(fmt::format("action {} was done on {}", task_id, core::format_date(*t.done)));
    }
    t.done = day;
    teamwork::update_task(txn, t);
    return action_of(*plan, t);
}

std::pair<std::string, std::string> parse_adjustment(std::string_view text) {
    auto eq = text.find('=');
    auto field = std::string(text.substr(0, eq));
    if (eq == std::string_view::npos || eq + 1 == text.size() ||
        (field != "target" && field != "by" && field != "baseline" && field != "owner" && field != "indicator")) {
        throw usage_error(fmt::format("--adjust \"{}\": write FIELD=VALUE, FIELD one of target, by, baseline, owner, "
                                      "indicator", text));
    }
    return {field, std::string(text.substr(eq + 1))};
}

Plan review_plan(store::Txn& txn, Plan plan, const std::string& note,
                 const std::optional<std::pair<std::string, std::string>>& adjustment, std::optional<double> measured,
                 core::Date today) {
    if (note.empty()) {
        throw usage_error("a review needs a note: why (--note)");
    }
    Review r;
    r.plan_id = plan.id;
    r.date = today;
    r.note = note;
    r.measured = measured;
    if (adjustment) {
        const auto& [field, value] = *adjustment;
        r.field = field;
        if (field == "target") {
            r.old_value = text_of(plan.target);
            plan.target = parse_value(value, field);
            r.new_value = text_of(plan.target);
        } else if (field == "baseline") {
            r.old_value = text_of(plan.baseline);
            plan.baseline = parse_value(value, field);
            r.new_value = text_of(plan.baseline);
        } else if (field == "by") {
            r.old_value = plan.by ? core::format_date(*plan.by) : "";
            plan.by = core::parse_date(value, today);
            r.new_value = core::format_date(*plan.by);
        } else if (field == "owner") {
            r.old_value = plan.owner.value_or("");
            team::require_member_id(txn.db(), value);
            plan.owner = value;
            r.new_value = value;
        } else {
            r.old_value = plan.indicator.value_or("");
            plan.indicator = value;
            r.new_value = value;
        }
        if (plan.draft && smart_gaps(plan, today).empty()) {
            plan.draft = false; // the review completed it
        }
        update_plan(txn, plan);
    }
    add_review(txn, r);
    return plan;
}

void close_plan(store::Txn& txn, Plan plan, core::Date day) {
    if (plan.closed) {
        throw data_error(fmt::format("plan {} was closed on {}", plan.id, core::format_date(*plan.closed)));
    }
    plan.closed = day;
    update_plan(txn, plan);
    for (const auto& other : list_plans(txn.db(), plan.finding_id, true)) {
        if (other.id != plan.id) {
            return;
        }
    }
    set_finding_status(txn, plan.finding_id, FindingStatus::solved);
}

} // namespace officectl::improve
