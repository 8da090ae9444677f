#!/usr/bin/env bash
# `contract due` over 10 000 contracts with obligations, against the SQLite floor
# measured in the same run: the sqlite3 CLI reading the same rows (the open
# contracts with their vendors, and the obligations).
#   bench/contract.sh BUILD_DIR [--contracts N]
set -euo pipefail
build=${1:?usage: bench/contract.sh BUILD_DIR [--contracts N]}
shift
n=10000
[ "${1:-}" = "--contracts" ] && n=$2
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out/contract"
officectl="$build/apps/officectl/officectl"
mkdir -p "$out"
export OFFICECTL_CONFIG=/dev/null XDG_CONFIG_HOME="$out/config" NO_COLOR=1 OFFICECTL_TODAY=2026-12-02
db="$out/contracts-$n.db"
[ -f "$db" ] || "$build/bench/officectl_bench_contract" "$db" --contracts "$n"
. "$here/median.sh"
floor_sql="SELECT c.id, c.title, c.vendor_id, k.name, c.category, c.start, c.end_date, c.term, c.notice, c.renewal,
       c.renew_every, c.amount, c.currency, c.per, c.budget_line, c.owner_id, c.ended, c.notice_given, c.note
FROM contract_contract c JOIN contact k ON k.id = c.vendor_id WHERE c.ended IS NULL ORDER BY c.start, c.id;
SELECT id, contract_id, title, every, next, lead FROM contract_obligation ORDER BY next, id;"
printf '%-52s %10s %10s %7s\n' "$n contracts" "ours ms" "floor ms" "ratio"
rows=$("$officectl" --db "$db" -o csv contract due --within 90d | tail -n +2 | wc -l)
a=$(median_ms "$officectl" --db "$db" -o csv contract due --within 90d)
b=$(median_ms sqlite3 "$db" "$floor_sql")
printf '%-52s %10s %10s %6.1fx\n' "contract due --within 90d ($rows deadlines)" "$a" "$b" "$(echo "$a / $b" | bc -l)"
