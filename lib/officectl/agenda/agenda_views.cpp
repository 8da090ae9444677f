#include "officectl/agenda/agenda_views.hpp"

#include "officectl/agenda/agenda_store.hpp"
#include "officectl/agenda/meeting_store.hpp"
#include "officectl/agenda/occurrences.hpp"
#include "officectl/agenda/recurrence.hpp"
#include "officectl/core/datetime.hpp"
#include "officectl/core/error.hpp"
#include "officectl/core/period.hpp"
#include "officectl/core/strings.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace officectl::agenda {

using render::Cell;
using render::ColumnType;

namespace {

core::Date local_day(core::Instant t, const std::string& zone) { return core::local_date(t, zone); }

std::string hhmm(core::Instant t, const std::string& zone) { return date::format("%H:%M", core::to_local(t, zone)); }

std::string time_text(const Appointment& a, core::Instant start, core::Instant end, const std::string& zone) {
    if (a.all_day) {
        auto days = core::days_between(local_day(start, a.zone), local_day(end, a.zone));
        return days > 1 ? fmt::format("all day ({} days)", days) : "all day";
    }
    auto first = local_day(start, zone);
    auto last = local_day(end - std::chrono::seconds{end > start ? 1 : 0}, zone);
    if (first == last) {
        return hhmm(start, zone) + "-" + hhmm(end, zone);
    }
    return fmt::format("{}-{} {}", hhmm(start, zone), date::format("%a", date::sys_days{last}), hhmm(end, zone));
}

std::string repeats_text(const Occurrence& o) {
    if (o.appt->parent_id) {
        return "changed";
    }
    if (!o.appt->rrule) {
        return "";
    }
    auto r = *o.appt->rrule;
    for (auto [key, word] : {std::pair{"FREQ=DAILY", "daily"}, {"FREQ=WEEKLY", "weekly"}, {"FREQ=MONTHLY", "monthly"},
                             {"FREQ=YEARLY", "yearly"}}) {
        if (r.find(key) != std::string::npos) {
            return word;
        }
    }
    return "repeats";
}

// The time of an occurrence: its text for people; for machines its start and end
// (RFC 3339 with the zone's offset, or the first and last day of an all-day event).
Cell time_cell(const Appointment& a, core::Instant start, core::Instant end, const std::string& zone) {
    nlohmann::ordered_json j;
    if (a.all_day) {
        auto last = local_day(end, a.zone);
        auto first = local_day(start, a.zone);
        j = {{"all_day", true}, {"start", core::format_date(first)},
             {"end", core::format_date(last > first ? core::add_days(last, -1) : first)}};
    } else {
        j = {{"all_day", false}, {"start", core::format_iso_offset({start, zone})},
             {"end", core::format_iso_offset({end, zone})}};
    }
    return render::Structured{time_text(a, start, end, zone), j.dump()};
}

// The schema of a time_cell's JSON (-o json-schema).
const std::string& time_schema() {
    static const std::string schema = nlohmann::ordered_json{
        {"type", "object"},
        {"properties", {{"all_day", {{"type", "boolean"}}}, {"start", {{"type", "string"}}}, {"end", {{"type", "string"}}}}},
        {"required", {"all_day", "start", "end"}},
        {"additionalProperties", false}}.dump();
    return schema;
}

Cell opt(const std::optional<std::string>& v) { return render::cell_or_empty(v); }

render::List people(const Appointment& a) {
    auto all = a.who;
    all.insert(all.end(), a.external.begin(), a.external.end());
    return {all};
}

} // namespace

std::string when_text(const Appointment& a, core::Instant start, core::Instant end, const std::string& zone) {
    auto shown_zone = a.all_day ? a.zone : zone;
    return fmt::format("{} {}", date::format("%a %F", date::sys_days{local_day(start, shown_zone)}),
                       time_text(a, start, end, zone));
}

render::Table occurrences_table(const std::vector<Occurrence>& occs, const std::string& zone) {
    render::Table t;
    t.column("id", ColumnType::integer).column("day", ColumnType::date).column("time", ColumnType::json, time_schema());
    t.column("title").column("owner").column("who", ColumnType::list).column("room").column("status").column("repeats");
    for (const auto& o : occs) {
        const auto& a = *o.appt;
        auto day = local_day(o.start, a.all_day ? a.zone : zone);
        t.add_row({o.series_id(), day, time_cell(a, o.start, o.end, zone), a.title, opt(a.owner), people(a), opt(a.room),
                   std::string(status_name(a.status)),
                   repeats_text(o).empty() ? Cell{} : Cell{repeats_text(o)}});
    }
    return t;
}

