#!/usr/bin/env bash
# `trip check` and `event plan` over a store of 10 000 trips (30 000 legs in the
# agenda) and 2 000 events (18 000 plan tasks, 80 000 guests), against the SQLite
# floor measured in the same run: the sqlite3 CLI reading the same rows.
#   bench/travel.sh BUILD_DIR [--trips N] [--events N]
set -euo pipefail
build=${1:?usage: bench/travel.sh BUILD_DIR [--trips N] [--events N]}
shift
trips=10000
events=2000
while [ $# -gt 0 ]; do
    case $1 in
        --trips) trips=$2; shift 2 ;;
        --events) events=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 64 ;;
    esac
done
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out/travel"
officectl="$build/apps/officectl/officectl"
mkdir -p "$out"
export OFFICECTL_CONFIG=/dev/null XDG_CONFIG_HOME="$out/config" NO_COLOR=1 OFFICECTL_TODAY=2026-12-02
db="$out/travel-$trips-$events.db"
[ -f "$db" ] || "$build/bench/officectl_bench_travel" "$db" --trips "$trips" --events "$events" > /dev/null
. "$here/median.sh"
mid=$((trips / 2))
event=$((events / 2))
ahead="SELECT trip_id FROM trip_leg GROUP BY trip_id HAVING max(arrive_utc) >= '2026-12-02'"
# What one trip's check reads: the trip, its travellers, legs and stays, the
# agenda over its time with attendees, leave, and the travellers' dossiers' documents.
one_sql="SELECT * FROM trip_trip WHERE id = $mid;
SELECT m.handle FROM trip_traveller t JOIN team_member m ON m.id = t.member_id WHERE t.trip_id = $mid;
SELECT * FROM trip_leg WHERE trip_id = $mid ORDER BY depart_utc;
SELECT * FROM trip_stay WHERE trip_id = $mid ORDER BY check_in;
SELECT a.*, (SELECT group_concat(member_id) FROM agenda_attendee WHERE appointment_id = a.id) FROM agenda_appointment a
WHERE a.rrule IS NULL AND a.start_utc < (SELECT max(arrive_utc) FROM trip_leg WHERE trip_id = $mid)
  AND a.end_utc > (SELECT min(depart_utc) FROM trip_leg WHERE trip_id = $mid);
SELECT * FROM absence_leave WHERE to_date >= (SELECT min(depart_utc) FROM trip_leg WHERE trip_id = $mid);
SELECT d.*, x.* FROM dossier_dossier d JOIN dossier_document x ON x.dossier_id = d.id
WHERE d.person_id IN (SELECT member_id FROM trip_traveller WHERE trip_id = $mid);"
# What checking every trip ahead reads: those trips with their travellers, legs and stays, and the agenda ahead.
all_sql="SELECT * FROM trip_trip WHERE id IN ($ahead);
SELECT * FROM trip_traveller WHERE trip_id IN ($ahead);
SELECT * FROM trip_leg WHERE trip_id IN ($ahead) ORDER BY trip_id, depart_utc;
SELECT * FROM trip_stay WHERE trip_id IN ($ahead) ORDER BY trip_id, check_in;
SELECT a.*, (SELECT group_concat(member_id) FROM agenda_attendee WHERE appointment_id = a.id) FROM agenda_appointment a
WHERE a.rrule IS NULL AND a.end_utc > '2026-12-02' ORDER BY a.start_utc;"
plan_sql="SELECT * FROM event_event WHERE id = $event;
SELECT t.*, m.handle FROM event_task e JOIN teamwork_task t ON t.id = e.task_id JOIN team_member m ON m.id = t.member_id
WHERE e.event_id = $event ORDER BY t.due;"
list_sql="SELECT e.*, (SELECT count(*) FROM event_task x JOIN teamwork_task t ON t.id = x.task_id
                     WHERE x.event_id = e.id AND t.done IS NULL),
       (SELECT count(*) FROM event_supplier s WHERE s.event_id = e.id AND s.status IN ('asked', 'offered')),
       (SELECT count(*) FROM event_guest g WHERE g.event_id = e.id AND g.rsvp = 'yes')
FROM event_event e WHERE e.date >= '2026-12-02' ORDER BY e.date;"
n_ahead=$(sqlite3 "$db" "SELECT count(*) FROM ($ahead)")
n_future=$(sqlite3 "$db" "SELECT count(*) FROM event_event WHERE date >= '2026-12-02'")
printf '%-52s %10s %10s %7s\n' "$trips trips, $events events" "ours ms" "floor ms" "ratio"
row() { # NAME -- OURS... -- FLOOR_SQL
    local name=$1 sql=$2; shift 2
    local a b
    a=$(median_ms "$@")
    b=$(median_ms sqlite3 "$db" "$sql")
    printf '%-52s %10s %10s %6.1fx\n' "$name" "$a" "$b" "$(echo "$a / $b" | bc -l)"
}
check() { "$officectl" --db "$db" -o json trip check "$@" 2> /dev/null || [ $? -eq 65 ]; }
row "trip check $mid (one trip)" "$one_sql" check "$mid"
row "trip check ($n_ahead trips ahead)" "$all_sql" check
row "event plan $event (9 tasks)" "$plan_sql" "$officectl" --db "$db" -o json event plan "$event"
row "event list ($n_future events ahead, with figures)" "$list_sql" "$officectl" --db "$db" -o csv event list
