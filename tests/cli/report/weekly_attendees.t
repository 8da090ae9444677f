The weekly report's agenda lists per person the appointments they are in, as
owner or attendee: the rule of `agenda list --who`.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2026-12-07
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\nchloe,Chloe Dubois\n' > people.csv
  $ officectl -q team member import people.csv
  3
  $ officectl -q agenda add "Board meeting" --at "2026-12-08 10:00" --who bert,an
  1
  $ officectl -q agenda add "Budget review" --at "2026-12-09 14:00" --who chloe,an
  2
  $ officectl -q agenda add "1:1 An" --at "2026-12-10 09:00" --who an
  3
  $ officectl -q agenda add "Supplier call" --at "2026-12-11 11:00" --who bert
  4
  $ officectl agenda list --week 2026-W50 --who an
  id  day         time         title          owner  who        room  status     repeats
  --  ----------  -----------  -------------  -----  ---------  ----  ---------  -------
   1  2026-12-08  10:00-11:00  Board meeting  bert   bert, an         confirmed
   2  2026-12-09  14:00-15:00  Budget review  chloe  chloe, an        confirmed
   3  2026-12-10  09:00-10:00  1:1 An         an     an               confirmed
  $ officectl report weekly --week 2026-W50 | sed -n '/^Agenda/,/double booking/p'
  Agenda
  ------
  
  an: 3 appointments:
  day         time         title          room  status
  ----------  -----------  -------------  ----  ---------
  2026-12-08  10:00-11:00  Board meeting        confirmed
  2026-12-09  14:00-15:00  Budget review        confirmed
  2026-12-10  09:00-10:00  1:1 An               confirmed
  
  bert: 2 appointments:
  day         time         title          room  status
  ----------  -----------  -------------  ----  ---------
  2026-12-08  10:00-11:00  Board meeting        confirmed
  2026-12-11  11:00-12:00  Supplier call        confirmed
  
  chloe: 1 appointment:
  day         time         title          room  status
  ----------  -----------  -------------  ----  ---------
  2026-12-09  14:00-15:00  Budget review        confirmed
  
  No double bookings.
