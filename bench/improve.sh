#!/usr/bin/env bash
# The views across domains at full scale: `officectl due`, `report weekly`,
# `report monthly` and `improve kpi --months 12` on a store of 1 000 000
# register items, 500 people with a year of leave and 25 000 tasks, 2 000
# contracts, 10 000 dossiers and 100 000 invoices; against the SQLite floor
# measured in the same run: the sqlite3 CLI reading the same rows.
#   bench/improve.sh BUILD_DIR [--items N]
set -euo pipefail
build=${1:?usage: bench/improve.sh BUILD_DIR [--items N]}
shift
items=1000000
[ "${1:-}" = "--items" ] && items=$2
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out/improve"
officectl="$build/apps/officectl/officectl"
mkdir -p "$out"
export OFFICECTL_CONFIG=/dev/null XDG_CONFIG_HOME="$out/config" NO_COLOR=1 OFFICECTL_TODAY=2026-12-02
db="$out/office-$items.db"
if [ ! -f "$db" ]; then
    s=$(date +%s)
    "$build/bench/officectl_bench_absence" "$db" --people 500
    "$build/bench/officectl_bench_register" "$db" --items "$items"
    "$build/bench/officectl_bench_contract" "$db" --contracts 2000
    "$build/bench/officectl_bench_dossier" "$db" --dossiers 10000
    "$build/bench/officectl_bench_budget" "$db" /dev/null --rows 100000
    echo "built $db in $(( $(date +%s) - s )) s"
fi
"$officectl" --db "$db" db migrate > /dev/null # a store built by an older officectl gets its new indexes first
. "$here/median.sh"

# What `due` reads: follow-ups and open note actions, contracts and their
# obligations, dossiers that may be due for retention, people and their
# interviews, open tasks, leave requests, open meeting minutes.
due_sql="SELECT * FROM mail_item INDEXED BY mail_item_awaiting WHERE direction = 'in' AND status IN ('open', 'waiting') ORDER BY date, id;
SELECT n.*, a.* FROM mail_note n JOIN mail_note_action a ON a.note_id = n.id WHERE a.done IS NULL;
SELECT c.*, (SELECT name FROM contact WHERE id = c.vendor_id) FROM contract_contract c;
SELECT * FROM contract_obligation;
SELECT * FROM dossier_dossier WHERE status IN ('open', 'closed');
SELECT * FROM team_member; SELECT * FROM teamwork_review;
SELECT * FROM teamwork_task WHERE done IS NULL;
SELECT * FROM absence_leave WHERE status = 'requested';
SELECT * FROM agenda_minute WHERE done IS NULL;"

# What the indicators read: the register's figures of the twelve months (each
# item with its first answer) and every item that was ever overdue, contracts, dossiers with their documents, people and sick leave, the
# budget lines with their sums, tasks, minutes and note actions.
kpi_sql="SELECT i.date, i.direction, i.channel, i.status, i.due,
       (SELECT min(a.date) FROM mail_item a WHERE a.reply_to = i.id AND a.direction = 'out')
FROM mail_item i WHERE i.date BETWEEN '2026-01-01' AND '2026-12-31';
SELECT i.date, i.direction, i.channel, i.status, i.due,
       (SELECT min(a.date) FROM mail_item a WHERE a.reply_to = i.id AND a.direction = 'out')
FROM mail_item i WHERE i.direction = 'in' AND i.due IS NOT NULL AND i.due <= '2026-12-31'
  AND NOT EXISTS (SELECT 1 FROM mail_item a WHERE a.reply_to = i.id AND a.direction = 'out' AND a.date <= i.due);
SELECT * FROM contract_contract;
SELECT * FROM dossier_dossier; SELECT dossier_id, type, expires FROM dossier_document;
SELECT * FROM team_member; SELECT * FROM absence_leave WHERE type = 'sick';
SELECT * FROM budget_line; SELECT line_id, sum(amount) FROM budget_spending GROUP BY line_id;
SELECT * FROM teamwork_task; SELECT * FROM agenda_minute; SELECT * FROM mail_note_action;"

printf '%-52s %10s %10s %7s\n' "on $items register items (median of 11)" "ours ms" "floor ms" "ratio"
row() { # NAME OURS_MS FLOOR_MS
    printf '%-52s %10s %10s %6.1fx\n' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)"
}
floor_due=$(median_ms sqlite3 "$db" "$due_sql")
floor_kpi=$(median_ms sqlite3 "$db" "$kpi_sql")
row "due (14 days)" "$(median_ms "$officectl" --db "$db" due)" "$floor_due"
row "due --within 1m -o json" "$(median_ms "$officectl" --db "$db" -o json due --within 1m)" "$floor_due"
row "improve kpi --months 12" "$(median_ms "$officectl" --db "$db" improve kpi --months 12)" "$floor_kpi"
# The weekly report reads what due reads and the week's own rows: the items
# registered, the people joining or leaving, the budget lines' sums, every
# dossier with its documents (completeness), this year's and last year's leave
# (balances), leave and appointments of the week. The monthly report reads what due and the
# indicators read.
week_sql="SELECT * FROM mail_item WHERE date BETWEEN '2026-11-30' AND '2026-12-06';
SELECT * FROM team_member WHERE start_date BETWEEN '2026-11-30' AND '2026-12-06' OR end_date BETWEEN '2026-11-30' AND '2026-12-06';
SELECT * FROM budget_line; SELECT line_id, sum(amount) FROM budget_spending GROUP BY line_id;
SELECT * FROM dossier_dossier; SELECT dossier_id, type, expires FROM dossier_document;
SELECT * FROM absence_leave WHERE to_date >= '2025-01-01' AND from_date <= '2026-12-31';
SELECT * FROM agenda_appointment WHERE start_utc < '2026-12-07' AND end_utc > '2026-11-30';"
row "report weekly" "$(median_ms "$officectl" --db "$db" report weekly)" "$(median_ms sqlite3 "$db" "$due_sql $week_sql")"
row "report monthly" "$(median_ms "$officectl" --db "$db" report monthly)" "$(median_ms sqlite3 "$db" "$due_sql $kpi_sql")"
/usr/bin/time -f '%M KB' -o "$out/kpi-memory.txt" "$officectl" --db "$db" improve kpi --months 12 > /dev/null
echo "peak memory of improve kpi --months 12: $(cat "$out/kpi-memory.txt")"
