#!/usr/bin/env bash
# Absence and workload for 500 people over a year of leave and tasks, against
# the SQLite floor measured in the same run (the sqlite3 CLI reading the same
# rows from the same file): `absence calendar` for a month, `absence balance`
# for everyone, `team workload` for a week.
#   bench/absence.sh BUILD_DIR [--people N]
set -euo pipefail
build=${1:?usage: bench/absence.sh BUILD_DIR [--people N]}
shift
people=500
[ "${1:-}" = "--people" ] && people=$2
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out/absence"
officectl="$build/apps/officectl/officectl"
mkdir -p "$out"
export OFFICECTL_CONFIG=/dev/null XDG_CONFIG_HOME="$out/config" NO_COLOR=1 OFFICECTL_TODAY=2026-12-02
db="$out/absence-tasks-$people.db"
[ -f "$db" ] || "$build/bench/officectl_bench_absence" "$db" --people "$people"
. "$here/median.sh"
# The rows behind the month calendar: everyone, and the month's leave.
month_sql="SELECT id, handle, name, role, work_days, start_date, end_date FROM team_member ORDER BY handle;
SELECT l.id, l.member_id, l.type, l.from_date, l.to_date, l.half, l.status FROM absence_leave l
WHERE l.to_date >= '2026-12-01' AND l.from_date <= '2026-12-31' AND l.status <> 'rejected' ORDER BY l.from_date;"
# The rows behind the balances: everyone, and two years of leave.
year_sql="SELECT id, handle, work_days, start_date FROM team_member ORDER BY handle;
SELECT l.id, l.member_id, l.type, l.from_date, l.to_date, l.half, l.status FROM absence_leave l
WHERE l.to_date >= '2025-01-01' AND l.from_date <= '2026-12-31' AND l.status <> 'rejected';"
leaves=$(sqlite3 "$db" "SELECT count(*) FROM absence_leave")
tasks=$(sqlite3 "$db" "SELECT count(*) FROM teamwork_task")
# The rows behind the workload: everyone, the week's leave and appointments, the open tasks.
week_sql="SELECT id, handle, work_days, minutes_per_week, start_date, end_date FROM team_member ORDER BY handle;
SELECT l.id, l.member_id, l.type, l.from_date, l.to_date, l.half, l.status FROM absence_leave l
WHERE l.to_date >= '2026-11-30' AND l.from_date <= '2026-12-06' AND l.status <> 'rejected';
SELECT id FROM agenda_appointment WHERE start_utc < '2026-12-06T23:00:00Z' AND end_utc > '2026-11-29T23:00:00Z';
SELECT id, title, member_id, due, priority, estimate_minutes, origin, done, created FROM teamwork_task WHERE done IS NULL;"
printf '%-52s %10s %10s %7s\n' "$people people, $leaves leaves, $tasks tasks in 2026" "ours ms" "floor ms" "ratio"
a=$(median_ms "$officectl" --db "$db" -o csv absence calendar --month 2026-12 --team)
b=$(median_ms sqlite3 "$db" "$month_sql")
printf '%-52s %10s %10s %6.1fx\n' "absence calendar --month 2026-12 --team" "$a" "$b" "$(echo "$a / $b" | bc -l)"
a=$(median_ms "$officectl" --db "$db" -o csv absence balance)
b=$(median_ms sqlite3 "$db" "$year_sql")
printf '%-52s %10s %10s %6.1fx\n' "absence balance (everyone, 2026)" "$a" "$b" "$(echo "$a / $b" | bc -l)"
a=$(median_ms "$officectl" --db "$db" -o csv team workload --week 2026-W49)
b=$(median_ms sqlite3 "$db" "$week_sql")
printf '%-52s %10s %10s %6.1fx\n' "team workload --week 2026-W49" "$a" "$b" "$(echo "$a / $b" | bc -l)"
