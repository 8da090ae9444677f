#!/usr/bin/env bash
# Runs the libFuzzer targets (build them first: cmake --preset fuzz && cmake --build --preset fuzz).
#   fuzz/run.sh SECONDS [TARGET...]      (default: every target; make fuzz runs 60 s each)
# Each target first replays fuzz/regressions/<target>/ (inputs that once crashed
# it), then fuzzes for SECONDS from its corpus (build/fuzz/corpus/<target>,
# kept between runs) seeded from tests/data and, when it is there,
# ../shared/data. A crash, leak or time-out leaves its input in
# build/fuzz/crashes/<target>/ and fails the run; a summary line per target says
# what ran.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(mail ics recurrence csv config vcard words)
bin=build/fuzz/fuzz
out=build/fuzz
shared=../shared/data
[ -x "$bin/fuzz_mail" ] || { echo "fuzz/run.sh: build the fuzz preset first (cmake --preset fuzz && cmake --build --preset fuzz)" >&2; exit 66; }

# Seeds that are not files of their own: libical's recurrence oracle (one rule
# and start per file) and the words people type.
seed_dir() { # TARGET: a folder of generated seeds for it
    local dir="$out/seeds/$1"
    mkdir -p "$dir"
    case $1 in
    recurrence)
        awk -F'RRULE:' '/^RRULE:/ { rule = $2 } /^DTSTART:/ { n++; s = $0; sub(/^DTSTART:/, "", s);
             printf "%s\n%s-%s-%sT%s:%s\n", rule, substr(s,1,4), substr(s,5,2), substr(s,7,2), substr(s,10,2), substr(s,12,2) > (dir "/" n) }' \
            dir="$dir" tests/data/ical/libical/icalrecur_test.txt ;;
    words)
        local i=0
        for w in today tomorrow fri +3d -2w 2026-W49 2026-12 next-week this-month 3/2/2027 2027-02-03 \
                 "2026-12-01..2026-12-31" "1.234,56" "€ 12" "12 EUR" "-5,5" "1,234.56" 3m 1y 10d 1h30 \
                 "2026-12-03 10:00" "mon 09:00" "2026-12-04 10:00 America/New_York"; do
            printf '%s' "$w" > "$dir/$((i++))"
        done ;;
    vcard)
        printf 'Ricoh Belgium; Drukkerij, NV\nLijn 2' > "$dir/1"; printf 'Zoë — 日本語 ü' > "$dir/2" ;;
    config)
        cp examples/*.toml "$dir/" 2>/dev/null || true ;;
    esac
    echo "$dir"
}

seeds_of() { # TARGET: the folders its corpus starts from
    local s=()
    case $1 in
    mail) s=(tests/data/mail "$shared/mail") ;;
    ics) s=(tests/data/ical "$shared/ical") ;;
    csv) s=(tests/data/csv-spectrum "$shared/csv") ;;
    esac
    s+=("$(seed_dir "$1")")
    for d in "${s[@]}"; do [ -d "$d" ] && echo "$d"; done
}

failed=()
for t in "${targets[@]}"; do
    exe="$bin/fuzz_$t"
    corpus="$out/corpus/$t"
    crashes="$out/crashes/$t"
    mkdir -p "$corpus" "$crashes"
    if [ -d "fuzz/regressions/$t" ] && [ -n "$(ls -A "fuzz/regressions/$t")" ]; then
        if ! "$exe" -runs=0 -timeout=10 -rss_limit_mb=2048 "fuzz/regressions/$t" > "$out/$t.regressions.log" 2>&1; then
            echo "fuzz_$t: a regression input fails again (see $out/$t.regressions.log)" >&2
            failed+=("$t")
            continue
        fi
    fi
    mapfile -t seeds < <(seeds_of "$t")
    log="$out/$t.log"
    status=0
    "$exe" "$corpus" "${seeds[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
        -artifact_prefix="$crashes/" -print_final_stats=1 > "$log" 2>&1 || status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
    files=$(find "$corpus" -type f | wc -l)
    if [ "$status" -ne 0 ]; then
        echo "fuzz_$t: FAILED after $runs runs (see $log; input in $crashes/)"
        failed+=("$t")
    else
        echo "fuzz_$t: $runs runs in ${seconds} s, coverage $cov edges, corpus $files inputs, no crash"
    fi
done
if ((${#failed[@]})); then
    echo "fuzz/run.sh: failed: ${failed[*]}" >&2
    exit 1
fi