render::Report appointment_report(const Appointment& a, const std::vector<Occurrence>& next,
                                  const std::vector<AgendaItem>& items, const std::vector<Minute>& minutes,
                                  const std::string& zone, core::Date today) {
    render::Report r;
    r.title = fmt::format("{} {}", a.id, a.title);
    render::Table f;
    f.vertical();
    f.column("id", ColumnType::integer).column("title").column("when").column("local_time").column("status");
    f.column("repeats").column("owner").column("who", ColumnType::list).column("external", ColumnType::list);
    f.column("room").column("where").column("made_by");
    f.column("confidential", ColumnType::boolean).column("note").column("uid").column("sequence", ColumnType::integer);
    std::string local = a.all_day ? "" : fmt::format("{} {}", core::format_local({a.start, a.zone}), a.zone);
    std::string repeats = a.rrule ? describe_rrule(*a.rrule, a.zone) : "";
    if (a.rrule && !a.parent_id) {
        try {
            check_series(a);
        } catch (const Error& e) { // stored before imports checked rules: say why it is not listed
            repeats += fmt::format("; not listed: {}", e.what());
        }
    }
    if (a.parent_id) {
        repeats = fmt::format("changed occurrence of {} (was {})", *a.parent_id,
                              core::format_local({*a.recurrence_id, zone}));
    }
    if (!a.exdates.empty()) {
        std::vector<std::string> days;
        for (auto t : a.exdates) {
            days.push_back(core::format_date(local_day(t, a.zone)));
        }
        repeats += fmt::format("; cancelled on {}", core::join(days, ", "));
    }
    Cell note = render::secret_if(a.confidential, a.note);
    f.add_row({a.id, a.title, when_text(a, a.start, a.end, zone), local.empty() ? Cell{} : Cell{local},
               std::string(status_name(a.status)), repeats.empty() ? Cell{} : Cell{repeats}, opt(a.owner),
               a.who.empty() ? Cell{} : Cell{render::List{a.who}},
               a.external.empty() ? Cell{} : Cell{render::List{a.external}}, opt(a.room), opt(a.location),
               opt(a.made_by), a.confidential, note, a.uid, static_cast<std::int64_t>(a.sequence)});
    r.sections.push_back({"", {f}});
    if (a.rrule) {
        render::Section s{"Next occurrences", {}};
        if (next.empty()) {
            s.paragraph("None left.");
        } else {
            s.table(occurrences_table(next, zone));
        }
        r.sections.push_back(std::move(s));
    }
    if (!items.empty()) {
        render::Table t;
        t.column("item", ColumnType::integer).column("title").column("owner");
        for (const auto& i : items) {
            t.add_row({static_cast<std::int64_t>(i.position), i.title, opt(i.owner)});
        }
        r.sections.push_back({"Agenda", {t}});
    }
    if (!minutes.empty()) {
        r.sections.push_back({"Decisions and actions", {minutes_table(minutes, today)}});
    }
    return r;
}

render::Table week_grid(const std::vector<Occurrence>& occs, const std::vector<std::string>& people,
                        core::DateRange days, const std::string& zone) {
    render::Table t;
    t.column("who");
    for (auto d = days.from; d <= days.to; d = core::add_days(d, 1)) {
        t.column(core::to_lower(date::format("%a %d/%m", date::sys_days{d})));
    }
    for (const auto& person : people) {
        std::vector<Cell> row{person};
        for (auto d = days.from; d <= days.to; d = core::add_days(d, 1)) {
            std::vector<std::string> entries;
            for (const auto& o : occs) {
                if (o.appt->status == Status::cancelled || !involves_person(o, person)) {
                    continue;
                }
                auto first = local_day(o.start, zone);
                auto last = local_day(o.end - std::chrono::seconds{o.end > o.start ? 1 : 0}, zone);
                if (d < first || d > last) {
                    continue;
                }
                auto time = o.appt->all_day ? std::string("all day") : d == first ? hhmm(o.start, zone) : "...";
                entries.push_back(fmt::format("{} {}{}", time, o.appt->title,
                                              o.appt->status == Status::tentative ? " (?)" : ""));
            }
            row.push_back(entries.empty() ? Cell{} : Cell{core::join(entries, "; ")});
        }
        t.add_row(std::move(row));
    }
    return t;
}

render::Table rooms_table(const std::vector<Room>& rooms) {
    render::Table t;
    t.column("room").column("capacity", ColumnType::integer).column("equipment", ColumnType::list);
    for (const auto& r : rooms) {
        t.add_row({r.name, r.capacity ? Cell{static_cast<std::int64_t>(*r.capacity)} : Cell{},
                   render::List{r.equipment}});
    }
    return t;
}

