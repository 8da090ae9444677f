#!/usr/bin/env bash
# `budget report` over 1 000 000 invoices, against the SQLite floor measured in
# the same run (the sqlite3 CLI summing the same rows per line: spending and
# open commitments) and against `ledger bal` on the same invoices as a journal.
# Wall time is the median of 5 runs; peak memory (RSS) from GNU time.
#   bench/budget.sh BUILD_DIR [--rows N]
set -euo pipefail
build=${1:?usage: bench/budget.sh BUILD_DIR [--rows N]}
shift
n=1000000
[ "${1:-}" = "--rows" ] && n=$2
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out/budget"
officectl="$build/apps/officectl/officectl"
mkdir -p "$out"
export OFFICECTL_CONFIG=/dev/null XDG_CONFIG_HOME="$out/config" NO_COLOR=1 OFFICECTL_TODAY=2027-12-31
db="$out/budget-$n.db"
journal="$out/budget-$n.ledger"
[ -f "$db" ] && [ -f "$journal" ] || { rm -f "$db" "$journal"; "$build/bench/officectl_bench_budget" "$db" "$journal" --rows "$n"; }
. "$here/median.sh"
floor_sql="SELECT s.line_id, sum(s.amount) FROM budget_spending s JOIN budget_line l ON l.id = s.line_id
WHERE l.budget_id = 1 AND s.date BETWEEN '2027-01-01' AND '2027-12-31' GROUP BY s.line_id;
SELECT c.line_id, sum(c.amount) FROM budget_commitment c JOIN budget_line l ON l.id = c.line_id
WHERE l.budget_id = 1 AND c.status = 'open' GROUP BY c.line_id;"
peak_mb() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.1f", $1 / 1024 }'; }
ours=$(median_ms 5 "$officectl" --db "$db" -o csv budget report "Bench 2027")
floor=$(median_ms 5 sqlite3 "$db" "$floor_sql")
printf '%-44s %10s %10s %8s\n' "$n invoices, 20 lines" "ms" "peak MB" "ratio"
printf '%-44s %10s %10s %7.1fx\n' "officectl budget report" "$ours" "$(peak_mb "$officectl" --db "$db" -o csv budget report "Bench 2027")" "$(echo "$ours / $floor" | bc -l)"
printf '%-44s %10s %10s %8s\n' "SQLite floor (sqlite3, same sums)" "$floor" "$(peak_mb sqlite3 "$db" "$floor_sql")" "1.0x"
if command -v ledger > /dev/null; then
    led=$(median_ms 5 ledger -f "$journal" bal '^Expenses')
    printf '%-44s %10s %10s %7.1fx\n' "ledger bal (same invoices)" "$led" "$(peak_mb ledger -f "$journal" bal '^Expenses')" "$(echo "$led / $floor" | bc -l)"
    printf 'officectl is %.1fx faster than ledger bal\n' "$(echo "$led / $ours" | bc -l)"
fi
