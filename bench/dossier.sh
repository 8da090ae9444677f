#!/usr/bin/env bash
# `dossier check` over 50 000 dossiers with their documents, against the SQLite
# floor measured in the same run: the sqlite3 CLI reading the same rows (the open
# and closed dossiers, and every document's dossier, type and expiry).
#   bench/dossier.sh BUILD_DIR [--dossiers N]
set -euo pipefail
build=${1:?usage: bench/dossier.sh BUILD_DIR [--dossiers N]}
shift
n=50000
[ "${1:-}" = "--dossiers" ] && n=$2
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out/dossier"
officectl="$build/apps/officectl/officectl"
mkdir -p "$out"
export OFFICECTL_CONFIG=/dev/null XDG_CONFIG_HOME="$out/config" NO_COLOR=1 OFFICECTL_TODAY=2026-12-02
db="$out/dossiers-$n.db"
[ -f "$db" ] || "$build/bench/officectl_bench_dossier" "$db" --dossiers "$n"
. "$here/median.sh"
floor_sql="SELECT id, reference, title, kind, person_id, owner_id, confidential, status, opened, closed, hold, disposed
FROM dossier_dossier WHERE status IN ('open', 'closed') ORDER BY id;
SELECT dossier_id, type, expires FROM dossier_document;"
printf '%-52s %10s %10s %7s\n' "$n dossiers" "ours ms" "floor ms" "ratio"
rows=$("$officectl" --db "$db" -o csv dossier check --incomplete 2>/dev/null | tail -n +2 | wc -l)
a=$(median_ms "$officectl" -q --db "$db" -o csv dossier check)
b=$(median_ms sqlite3 "$db" "$floor_sql")
printf '%-52s %10s %10s %6.1fx\n' "dossier check ($rows incomplete)" "$a" "$b" "$(echo "$a / $b" | bc -l)"
a=$(median_ms "$officectl" --db "$db" -o csv dossier retention --due-before 2030-12-31)
printf '%-52s %10s %10s %6.1fx\n' "dossier retention --due-before 2030-12-31" "$a" "$b" "$(echo "$a / $b" | bc -l)"