render::Table conflicts_table(const std::vector<Conflict>& conflicts, const std::string& zone, std::string title) {
    render::Table t(std::move(title));
    t.column("day", ColumnType::date).column("first", ColumnType::integer);
    t.column("first_time", ColumnType::json, time_schema()).column("first_title").column("second", ColumnType::integer);
    t.column("second_time", ColumnType::json, time_schema()).column("second_title").column("shared", ColumnType::list);
    for (const auto& c : conflicts) {
        t.add_row({local_day(c.second.start, zone), c.first.series_id(),
                   time_cell(*c.first.appt, c.first.start, c.first.end, zone), c.first.appt->title,
                   c.second.series_id(), time_cell(*c.second.appt, c.second.start, c.second.end, zone),
                   c.second.appt->title, render::List{c.shared}});
    }
    return t;
}

std::string describe_clashes(const std::vector<Clash>& clashes, const std::string& zone) {
    std::vector<std::string> lines;
    for (const auto& c : clashes) {
        Appointment shape; // for the time text only
        shape.all_day = c.other_all_day;
        shape.zone = c.other_zone;
        if (c.other_id == 0 && c.open_end) {
            lines.push_back(fmt::format("  {} is away ({})", core::join(c.shared, ", "), c.other_title));
            continue;
        }
        if (c.other_id == 0) {
            lines.push_back(fmt::format("  {} is away ({}) from {} to {}", core::join(c.shared, ", "), c.other_title,
                                        core::format_date(local_day(c.other_start, zone)),
                                        core::format_date(local_day(c.other_end - std::chrono::seconds{1}, zone))));
            continue;
        }
        lines.push_back(fmt::format("  {} \"{}\" {} ({})", c.other_id, c.other_title,
                                    when_text(shape, c.other_start, c.other_end, zone), core::join(c.shared, ", ")));
    }
    return core::join(lines, "\n");
}

render::Table slots_table(const std::vector<FreeSlot>& slots, const std::string& zone) {
    render::Table t;
    t.column("day", ColumnType::date).column("start").column("end").column("free_until").column("room");
    for (const auto& s : slots) {
        t.add_row({local_day(s.start, zone), hhmm(s.start, zone), hhmm(s.end, zone), hhmm(s.free_until, zone),
                   opt(s.room)});
    }
    return t;
}

std::string_view minute_state(const Minute& m, core::Date today) {
    if (m.done) {
        return "done";
    }
    if (m.due && *m.due < today) {
        return "overdue";
    }
    return "open";
}

render::Table minutes_table(const std::vector<Minute>& minutes, core::Date today) {
    render::Table t;
    // on: the day of the series' meeting that recorded it (empty for a one-off meeting).
    t.column("id", ColumnType::integer).column("meeting", ColumnType::integer).column("on", ColumnType::date);
    t.column("kind").column("text");
    t.column("owner").column("due", ColumnType::date).column("state").column("done", ColumnType::date);
    for (const auto& m : minutes) {
        t.add_row({m.id, m.appointment_id, render::cell_or_empty(m.occurrence),
                   std::string(m.kind == MinuteKind::action ? "action" : "decision"), m.text,
                   opt(m.owner), render::cell_or_empty(m.due), std::string(minute_state(m, today)),
                   render::cell_or_empty(m.done)});
    }
    return t;
}

