#!/usr/bin/env bash
# The mail import benchmark: a generated Maildir of 20 000 messages and mboxes of
# 10 000 and 100 000, imported into fresh stores. For each: seconds, messages per
# second and peak memory (GNU time), beside the SQLite floor (the same rows
# inserted with one prepared statement) and, where installed, `notmuch new` and
# `mu index` on the same Maildir, in turns with the import (median of 3 rounds).
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
peers=()
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

# The Maildir against its peers: rounds of officectl, notmuch and mu in turn (the
# machine's speed drifts; taking turns shares the drift out), median of the rounds.
rounds=3
declare -A secs_of kb_of
timed() { # KEY CMD...: one run, its seconds and peak KB appended to KEY's lists
    local key=$1; shift
    /usr/bin/time -o "$out/time.txt" -f '%e %M' "$@" > /dev/null 2> "$out/last.err"
    local t; t=$(tail -1 "$out/time.txt")
    secs_of[$key]+="${t% *} "
    kb_of[$key]+="${t#* } "
}
median() { printf '%s\n' $1 | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
highest() { printf '%s\n' $1 | sort -n | tail -1; }
printf '[database]\npath=%s\n[new]\ntags=unread;inbox;\n' "$out/maildir-$maildir_n" > "$out/notmuch.cfg"
for round in $(seq $rounds); do
    fresh "$out/maildir.db"
    timed officectl "$officectl" --db "$out/maildir.db" mail import "$out/maildir-$maildir_n"
    if command -v notmuch > /dev/null; then
        rm -rf "$out/maildir-$maildir_n/.notmuch"
        timed notmuch notmuch --config="$out/notmuch.cfg" new
        rm -rf "$out/maildir-$maildir_n/.notmuch"
    fi
    if command -v mu > /dev/null; then
        rm -rf "$out/mu"
        mu init --muhome="$out/mu" --maildir="$out/maildir-$maildir_n" > /dev/null
        timed mu mu index --muhome="$out/mu"
    fi
done
f20=$(floor_time "$maildir_n")
row() { # NAME N FLOOR_SECONDS SECONDS KB
    local rate ratio
    rate=$(echo "$2 / $4" | bc -l)
    ratio=$( [ "$3" = "-" ] && echo "-" || printf '%.1fx' "$(echo "$4 / $3" | bc -l)")
    rows+=("$(printf '%-40s %8d %8.2f %9.0f %8.1f %8s' "$1" "$2" "$4" "$rate" "$(echo "$5 / 1024" | bc -l)" "$ratio")")
}
own=$(median "${secs_of[officectl]}")
row "officectl mail import (Maildir)" "$maildir_n" "$f20" "$own" "$(highest "${kb_of[officectl]}")"
rows+=("$(printf '%-40s %8d %8.2f %9.0f %8s %8s' "SQLite floor (same rows, one statement)" "$maildir_n" "$f20" "$(echo "$maildir_n / $f20" | bc -l)" "-" "1.0x")")
for peer in notmuch mu; do
    [ -n "${secs_of[$peer]:-}" ] || continue
    theirs=$(median "${secs_of[$peer]}")
    name=$([ $peer = notmuch ] && echo "notmuch new (same Maildir)" || echo "mu index (same Maildir)")
    row "$name" "$maildir_n" "$f20" "$theirs" "$(highest "${kb_of[$peer]}")"
    peers+=("$(printf 'officectl is %.1fx the messages per second of %s' "$(echo "$theirs / $own" | bc -l)" "$peer")")
done
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

printf '%-40s %8s %8s %9s %8s %8s\n' "mail import (Maildir: median of $rounds rounds; mbox: one run)" "messages" "seconds" "msg/s" "peak MB" "vs floor"
printf '%s\n' "${rows[@]}"
printf '%s\n' "${peers[@]}"
