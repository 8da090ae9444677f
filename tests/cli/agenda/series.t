Series: a rule, never stored per occurrence; DST-proof; one occurrence moved or cancelled.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\n' > people.csv
  $ officectl -q team member import people.csv
  2

A weekly 10:00 meeting stays at 10:00 in Brussels across 2027-03-28 (the clocks go forward).
--until may be given twice: with a time it ends the meeting, a date alone ends the series.

  $ officectl agenda add "Teamoverleg" --at "2027-03-15 10:00" --end 11:00 --who an,bert --every week --repeat-on mon --end 2027-04-30
  booked 1 "Teamoverleg" Mon 2027-03-15 10:00-11:00
  officectl: warning: "Teamoverleg": 1 occurrence falls on a public holiday: 2027-03-29 (Paasmaandag)
  $ officectl agenda list --since 2027-03-15 --until 2027-04-06
  id  day         time         title        owner  who       room  status     repeats
  --  ----------  -----------  -----------  -----  --------  ----  ---------  -------
   1  2027-03-15  10:00-11:00  Teamoverleg  an     an, bert        confirmed  weekly
   1  2027-03-22  10:00-11:00  Teamoverleg  an     an, bert        confirmed  weekly
   1  2027-03-29  10:00-11:00  Teamoverleg  an     an, bert        confirmed  weekly
   1  2027-04-05  10:00-11:00  Teamoverleg  an     an, bert        confirmed  weekly
  $ officectl agenda export --ics --since 2027-03-15 --until 2027-04-06 | tr -d "\r" | grep -E "^(DTSTART;|RRULE|EXDATE)"
  DTSTART;TZID=Europe/Brussels:20270315T100000
  RRULE:FREQ=WEEKLY;UNTIL=20270430T215959Z;BYDAY=MO

Monthly on the last Friday, a count, a second Monday, an interval.

  $ officectl agenda add "Maandafsluiting" --at "2026-12-25 14:00" --for 1h --who an --every month --repeat-on -1fr --count 4
  booked 2 "Maandafsluiting" Fri 2026-12-25 14:00-15:00
  officectl: warning: "Maandafsluiting": 1 occurrence falls on a public holiday: 2026-12-25 (Kerstmis)
  $ officectl agenda add "Overleg dienst" --at "2027-01-11 09:00" --for 30m --who bert --every month --repeat-on 2mo
  booked 3 "Overleg dienst" Mon 2027-01-11 09:00-09:30
  $ officectl agenda add "Jour fixe" --at "2026-12-07 11:00" --for 30m --who an,bert --every week --interval 2 --repeat-on mon,wed
  booked 4 "Jour fixe" Mon 2026-12-07 11:00-11:30
  officectl: warning: "Jour fixe": 2 occurrences in its first year fall on a public holiday: 2027-03-29 (Paasmaandag), 2027-07-21 (Nationale feestdag)
  $ officectl agenda list 2027-01 --who an
  id  day         time         title            owner  who       room  status     repeats
  --  ----------  -----------  ---------------  -----  --------  ----  ---------  -------
   4  2027-01-04  11:00-11:30  Jour fixe        an     an, bert        confirmed  weekly
   4  2027-01-06  11:00-11:30  Jour fixe        an     an, bert        confirmed  weekly
   4  2027-01-18  11:00-11:30  Jour fixe        an     an, bert        confirmed  weekly
   4  2027-01-20  11:00-11:30  Jour fixe        an     an, bert        confirmed  weekly
   2  2027-01-29  14:00-15:00  Maandafsluiting  an     an              confirmed  monthly
  $ officectl agenda show 2 | grep -v "^uid:"
  2 Maandafsluiting
  =================
  
  id:           2
  title:        Maandafsluiting
  when:         Fri 2026-12-25 14:00-15:00
  local_time:   2026-12-25 14:00 Europe/Brussels
  status:       confirmed
  repeats:      every month on last Fri, 4 times
  owner:        an
  who:          an
  confidential: no
  sequence:     0
  
  Next occurrences
  ----------------
  
  id  day         time         title            owner  who  room  status     repeats
  --  ----------  -----------  ---------------  -----  ---  ----  ---------  -------
   2  2026-12-25  14:00-15:00  Maandafsluiting  an     an         confirmed  monthly
   2  2027-01-29  14:00-15:00  Maandafsluiting  an     an         confirmed  monthly
   2  2027-02-26  14:00-15:00  Maandafsluiting  an     an         confirmed  monthly
   2  2027-03-26  14:00-15:00  Maandafsluiting  an     an         confirmed  monthly

