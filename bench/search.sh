#!/usr/bin/env bash
# `mail search` on a register of N items (default 1 000 000), imported from a
# generated mbox, against the SQLite floor: the sqlite3 CLI running the same
# full-text query on the same file. Median of 11 runs per query.
#   bench/search.sh BUILD_DIR [--items N]
set -euo pipefail
build=${1:?usage: bench/search.sh BUILD_DIR [--items N]}
shift
n=1000000
[ "${1:-}" = "--items" ] && n=$2
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out/search"
officectl="$build/apps/officectl/officectl"
mkdir -p "$out"
export OFFICECTL_CONFIG=/dev/null OFFICECTL_TODAY=2026-12-02
db="$out/register-$n.db"
if [ ! -f "$db" ]; then
    "$build/bench/officectl_bench_mail" mbox "$out/mail-$n.mbox" "$n"
    /usr/bin/time -o "$out/import.txt" -f '%e s, %M KB' "$officectl" --db "$db" mail import "$out/mail-$n.mbox" > "$out/import.log"
    rm -f "$out/mail-$n.mbox"
    echo "built: $(cat "$out/import.log"); $(cat "$out/import.txt")"
fi
. "$here/median.sh"
fts() { # the floor: the same MATCH, ranked, 50 rows with snippets
    sqlite3 "$db" "SELECT i.number, snippet(mail_fts, -1, '[', ']', '…', 10) FROM mail_fts JOIN mail_item i ON i.id = mail_fts.rowid WHERE mail_fts MATCH '{subject body from_text to_text} : (\"$1\")' ORDER BY rank LIMIT 50"
}
printf '%-44s %10s %10s %7s\n' "mail search on $n items (median of 11)" "ours ms" "floor ms" "ratio"
for word in 424242 coördinatie offerte; do
    a=$(median_ms "$officectl" --db "$db" -o csv mail search "$word")
    b=$(median_ms fts "$word")
    printf '%-44s %10s %10s %6.1fx\n' "mail search $word" "$a" "$b" "$(echo "$a / $b" | bc -l)"
done
