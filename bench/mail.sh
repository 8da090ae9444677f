#!/usr/bin/env bash
# The mail import benchmark: a generated Maildir of 20 000 messages and mboxes of
# 10 000 and 100 000, imported into fresh stores. For each: seconds, messages per
# second and peak memory (GNU time), beside the SQLite floor (the same rows
# inserted with one prepared statement) and, where installed, `notmuch new` and
# `mu index` on the same Maildir.
#   bench/mail.sh BUILD_DIR [--maildir N] [--mbox N]
set -euo pipefail
build=${1:?usage: bench/mail.sh BUILD_DIR [--maildir N] [--mbox N]}
shift
maildir_n=20000
mbox_n=100000
while [ $# -gt 0 ]; do
    case $1 in
        --maildir) maildir_n=$2; shift 2 ;;
        --mbox) mbox_n=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 64 ;;
    esac
done
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out/mail"
officectl="$build/apps/officectl/officectl"
generate="$build/bench/officectl_bench_mail"
floor="$build/bench/officectl_bench_floor_mail"
mkdir -p "$out"
cfg="$out/config.toml"
printf '[mail]\nown = ["*@ourcompany.be"]\n' > "$cfg"
export OFFICECTL_CONFIG="$cfg" OFFICECTL_TODAY=2026-12-02

[ -d "$out/maildir-$maildir_n" ] || "$generate" maildir "$out/maildir-$maildir_n" "$maildir_n"
[ -f "$out/small.mbox" ] || "$generate" mbox "$out/small.mbox" 10000
[ -f "$out/large-$mbox_n.mbox" ] || "$generate" mbox "$out/large-$mbox_n.mbox" "$mbox_n"

rows=()
# run NAME MESSAGES FLOOR_SECONDS CMD...: one timed run; prints a row.
run() {
    local name=$1 n=$2 floor_s=$3; shift 3
    /usr/bin/time -o "$out/time.txt" -f '%e %M' "$@" > /dev/null 2> "$out/last.err"
    local t secs kb
    t=$(tail -1 "$out/time.txt")
    secs=${t% *}
    kb=${t#* }
    local rate ratio
    rate=$(echo "$n / $secs" | bc -l 2>/dev/null || echo 0)
    ratio=$( [ "$floor_s" = "-" ] && echo "-" || printf '%.1fx' "$(echo "$secs / $floor_s" | bc -l)")
    rows+=("$(printf '%-40s %8d %8.2f %9.0f %8.1f %8s' "$name" "$n" "$secs" "$rate" "$(echo "$kb / 1024" | bc -l)" "$ratio")")
}
fresh() { rm -f "$1" "$1"-wal "$1"-shm; }
floor_time() { # N: seconds for the floor
    fresh "$out/floor.db"
    /usr/bin/time -o "$out/time.txt" -f '%e' "$floor" "$out/floor.db" "$1" > /dev/null
    tail -1 "$out/time.txt"
}

f20=$(floor_time "$maildir_n")
fresh "$out/maildir.db"
run "officectl mail import (Maildir)" "$maildir_n" "$f20" "$officectl" --db "$out/maildir.db" mail import "$out/maildir-$maildir_n"
rows+=("$(printf '%-40s %8d %8.2f %9.0f %8s %8s' "SQLite floor (same rows, one statement)" "$maildir_n" "$f20" "$(echo "$maildir_n / $f20" | bc -l)" "-" "1.0x")")
if command -v notmuch > /dev/null; then
    rm -rf "$out/maildir-$maildir_n/.notmuch"
    printf '[database]\npath=%s\n[new]\ntags=unread;inbox;\n' "$out/maildir-$maildir_n" > "$out/notmuch.cfg"
    run "notmuch new (same Maildir)" "$maildir_n" "$f20" notmuch --config="$out/notmuch.cfg" new
fi
if command -v mu > /dev/null; then
    rm -rf "$out/mu"
    mu init --muhome="$out/mu" --maildir="$out/maildir-$maildir_n" > /dev/null
    run "mu index (same Maildir)" "$maildir_n" "$f20" mu index --muhome="$out/mu"
fi
f10=$(floor_time 10000)
fresh "$out/small.db"
run "officectl mail import (mbox)" 10000 "$f10" "$officectl" --db "$out/small.db" mail import "$out/small.mbox"
fbig=$(floor_time "$mbox_n")
fresh "$out/large.db"
run "officectl mail import (mbox)" "$mbox_n" "$fbig" "$officectl" --db "$out/large.db" mail import "$out/large-$mbox_n.mbox"
rows+=("$(printf '%-40s %8d %8.2f %9.0f %8s %8s' "SQLite floor (same rows, one statement)" "$mbox_n" "$fbig" "$(echo "$mbox_n / $fbig" | bc -l)" "-" "1.0x")")
fresh "$out/large.db" # a second run over the same store: everything is a duplicate
"$officectl" --db "$out/large.db" mail import "$out/large-$mbox_n.mbox" > /dev/null
run "officectl mail import again (duplicates)" "$mbox_n" "$fbig" "$officectl" --db "$out/large.db" mail import "$out/large-$mbox_n.mbox"

printf '%-40s %8s %8s %9s %8s %8s\n' "mail import (one run each)" "messages" "seconds" "msg/s" "peak MB" "vs floor"
printf '%s\n' "${rows[@]}"