One occurrence moved, one cancelled: the series stays whole and nothing doubles.

  $ officectl agenda edit 4 --on 2026-12-09 --at "2026-12-09 14:00"
  changed 4 "Jour fixe" Wed 2026-12-09 14:00-14:30 (this occurrence only)
  $ officectl agenda cancel 4 --on 2026-12-21
  cancelled 4 "Jour fixe" on 2026-12-21; the series goes on
  $ officectl agenda list --since 2026-12-07 --until 2026-12-31
  id  day         time         title            owner  who       room  status     repeats
  --  ----------  -----------  ---------------  -----  --------  ----  ---------  -------
   4  2026-12-07  11:00-11:30  Jour fixe        an     an, bert        confirmed  weekly
   4  2026-12-09  14:00-14:30  Jour fixe        an     an, bert        confirmed  changed
   4  2026-12-23  11:00-11:30  Jour fixe        an     an, bert        confirmed  weekly
   2  2026-12-25  14:00-15:00  Maandafsluiting  an     an              confirmed  monthly
  $ officectl agenda edit 4 --on 2026-12-09 --for 1h
  changed 4 "Jour fixe" Wed 2026-12-09 14:00-15:00 (this occurrence only)
  $ officectl agenda list --day 2026-12-09
  id  day         time         title      owner  who       room  status     repeats
  --  ----------  -----------  ---------  -----  --------  ----  ---------  -------
   4  2026-12-09  14:00-15:00  Jour fixe  an     an, bert        confirmed  changed
  $ officectl agenda show 4 | grep "^repeats:"
  repeats:      every 2 weeks on Mon, Wed; cancelled on 2026-12-21

Moving a series moves its cancelled and changed occurrences along.

  $ officectl agenda edit 4 --at "2026-12-07 11:30"
  changed 4 "Jour fixe" Mon 2026-12-07 11:30-12:00
  $ officectl agenda list --since 2026-12-07 --until 2026-12-23
  id  day         time         title      owner  who       room  status     repeats
  --  ----------  -----------  ---------  -----  --------  ----  ---------  -------
   4  2026-12-07  11:30-12:00  Jour fixe  an     an, bert        confirmed  weekly
   4  2026-12-09  14:00-15:00  Jour fixe  an     an, bert        confirmed  changed
   4  2026-12-23  11:30-12:00  Jour fixe  an     an, bert        confirmed  weekly

Cancelling the whole series keeps it, marked.

  $ officectl agenda cancel 3
  cancelled 3 "Overleg dienst" (the whole series)
  $ officectl agenda list --status all --since 2027-01-01 --until 2027-01-31 --who bert
  id  day         time         title           owner  who       room  status     repeats
  --  ----------  -----------  --------------  -----  --------  ----  ---------  -------
   4  2027-01-04  11:30-12:00  Jour fixe       an     an, bert        confirmed  weekly
   4  2027-01-06  11:30-12:00  Jour fixe       an     an, bert        confirmed  weekly
   3  2027-01-11  09:00-09:30  Overleg dienst  bert   bert            cancelled  monthly
   4  2027-01-18  11:30-12:00  Jour fixe       an     an, bert        confirmed  weekly
   4  2027-01-20  11:30-12:00  Jour fixe       an     an, bert        confirmed  weekly

Bad rules.

  $ officectl agenda add "X" --at "2027-01-04 10:00" --every fortnight
  officectl: --every: "fortnight" is not day, week, month or year (see `officectl agenda add --help`)
  [64]
  $ officectl agenda add "X" --at "2027-01-04 10:00" --every week --repeat-on 2mo
  officectl: --repeat-on 2mo: a numbered weekday (1mo .. 5mo, -1fr for the last) goes with --every month or year
  [64]
  $ officectl agenda add "X" --at "2027-01-04 10:00" --every week --repeat-on funday
  officectl: --repeat-on: "funday" is no weekday (mon..sun, 2mo, -1fr) or day of the month
  [64]
  $ officectl agenda add "X" --at "2027-01-04 10:00" --every week --count 3 --end 2027-02-01
  officectl: give the series' end as --end DATE or --count N, not both
  [64]
  $ officectl agenda add "X" --at "2027-01-04 10:00" --every week --end 2026-12-01
  officectl: --end 2026-12-01 is before the first occurrence (2027-01-04)
  [64]
  $ officectl agenda add "X" --at "2027-01-04 10:00" --repeat-on mon
  officectl: --repeat-on, --interval and --count go with --every
  [64]
  $ officectl agenda add "X" --at "2027-01-04 10:00" --every day --repeat-on mon
  officectl: --repeat-on: weekdays go with --every week, month or year
  [64]
  $ officectl agenda add "X" --at "2027-01-04 10:00" --end 2027-02-01
  officectl: --end 2027-02-01: expected an end time (11:30) or, with --every, the series' last day
  [64]
  $ officectl agenda add "X" --at "2027-01-04 10:00" --every week --end 2027-02-01 --end 2027-03-01
  officectl: --end: give one last day for the series
  [64]
  $ officectl agenda cancel 4 --on 2026-12-08
  officectl: series 4 has no occurrence on 2026-12-08
  [66]
  $ officectl agenda cancel 1 --on 2027-03-15 && officectl agenda cancel 1 --on 2027-03-15
  cancelled 1 "Teamoverleg" on 2027-03-15; the series goes on
  officectl: series 1 has no occurrence on 2027-03-15
  [66]
