#!/usr/bin/env bash
# The agenda against the SQLite floor measured in the same run (the sqlite3 CLI
# reading, or writing, the same rows from the same file):
#  - listing one week of a store of 100 000 appointments and 5 000 series;
#  - `agenda free` for 5 people over a month of that store;
#  - importing a 10 000-event and a 40 000-event .ics (peak memory: flat?).
#   bench/agenda.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: bench/agenda.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out/agenda"
officectl="$build/apps/officectl/officectl"
generate="$build/bench/officectl_bench_agenda"
mkdir -p "$out"
export OFFICECTL_CONFIG=/dev/null XDG_CONFIG_HOME="$out/config" NO_COLOR=1 OFFICECTL_TODAY=2026-12-02
db="$out/agenda-100000.db"
[ -f "$db" ] || "$generate" "$db" --appointments 100000 --series 5000

. "$here/median.sh"

# What `agenda list` reads for a window: the one-off appointments in it, every
# series that may recur in it, and their attendees (the same SELECTs).
window_sql() { # FROM_UTC TO_UTC LOWER_UTC
    cat <<SQL
WITH rows AS (
  SELECT id, uid, parent_id, recurrence_id, title, start_utc, end_utc, zone, all_day, rrule, owner_id, room_id,
         location, note, confidential, status, sequence FROM agenda_appointment
  WHERE rrule IS NULL AND start_utc < '$2' AND start_utc >= '$3' AND (end_utc > '$1' OR start_utc >= '$1')
  UNION ALL
  SELECT id, uid, parent_id, recurrence_id, title, start_utc, end_utc, zone, all_day, rrule, owner_id, room_id,
         location, note, confidential, status, sequence FROM agenda_appointment
  WHERE rrule IS NOT NULL AND start_utc < '$2' AND (series_end_utc IS NULL OR series_end_utc >= '$1'))
SELECT r.*, a.member_id, a.email FROM rows r LEFT JOIN agenda_attendee a ON a.appointment_id = r.id;
SQL
}
longest=$(sqlite3 "$db" "SELECT max(duration_s) FROM agenda_appointment WHERE rrule IS NULL")
lower() { date -u -d "$1 - $longest seconds" +%Y-%m-%dT%H:%M:%SZ; }

printf '%-52s %10s %10s %7s\n' "agenda, 100 000 appointments + 5 000 series" "ours ms" "floor ms" "ratio"
week_sql=$(window_sql 2026-11-29T23:00:00Z 2026-12-06T23:00:00Z "$(lower 2026-11-29T23:00:00Z)")
a=$(median_ms 11 "$officectl" --db "$db" -o csv agenda list --week 2026-W49)
b=$(median_ms 11 sqlite3 "$db" "$week_sql")
printf '%-52s %10s %10s %6.1fx\n' "agenda list --week 2026-W49 ($("$officectl" --db "$db" -q agenda list --week 2026-W49 | wc -l) occurrences)" "$a" "$b" "$(echo "$a / $b" | bc -l)"
month_sql=$(window_sql 2026-11-30T23:00:00Z 2026-12-31T23:00:00Z "$(lower 2026-11-30T23:00:00Z)")
a=$(median_ms 11 "$officectl" --db "$db" agenda free --who p001,p002,p003,p004,p005 --for 30m --in 2026-12)
b=$(median_ms 11 sqlite3 "$db" "$month_sql")
printf '%-52s %10s %10s %6.1fx\n' "agenda free, 5 people, 2026-12" "$a" "$b" "$(echo "$a / $b" | bc -l)"

printf '\n%-30s %8s %10s %12s %12s\n' "agenda import" "events" "seconds" "events/s" "peak memory"
for n in 10000 40000; do
    src="$out/source-$n.db" ics="$out/events-$n.ics"
    if [ ! -f "$ics" ]; then
        rm -f "$src"*
        "$generate" "$src" --appointments $((n - n / 20)) --series $((n / 20)) > /dev/null
        "$officectl" --db "$src" agenda export --ics > "$ics"
    fi
    events=$(grep -c '^BEGIN:VEVENT' "$ics")
    rm -f "$out/into-$n.db"*
    # The store gets the same people and rooms first, as in an office.
    "$generate" "$out/into-$n.db" --appointments 0 --series 0 > /dev/null
    /usr/bin/time -o "$out/time-$n.txt" -f '%e %M' "$officectl" --db "$out/into-$n.db" agenda import "$ics" > /dev/null
    read -r secs kb < "$out/time-$n.txt"
    printf '%-30s %8s %10s %12.0f %9.1f MB\n' "officectl agenda import" "$events" "$secs" "$(echo "$events / $secs" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
    # The floor: the same rows copied by SQLite itself, store to store.
    rm -f "$out/floor-$n.db"*
    "$generate" "$out/floor-$n.db" --appointments 0 --series 0 > /dev/null
    s=$(date +%s%N)
    sqlite3 "$out/floor-$n.db" "ATTACH '$src' AS src; BEGIN; INSERT INTO agenda_appointment SELECT * FROM src.agenda_appointment;
        INSERT INTO agenda_attendee SELECT * FROM src.agenda_attendee; COMMIT;"
    e=$(date +%s%N)
    fs=$(echo "($e - $s) / 1000000000" | bc -l)
    printf '%-30s %8s %10.2f %12.0f %12s\n' "floor: sqlite3 copying rows" "$events" "$fs" "$(echo "$events / $fs" | bc -l)" ""
done
