#pragma once
// The register as Tables and Reports: lists, one item with its thread, the
// follow-up list, search hits, and the weekly section.

#include "officectl/mail/item_import.hpp"
#include "officectl/mail/item_store.hpp"
#include "officectl/render/report.hpp"

#include <vector>

namespace officectl::mail {

render::Table items_table(const std::vector<Item>& items, core::Date today);
// Headers, the body (unless confidential and not `show_confidential`), the
// attachments and the thread.
// A confidential item's body, note and attachments are Secret (shown with --show-confidential).
render::Report item_report(const Item& item, const std::vector<Item>& thread, core::Date today);
render::Table followup_table(const std::vector<Item>& items, core::Date today);
render::Table search_table(const std::vector<SearchHit>& hits);
render::Table stats_table(const std::vector<PeriodStats>& stats);
// One row per message and matching rule: subject, sender, the rule's place, what it sets.
render::Table rules_preview_table(const std::vector<RulePreview>& previews);
// Items in and out this week per channel; open follow-ups per assignee; the
// overdue ones, oldest first. Confidential items are counted, never shown.
// A relation's correspondence for its 360° view: the counts in and out, what
// awaits an answer, and the latest items.
render::Section contact_mail_section(store::Database& db, std::int64_t contact_id, core::Date today);
render::Section register_weekly_section(store::Database& db, core::DateRange week, core::Date today);

} // namespace officectl::mail
