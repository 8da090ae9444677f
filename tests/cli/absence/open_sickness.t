Sickness without an end yet: recorded with --no-end, away on every day from its
start (calendars, bookings), counted through today, and given its end with
`absence edit --until` when the person is back. Today is Wednesday 2026-12-02.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\n' > people.csv
  $ officectl -q team member import people.csv
  2

A vacation under way this week, and one planned for February.

  $ officectl -q absence add an --type vacation --since 2026-11-30 --until 2026-12-04
  1
  $ officectl -q absence add an --type vacation --since 2027-02-15 --until 2027-02-19
  2

Ill since Tuesday, no end known: the rest of the vacation under way goes back
into the balance; February's stays until the sickness has an end.

  $ officectl absence add an --type sick --since 2026-12-01 --no-end --note "griep"
  vacation leave 1 (2026-11-30 to 2026-12-04): 2026-12-01 to 2026-12-04 back into an's balance (4 days), sick instead
  recorded leave 3: an sick since 2026-12-01, no end yet, 2 days so far
  $ officectl absence list --who an --all
  id  who  type      from        to          half  days  status    note
  --  ---  --------  ----------  ----------  ----  ----  --------  --------------
   1  an   vacation  2026-11-30  2026-11-30           1  approved
   3  an   sick      2026-12-01                       2  approved  (confidential)
   2  an   vacation  2027-02-15  2027-02-19           5  approved
  $ officectl -o json absence show 3 | /usr/bin/python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["title"]); print({k: r["sections"][0]["blocks"][0]["rows"][0][k] for k in ("from", "to", "days")})'
  Leave 3: an sick, since 2026-12-01, no end yet (days so far)
  {'from': '2026-12-01', 'to': None, 'days': 2}
  $ officectl --as-of 2026-12-11 absence show 3 | head -1
  Leave 3: an sick, since 2026-12-01, no end yet (days so far)
  $ officectl --as-of 2026-12-11 absence list --who an -o csv | grep sick
  3,an,sick,2026-12-01,,,9,approved,(confidential)

Away on every day ahead: next month's calendar, who is out, a booking.

  $ officectl absence who --date 2027-01-12
  who  type  from        to  half  status
  ---  ----  ----------  --  ----  --------
  an   sick  2026-12-01            approved
  $ officectl agenda add "Overleg" --at "2027-01-12 10:00" --who an,bert
  officectl: "Overleg" double-books an:
    an is away (sick since 2026-12-01, no end yet)
  (--force books it anyway, as tentative)
  [65]

The sickness is no leave that can be planned, nor half a day, and one is open at a time.

  $ officectl absence add bert --type vacation --since 2026-12-07 --no-end
  officectl: --no-end: only sick leave can have no end yet, not vacation
  [65]
  $ officectl absence add bert --type sick --since 2026-12-07 --no-end --until 2026-12-08
  officectl: --no-end is sick leave without an end: give --no-end or --until, not both
  [64]
  $ officectl absence add bert --type sick --since 2026-12-07 --no-end --half am
  officectl: --half: sick is taken in whole days (absence.type unit)
  [65]
  $ officectl absence add bert --type sick --since 2026-12-07 --no-end --requested
  officectl: --no-end: sickness is recorded, not requested
  [65]
  $ officectl absence add an --type sick --since 2026-12-20 --no-end
  officectl: an is already away then: leave 3 (sick, since 2026-12-01, no end yet)
  [65]
  $ officectl absence add an --type training --since 2026-12-01
  officectl: an is already away then: leave 3 (sick, since 2026-12-01, no end yet)
  [65]
  $ officectl absence list --who an --all -o csv | wc -l
  4

Leave planned for after its start may still be recorded.

  $ officectl -q absence add an --type vacation --since 2027-04-05 --until 2027-04-09
  4

Back at work on Monday 14th: the sickness gets its end (February is not touched).

  $ officectl absence edit 3 --until 2026-12-11
  changed leave 3: an sick 2026-12-01 to 2026-12-11
  $ officectl absence list --who an --all -o csv | cut -d, -f1-7
  id,who,type,from,to,half,days
  1,an,vacation,2026-11-30,2026-11-30,,1
  3,an,sick,2026-12-01,2026-12-11,,9
  2,an,vacation,2027-02-15,2027-02-19,,5
  4,an,vacation,2027-04-05,2027-04-09,,5
  $ officectl absence who --date 2027-01-12
  nobody is out on 2027-01-12

Undo opens it again.

  $ officectl undo -q
  * (glob)
  $ officectl absence list --who an -o csv | grep sick
  3,an,sick,2026-12-01,,,2,approved,(confidential)

A sickness with an end that runs into February's vacation takes those days back.

  $ officectl absence edit 3 --until 2027-02-16
  vacation leave 2 (2027-02-15 to 2027-02-19): 2027-02-15 to 2027-02-16 back into an's balance (2 days), sick instead
  changed leave 3: an sick 2026-12-01 to 2027-02-16
  $ officectl undo -q
  * (glob)
  $ officectl absence export --month 2026-12 --ics | grep -E '^(SUMMARY|DTSTART|DTEND)'
  SUMMARY:an: sick (no end yet)\r (esc)
  DTSTART;VALUE=DATE:20261201\r (esc)
  DTEND;VALUE=DATE:20270101\r (esc)

Sickness within open sickness is refused, also by reopening an earlier one.

  $ officectl absence add an --type sick --since 2026-12-10
  officectl: an is already away then: leave 3 (sick, since 2026-12-01, no end yet)
  [65]
  $ officectl -q absence add bert --type sick --since 2026-11-23 --until 2026-11-24
  5
  $ officectl -q absence add bert --type sick --since 2026-11-26
  6
  $ officectl absence edit 5 --no-end
  officectl: bert is already away then: leave 6 (sick, 2026-11-26)
  [65]

The payroll export counts open sickness through today, each day once: the
days of a vacation planned during it count as sickness once they have come
and the sickness still runs; ahead of today they are the vacation planned.

  $ officectl -q absence add an --type vacation --since 2026-12-21 --until 2026-12-23
  7
  $ officectl absence export --month 2026-12 -o csv
  month,who,type,days,hours
  2026-12,an,sick,2,16
  2026-12,an,vacation,3,24
  $ officectl --as-of 2026-12-31 absence export --month 2026-12 -o csv
  month,who,type,days,hours
  2026-12,an,sick,22,176
