#!/usr/bin/env bash
# Start-up (issue 25): small commands against the sqlite3 shell running the same
# SELECT, /bin/true, and taskwarrior; and shell loops of single adds against
# sqlite3 inserts and `task add`. Single commands are timed by hyperfine
# (-N: no shell in between; medians); the loops by the clock around the whole
# loop, rounds alternated between the tools, medians of the rounds.
#   bench/startup.sh BUILD_DIR [--loop N] [--rounds N]
set -euo pipefail
build=${1:?usage: bench/startup.sh BUILD_DIR [--loop N] [--rounds N]}
shift
loop=1000
rounds=3
while [ $# -gt 0 ]; do
    case $1 in
        --loop) loop=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 64 ;;
    esac
done
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out/startup"
officectl="$build/apps/officectl/officectl"
rm -rf "$out"
mkdir -p "$out"
export OFFICECTL_CONFIG=/dev/null XDG_CONFIG_HOME="$out/config" NO_COLOR=1 OFFICECTL_TODAY=2026-12-02
export TASKRC="$out/taskrc" TASKDATA="$out/task"
printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nnews.version=2.6.2\n' "$TASKDATA" > "$TASKRC"

# A small store: 10 people, 20 registered letters; taskwarrior with 20 tasks.
db="$out/office.db"
for i in $(seq 10); do "$officectl" --db "$db" -q team member add "p$i" --name "Person $i" > /dev/null; done
for i in $(seq 20); do
    "$officectl" --db "$db" -q mail log --from "Supplier $((i % 4))" --subject "Letter $i" --due +10d > /dev/null
done
for i in $(seq 20); do task add "Task $i" due:2026-12-20 > /dev/null; done

# median_ms CMD: hyperfine's median of CMD in milliseconds.
median_ms() {
    hyperfine -N --style none --warmup 5 --runs 60 --export-json "$out/h.json" "$1" > /dev/null 2>&1
    /usr/bin/python3 -c 'import json,sys; print("%.2f" % (json.load(open(sys.argv[1]))["results"][0]["median"] * 1000))' "$out/h.json"
}

# One line each: hyperfine -N splits the command as a shell would, quotes and all.
members_sql="SELECT m.id, m.handle, m.name, m.email, m.role, boss.handle, m.minutes_per_week, m.work_days, m.start_date, m.end_date, m.lang FROM team_member m LEFT JOIN team_member boss ON boss.id = m.manager_id WHERE m.end_date IS NULL OR m.end_date >= '2026-12-02' ORDER BY m.handle"
mail_sql="SELECT * FROM mail_item ORDER BY date DESC, id DESC LIMIT 20"
sqlite_cmd() { printf 'sqlite3 -csv -header %s "%s"' "$db" "$1"; }

true_ms=$(median_ms /bin/true)
task_ms=$(median_ms "task list")
rows=()
row() { # NAME OURS_MS FLOOR_MS FLOOR_NAME
    rows+=("$(printf '%-36s %9.2f %9.2f %7.2fx   %s' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)" "$4")")
}
v=$(median_ms "$officectl --version")
row "--version" "$v" "$true_ms" "/bin/true (+$(echo "$v - $true_ms" | bc -l | xargs printf '%.1f') ms)"
h=$(median_ms "$officectl --help")
row "--help" "$h" "$true_ms" "/bin/true (+$(echo "$h - $true_ms" | bc -l | xargs printf '%.1f') ms)"
ours=$(median_ms "$officectl --db $db -o csv team member list")
row "team member list (10 people)" "$ours" "$(median_ms "$(sqlite_cmd "$members_sql")")" "sqlite3, same SELECT"
row "team member list (10 people)" "$ours" "$task_ms" "task list (20 tasks)"
ours=$(median_ms "$officectl --db $db -o csv mail list --limit 20")
row "mail list --limit 20" "$ours" "$(median_ms "$(sqlite_cmd "$mail_sql")")" "sqlite3, SELECT * ... LIMIT 20"
ours=$(median_ms "$officectl --db $db -o csv due")
row "due (20 letters due)" "$ours" "$task_ms" "task list (20 tasks)"

printf '%-36s %9s %9s %8s   %s\n' "command (hyperfine, median of 60)" "ours ms" "floor ms" "ratio" "floor"
printf '%s\n' "${rows[@]}"

# Shell loops: $loop single adds, as a script that registers the post would do.
# Each round starts each tool from an empty store.
loop_db="$out/loop.db"
floor_db="$out/floor.db"
fresh() {
    rm -rf "$loop_db" "$loop_db"-* "$floor_db" "$floor_db"-* "$TASKDATA"
    sqlite3 "$floor_db" "PRAGMA journal_mode=WAL; CREATE TABLE item(id INTEGER PRIMARY KEY, sender TEXT, subject TEXT, day TEXT)" > /dev/null
}
seconds() { local s e; s=$(date +%s%N); "$@"; e=$(date +%s%N); echo "$(( (e - s) / 1000000 ))"; }
ours_loop() { for i in $(seq "$loop"); do "$officectl" --db "$loop_db" -q mail log --from "Supplier" --subject "Letter $i" > /dev/null; done; }
sqlite_loop() { for i in $(seq "$loop"); do sqlite3 "$floor_db" "INSERT INTO item(sender, subject, day) VALUES('Supplier', 'Letter $i', date())"; done; }
task_loop() { for i in $(seq "$loop"); do task add "Letter $i" > /dev/null; done; }
o=(); q=(); t=()
for _ in $(seq "$rounds"); do
    fresh
    o+=("$(seconds ours_loop)"); q+=("$(seconds sqlite_loop)"); t+=("$(seconds task_loop)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
om=$(median "${o[@]}"); qm=$(median "${q[@]}"); tm=$(median "${t[@]}")
echo
echo "$loop calls in a shell loop (median of $rounds alternated rounds): mail log -q ${om} ms, sqlite3 insert ${qm} ms, task add ${tm} ms"
printf 'mail log -q / sqlite3 insert: %.2fx   mail log -q / task add: %.2fx\n' \
    "$(echo "$om / $qm" | bc -l)" "$(echo "$om / $tm" | bc -l)"
