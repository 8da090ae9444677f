#!/usr/bin/env bash
# Absence for 500 people over a year of leave, against the SQLite floor measured
# in the same run (the sqlite3 CLI reading the same rows from the same file):
# `absence calendar` for a month, and `absence balance` for everyone.
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
db="$out/absence-$people.db"
[ -f "$db" ] || "$build/bench/officectl_bench_absence" "$db" --people "$people"
median_ms() {
    local times=() s e
    "$@" > /dev/null
    for _ in $(seq 11); do
        s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N)
        times+=($(( (e - s) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }'
}
# The rows behind the month calendar: everyone, and the month's leave.
month_sql="SELECT id, handle, name, role, work_days, start_date, end_date FROM team_member ORDER BY handle;
SELECT l.id, l.member_id, l.type, l.from_date, l.to_date, l.half, l.status FROM absence_leave l
WHERE l.to_date >= '2026-12-01' AND l.from_date <= '2026-12-31' AND l.status <> 'rejected' ORDER BY l.from_date;"
# The rows behind the balances: everyone, and two years of leave.
year_sql="SELECT id, handle, work_days, start_date FROM team_member ORDER BY handle;
SELECT l.id, l.member_id, l.type, l.from_date, l.to_date, l.half, l.status FROM absence_leave l
WHERE l.to_date >= '2025-01-01' AND l.from_date <= '2026-12-31' AND l.status <> 'rejected';"
leaves=$(sqlite3 "$db" "SELECT count(*) FROM absence_leave")
printf '%-52s %10s %10s %7s\n' "absence, $people people, $leaves leaves in 2026" "ours ms" "floor ms" "ratio"
a=$(median_ms "$officectl" --db "$db" -o csv absence calendar --month 2026-12 --team)
b=$(median_ms sqlite3 "$db" "$month_sql")
printf '%-52s %10s %10s %6.1fx\n' "absence calendar --month 2026-12 --team" "$a" "$b" "$(echo "$a / $b" | bc -l)"
a=$(median_ms "$officectl" --db "$db" -o csv absence balance)
b=$(median_ms sqlite3 "$db" "$year_sql")
printf '%-52s %10s %10s %6.1fx\n' "absence balance (everyone, 2026)" "$a" "$b" "$(echo "$a / $b" | bc -l)"
