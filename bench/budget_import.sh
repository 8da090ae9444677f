#!/usr/bin/env bash
# `budget import` of a bank's export (Belgian headers and dates, negative
# amounts, 50 vendors), first run and re-run (every row a duplicate), at two
# sizes: memory must stay flat as the file grows. The SQLite floor is the
# sqlite3 CLI importing the same CSV into a table in one transaction.
#   bench/budget_import.sh BUILD_DIR [--rows N]   (N and N/10 rows)
set -euo pipefail
build=${1:?usage: bench/budget_import.sh BUILD_DIR [--rows N]}
shift
n=100000
[ "${1:-}" = "--rows" ] && n=$2
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out/budget_import"
officectl="$build/apps/officectl/officectl"
mkdir -p "$out"
export OFFICECTL_CONFIG=/dev/null XDG_CONFIG_HOME="$out/config" NO_COLOR=1 OFFICECTL_TODAY=2027-12-31
map="date=Datum,amount=Bedrag,vendor=Tegenpartij,note=Omschrijving"
# seconds and peak MB of one run: "S MB"
measure() { /usr/bin/time -f '%e %M' "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%s %.1f\n", $1, $2 / 1024 }'; }
printf '%-34s %9s %9s %9s %9s %8s\n' "bank export rows" "import s" "peak MB" "re-run s" "floor s" "ratio"
for rows in $((n / 10)) "$n"; do
    csv="$out/bank-$rows.csv"
    [ -f "$csv" ] || awk -v n="$rows" 'BEGIN { srand(1); print "Datum;Bedrag;Tegenpartij;Omschrijving";
        for (i = 0; i < n; i++) printf "%02d/%02d/2027;-%d,%02d;Vendor %d;Factuur %d\n", 1 + int(rand() * 28),
            1 + int(rand() * 12), 1 + int(rand() * 999), int(rand() * 100), 1 + int(rand() * 50), i }' > "$csv"
    db="$out/import-$rows.db"
    rm -f "$db" "$db"-*
    "$officectl" --db "$db" -q budget add Bench --year 2027 > /dev/null
    "$officectl" --db "$db" -q budget line add Bench Bank --amount 1000000 --code 6100 > /dev/null
    read -r first mb < <(measure "$officectl" --db "$db" budget import "$csv" --line 6100 --map "$map" --negate)
    read -r again _ < <(measure "$officectl" --db "$db" budget import "$csv" --line 6100 --map "$map" --negate)
    floor_db="$out/floor-$rows.db"
    rm -f "$floor_db"
    read -r floor _ < <(measure sqlite3 "$floor_db" ".separator ;" ".import $csv bank")
    printf '%-34s %9s %9s %9s %9s %7.1fx\n' "$rows" "$first" "$mb" "$again" "$floor" "$(echo "$first / $floor" | bc -l)"
done
