Calendars from outside: a rule that can never give an occurrence is refused at
import with its line, and one already stored never takes the agenda down with it;
a time zone that repeats every second, an endless line, endless input: refused
with a clear line, fast, the store unchanged.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name,email\nan,An Peeters,an@office.be\nbert,Bert Claes,\n' > people.csv
  $ officectl -q team member import people.csv
  2
  $ officectl -q agenda add "Teamoverleg" --at "2026-11-30 09:00" --for 1h --who an,bert --every week --repeat-on mon
  1
  officectl: warning: "Teamoverleg": 3 occurrences in its first year fall on a public holiday: 2027-03-29 (Paasmaandag), 2027-05-17 (Pinkstermaandag), 2027-11-01 (Allerheiligen)
  $ cat > never.ics <<'ICS'
  > BEGIN:VCALENDAR
  > VERSION:2.0
  > BEGIN:VEVENT
  > UID:never@example.be
  > DTSTART:20261201T100000Z
  > DTEND:20261201T110000Z
  > SUMMARY:Never
  > RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30
  > END:VEVENT
  > BEGIN:VEVENT
  > UID:thirteen@example.be
  > DTSTART:20261201T100000Z
  > SUMMARY:Month 13
  > RRULE:FREQ=YEARLY;BYMONTH=13
  > END:VEVENT
  > BEGIN:VEVENT
  > UID:fine@example.be
  > DTSTART:20261202T140000Z
  > DTEND:20261202T150000Z
  > SUMMARY:Fine
  > END:VEVENT
  > END:VCALENDAR
  > ICS
  $ officectl agenda import never.ics --who an
  imported never.ics: added 1, updated 0, unchanged 0, skipped 2 (1: line 14: recurrence rule "FREQ=YEARLY;BYMONTH=13" never gives an occurrence; 1: line 8: recurrence rule "FREQ=YEARLY;BYMONTHDAY=30;BYMONTH=2" never gives an occurrence)

Stored before imports checked rules (put in by hand here): the agenda lists the
rest and names what it leaves out; every view that expands series goes on.

  $ sqlite3 data/officectl/office.db "UPDATE agenda_appointment SET rrule = 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', series_end_utc = NULL WHERE id = 1"
  $ officectl agenda list --week 2026-W49
  appointment 1 "Teamoverleg" is left out: recurrence rule "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30" never gives an occurrence (see `officectl agenda show 1`)
  id  day         time         title  owner  who  room  status     repeats
  --  ----------  -----------  -----  -----  ---  ----  ---------  -------
   2  2026-12-02  15:00-16:00  Fine   an                confirmed
  $ officectl agenda today
  appointment 1 "Teamoverleg" is left out: recurrence rule "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30" never gives an occurrence (see `officectl agenda show 1`)
  id  day         time         title  owner  who  room  status     repeats
  --  ----------  -----------  -----  -----  ---  ----  ---------  -------
   2  2026-12-02  15:00-16:00  Fine   an                confirmed
  $ officectl agenda free --who an,bert --for 1h --in 2026-W49 --limit 1
  day         start  end    free_until  room
  ----------  -----  -----  ----------  ----
  2026-12-02  09:00  10:00  15:00
  $ officectl agenda conflicts 2026-12
  no double bookings from 2026-12-01 to 2026-12-31
  $ officectl report weekly --week 2026-W49 | grep -c .
  42
  $ officectl team workload --week 2026-W49 | head -3
  who   contract_hours  absent_hours  meeting_hours  available_hours  task_hours  spare_hours  open_tasks  unestimated  overdue
  ----  --------------  ------------  -------------  ---------------  ----------  -----------  ----------  -----------  -------
  an                40             0              1               39           0           39           0            0        0
  $ officectl absence conflicts 2026-12
  Absence conflicts 2026-12-01 to 2026-12-31
  ==========================================
  
  Staffing rules
  --------------
  
  Every working day has the people the rules ask for.
  
  Appointments during leave
  -------------------------
  
  Nobody has an appointment while away.
  $ officectl -q agenda add "Nieuw" --at "2026-12-03 10:00" --for 1h --who an
  3
  $ officectl agenda show 1 | grep repeats
  repeats:      every year on day 30; not listed: recurrence rule "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30" never gives an occurrence

A time zone whose rule repeats every second, used by an event: libical expanded
it from 1601 (killed at 40 s and 431 MB). It is refused for that event.

  $ cat > zone.ics <<'ICS'
  > BEGIN:VCALENDAR
  > VERSION:2.0
  > BEGIN:VTIMEZONE
  > TZID:Hostile Standard Time
  > BEGIN:STANDARD
  > DTSTART:16010101T000000
  > TZOFFSETFROM:+0100
  > TZOFFSETTO:+0100
  > RRULE:FREQ=SECONDLY
  > END:STANDARD
  > END:VTIMEZONE
  > BEGIN:VEVENT
  > UID:zone@example.be
  > DTSTART;TZID=Hostile Standard Time:20261201T100000
  > SUMMARY:Zoned
  > END:VEVENT
  > END:VCALENDAR
  > ICS
  $ timeout 20 officectl agenda import zone.ics --who an
  imported zone.ics: added 0, updated 0, unchanged 0, skipped 1 (1: line 3: time zone "Hostile Standard Time": RRULE:FREQ=SECONDLY repeats more often than monthly: a time zone changes its clock a few times a year)

An endless folded line on stdin (it reached 2.9 GB in 15 s), a 30 MB line, and
endless input: refused at the limit, nothing imported.

  $ (printf 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:x\r\n'; yes ' xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx') | timeout 20 officectl agenda import - --who an
  officectl: stdin:3: a line longer than 1 MiB (the limit), folded
  [65]
  $ python3 -c 'import sys; sys.stdout.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:d@x\r\nDTSTART:20261201T100000Z\r\nDESCRIPTION:" + "d" * 30000000 + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")' > big.ics
  $ timeout 20 officectl agenda import big.ics --who an
  officectl: big.ics:5: a line longer than 1 MiB (the limit)
  [65]
  $ timeout 20 officectl agenda import - --who an < /dev/zero
  officectl: stdin:1: a line longer than 1 MiB (the limit)
  [65]
  $ sqlite3 data/officectl/office.db "SELECT count(*) FROM agenda_appointment"
  3
