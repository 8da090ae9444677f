Booking on a weekend, a public holiday or a day someone does not work: a
warning on stderr naming the day and why (also with -q); it is booked all the
same.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2026-12-02
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\n' > people.csv
  $ officectl -q team member import people.csv
  2
  $ officectl team member edit bert --workdays mon,tue,thu,fri > /dev/null

A Saturday, Christmas, a Wednesday Bert does not work:

  $ officectl agenda add "Inventory" --at "2026-12-05 10:00" --who an
  booked 1 "Inventory" Sat 2026-12-05 10:00-11:00
  officectl: warning: "Inventory": 2026-12-05 is a Saturday
  $ officectl -q agenda add "Christmas drinks" --at "2026-12-25 16:00" --who an,bert
  2
  officectl: warning: "Christmas drinks": 2026-12-25 is a public holiday (Kerstmis)
  $ officectl agenda add "Planning" --at "2026-12-09 10:00" --who an,bert
  booked 3 "Planning" Wed 2026-12-09 10:00-11:00
  officectl: warning: "Planning": 2026-12-09 is a day bert does not work (works mon,tue,thu,fri)
  $ officectl agenda add "Planning an" --at "2026-12-09 14:00" --who an
  booked 4 "Planning an" Wed 2026-12-09 14:00-15:00

A weekly Monday meeting: its occurrences on a holiday in the first year, a few
of them named.

  $ officectl agenda add "Team meeting" --at "2027-01-04 10:00" --who an,bert --every week
  booked 5 "Team meeting" Mon 2027-01-04 10:00-11:00
  officectl: warning: "Team meeting": 3 occurrences in its first year fall on a public holiday: 2027-03-29 (Paasmaandag), 2027-05-17 (Pinkstermaandag), 2027-11-01 (Allerheiligen)
  $ officectl agenda add "Short series" --at "2027-03-22 12:00" --who an --every week --count 3
  booked 6 "Short series" Mon 2027-03-22 12:00-13:00
  officectl: warning: "Short series": 1 occurrence falls on a public holiday: 2027-03-29 (Paasmaandag)

An edit warns about what is new only; moving away from the holiday says nothing.

  $ officectl agenda edit 2 --title "Xmas drinks"
  changed 2 "Xmas drinks" Fri 2026-12-25 16:00-17:00
  $ officectl agenda edit 2 --at "2026-12-24 16:00"
  changed 2 "Xmas drinks" Thu 2026-12-24 16:00-17:00
  $ officectl agenda edit 1 --at "2026-12-06 10:00"
  changed 1 "Inventory" Sun 2026-12-06 10:00-11:00
  officectl: warning: "Inventory": 2026-12-06 is a Sunday
  $ officectl agenda list --since 2026-12-05 --until 2026-12-25
  id  day         time         title        owner  who       room  status     repeats
  --  ----------  -----------  -----------  -----  --------  ----  ---------  -------
   1  2026-12-06  10:00-11:00  Inventory    an     an              confirmed
   3  2026-12-09  10:00-11:00  Planning     an     an, bert        confirmed
   4  2026-12-09  14:00-15:00  Planning an  an     an              confirmed
   2  2026-12-24  16:00-17:00  Xmas drinks  an     an, bert        confirmed

`agenda week` names the office's days off after the grid.

  $ officectl agenda week 2026-W52
  who   mon 21/12  tue 22/12  wed 23/12  thu 24/12          fri 25/12
  ----  ---------  ---------  ---------  -----------------  ---------
  an                                     16:00 Xmas drinks
  bert                                   16:00 Xmas drinks
  fri 2026-12-25: Kerstmis, a day off
