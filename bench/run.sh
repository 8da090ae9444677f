#!/usr/bin/env bash
# Benchmarks officectl against the SQLite floor measured in the same run: the
# sqlite3 CLI doing the same work on the same file (or /bin/true for start-up).
# Prints each benchmark's median wall time and the ratio officectl / floor.
#   bench/run.sh BUILD_DIR [--people N] [--runs N]
set -euo pipefail
build=${1:?usage: bench/run.sh BUILD_DIR [--people N] [--runs N]}
shift
people=10000
runs=31
while [ $# -gt 0 ]; do
    case $1 in
        --people) people=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 64 ;;
    esac
done
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out"
officectl="$build/apps/officectl/officectl"
generate="$build/bench/officectl_bench_generate"
mkdir -p "$out"
export OFFICECTL_CONFIG=/dev/null XDG_CONFIG_HOME="$out/config" NO_COLOR=1 OFFICECTL_TODAY=2026-12-02

# median_us RUNS CMD...: the median wall time of CMD in microseconds (stdout discarded).
median_us() {
    local n=$1; shift
    local times=() s e
    "$@" > /dev/null # warm the page cache: we measure officectl, not the disk
    for _ in $(seq "$n"); do
        s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N)
        times+=($(( (e - s) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# The SELECT behind `team member list` (current people, by handle), for the floor.
list_sql="SELECT m.id, m.handle, m.name, m.email, m.role, boss.handle, m.minutes_per_week, m.work_days,
       m.start_date, m.end_date, m.lang
FROM team_member m LEFT JOIN team_member boss ON boss.id = m.manager_id
WHERE m.end_date IS NULL OR m.end_date >= '2026-12-02' ORDER BY m.handle"

rows=()
bench() { # NAME OFFICECTL_CMD... -- FLOOR_CMD...
    local name=$1; shift
    local ours=() floor=()
    while [ "$1" != "--" ]; do ours+=("$1"); shift; done
    shift
    floor=("$@")
    local a b
    a=$(median_us "$runs" "${ours[@]}")
    b=$(median_us "$runs" "${floor[@]}")
    rows+=("$(printf '%-44s %10.2f %10.2f %7.2fx' "$name" "$(echo "$a / 1000" | bc -l)" "$(echo "$b / 1000" | bc -l)" "$(echo "$a / $b" | bc -l)")")
}

small="$out/small.db"
large="$out/people-$people.db"
rm -f "$small" "$small"-* 
"$generate" "$small" --people 10 > /dev/null
[ -f "$large" ] || "$generate" "$large" --people "$people" > /dev/null

bench "officectl --version  vs  /bin/true" "$officectl" --version -- /bin/true
bench "team member list, 10 people (cold start)" "$officectl" --db "$small" -o csv team member list -- \
    sqlite3 -csv -header "$small" "$list_sql"
bench "team member list, $people people, csv" "$officectl" --db "$large" -o csv team member list -- \
    sqlite3 -csv -header "$large" "$list_sql"
bench "team member list, $people people, table" "$officectl" --db "$large" team member list -- \
    sqlite3 -column -header "$large" "$list_sql"
bench "team member list, $people people, json" "$officectl" --db "$large" -o json team member list -- \
    sqlite3 -json "$large" "$list_sql"

# contact show on a relation with 10 000 linked register items.
relation="$out/relation-10000.db"
if [ ! -f "$relation" ]; then
    "$officectl" --db "$relation" contact add "Ricoh Belgium" --type supplier --domain ricoh.be > /dev/null
    awk 'BEGIN { print "direction,channel,date,from,subject,ref";
                 for (i = 0; i < 10000; i++) printf "in,letter,2026-%02d-%02d,Ricoh Belgium,Levering %d,R-%d\n", 1 + i % 11, 1 + i % 28, i, i }' \
        > "$out/relation.csv"
    "$officectl" --db "$relation" mail import --csv "$out/relation.csv" --key ref > /dev/null
fi
show_sql="SELECT * FROM contact WHERE id = 1;
SELECT * FROM contact WHERE org_id = 1;
SELECT count(*) FILTER (WHERE direction = 'in'), count(*) FILTER (WHERE direction = 'out'),
       count(*) FILTER (WHERE status IN ('open', 'waiting')), count(*) FILTER (WHERE due < '2026-12-02')
FROM mail_item WHERE from_contact = 1 OR to_contact = 1;
SELECT * FROM mail_item WHERE from_contact = 1 OR to_contact = 1 ORDER BY date DESC, id DESC LIMIT 10;"
bench "contact show, 10 000 linked items" "$officectl" --db "$relation" contact show "Ricoh Belgium" -- \
    sqlite3 "$relation" "$show_sql"

printf '%-44s %10s %10s %8s\n' "benchmark (median of $runs runs)" "ours ms" "floor ms" "ratio"
printf '%s\n' "${rows[@]}"