render::Report meeting_document(const Appointment& a, core::Instant start, const std::vector<AgendaItem>& items,
                                const std::vector<Minute>& minutes, const std::string& zone, bool minutes_wanted) {
    render::Report r;
    auto end = start + (a.end - a.start);
    r.title = fmt::format("{}: {}", minutes_wanted ? "Minutes" : "Invitation", a.title);
    render::Section head{"", {}};
    head.paragraph(fmt::format("When: {}", when_text(a, start, end, zone)));
    if (a.room || a.location) {
        head.paragraph(fmt::format("Where: {}", a.room ? *a.room + (a.location ? ", " + *a.location : "") : *a.location));
    }
    if (a.owner) {
        head.paragraph(fmt::format("Chair: {}", *a.owner));
    }
    auto people = a.who;
    people.insert(people.end(), a.external.begin(), a.external.end());
    if (!people.empty()) {
        head.paragraph(fmt::format("{}: {}", minutes_wanted ? "Present" : "Invited", core::join(people, ", ")));
    }
    r.sections.push_back(std::move(head));
    render::Section agenda{"Agenda", {}};
    if (items.empty()) {
        agenda.paragraph("No agenda items yet.");
    } else {
        for (const auto& i : items) {
            agenda.paragraph(fmt::format("{}. {}{}", i.position, i.title, i.owner ? " (" + *i.owner + ")" : ""));
        }
    }
    r.sections.push_back(std::move(agenda));
    if (minutes_wanted) {
        render::Section dec{"Decisions", {}};
        render::Section act{"Actions", {}};
        for (const auto& m : minutes) {
            auto line = fmt::format("{}{}{}{}", m.text, m.owner ? " (" + *m.owner + ")" : "",
                                    m.due ? ", due " + core::format_date(*m.due) : "",
                                    m.done ? ", done " + core::format_date(*m.done) : "");
            (m.kind == MinuteKind::decision ? dec : act).paragraph("- " + line);
        }
        if (dec.blocks.empty()) {
            dec.paragraph("None recorded.");
        }
        if (act.blocks.empty()) {
            act.paragraph("None recorded.");
        }
        r.sections.push_back(std::move(dec));
        r.sections.push_back(std::move(act));
    } else if (a.note) {
        render::Section n{"Note", {}};
        n.secret_paragraph(*a.note, a.confidential);
        r.sections.push_back(std::move(n));
    }
    return r;
}

render::Section agenda_weekly_section(store::Database& db, core::DateRange week, core::Date today,
                                      const std::string& zone) {
    render::Section s{"Agenda", {}};
    auto from = core::from_local_lenient(date::local_days{week.from}, zone);
    auto to = core::from_local_lenient(date::local_days{core::add_days(week.to, 1)}, zone);
    auto appts = appointments_for(db, from, to);
    auto occs = occurrences(appts, from, to);
    std::erase_if(occs, [](const Occurrence& o) { return o.appt->status == Status::cancelled; });
    if (occs.empty()) {
        s.paragraph("No appointments this week.");
    } else {
        // Per person: the appointments they are in, as owner or in `who` (the rule
        // of `agenda list --who`: Appointment::people, like involves_person).
        std::map<std::string, std::vector<const Occurrence*>> per_person;
        for (const auto& o : occs) {
            auto people = o.appt->people();
            if (people.empty()) {
                per_person["(no one)"].push_back(&o);
            }
            for (const auto& p : people) {
                per_person[p].push_back(&o);
            }
        }
        for (const auto& [owner, list] : per_person) {
            render::Table t(fmt::format("{}: {} appointment{}", owner, list.size(), list.size() == 1 ? "" : "s"));
            t.column("day", ColumnType::date).column("time").column("title").column("room").column("status");
            for (const auto* o : list) {
                const auto& a = *o->appt;
                t.add_row({local_day(o->start, a.all_day ? a.zone : zone), time_text(a, o->start, o->end, zone),
                           render::secret_if(a.confidential, a.title), opt(a.room),
                           std::string(status_name(a.status))});
            }
            s.table(std::move(t));
        }
        // Rooms' occupancy: booked hours against the week's working hours (5 x 8h).
        std::map<std::string, int> minutes;
        for (const auto& o : occs) {
            if (o.appt->room && !o.appt->all_day) {
                minutes[*o.appt->room] += static_cast<int>((o.end - o.start).count() / 60);
            }
        }
        if (!minutes.empty()) {
            render::Table t("Rooms");
            t.column("room").column("booked", ColumnType::duration).column("occupancy");
            for (const auto& [room, m] : minutes) {
                t.add_row({room, render::Minutes{m}, fmt::format("{}%", m * 100 / (5 * 8 * 60))});
            }
            s.table(std::move(t));
        }
    }
    MinuteFilter f;
    f.open_only = true;
    auto open = list_minutes(db, f);
    std::erase_if(open, [&](const Minute& m) { return !m.due || *m.due > week.to; });
    if (!open.empty()) {
        render::Table t("Decisions and actions due or overdue");
        t.column("id", ColumnType::integer).column("text").column("owner").column("due", ColumnType::date).column("state");
        for (const auto& m : open) {
            t.add_row({m.id, m.text, opt(m.owner), render::cell_or_empty(m.due), std::string(minute_state(m, today))});
        }
        s.table(std::move(t));
    }
    auto conflicts = find_conflicts(occs);
    if (!conflicts.empty()) {
        s.table(conflicts_table(conflicts, zone, "Double bookings"));
        s.paragraph(fmt::format("{} double booking{} this week.", conflicts.size(), conflicts.size() == 1 ? "" : "s"));
    } else if (!occs.empty()) {
        s.paragraph("No double bookings.");
    }
    return s;
}

} // namespace officectl::agenda
