A room seats so many: a booking of more people (--who and --external) is
refused (exit 65, nothing booked); --force books it anyway.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2026-12-02
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\nchloe,Chloe Dubois\n' > people.csv
  $ officectl -q team member import people.csv
  3
  $ officectl agenda room add "Kleine zaal" --capacity 4
  added room "Kleine zaal" (4 seats)
  $ officectl agenda room add "Grote zaal" --capacity 12
  added room "Grote zaal" (12 seats)

Four fit; five do not:

  $ officectl -q agenda add "Four" --at "2026-12-03 10:00" --who an,bert,chloe --external jan@client.be --room "Kleine zaal"
  1
  $ officectl agenda add "Five" --at "2026-12-03 14:00" --who an,bert,chloe --external jan@client.be,els@client.be --room "Kleine zaal"
  officectl: "Five" brings 5 people to room "Kleine zaal", which seats 4; book a larger room (`officectl agenda rooms --at "2026-12-03 14:00" --capacity 5` lists the free ones), or --force books it anyway
  [65]
  $ officectl agenda edit 1 --external jan@client.be,els@client.be
  officectl: "Four" brings 5 people to room "Kleine zaal", which seats 4; book a larger room (`officectl agenda rooms --at "2026-12-03 10:00" --capacity 5` lists the free ones), or --force books it anyway
  [65]
  $ officectl agenda list --since 2026-12-03 --until 2026-12-03
  id  day         time         title  owner  who                             room         status     repeats
  --  ----------  -----------  -----  -----  ------------------------------  -----------  ---------  -------
   1  2026-12-03  10:00-11:00  Four   an     an, bert, chloe, jan@client.be  Kleine zaal  confirmed
  $ officectl agenda show 1 | grep external
  external:     jan@client.be

The same person twice counts once; --force books it anyway; a larger room takes them.

  $ officectl -q agenda add "Four again" --at "2026-12-04 10:00" --who an,bert,an --external jan@client.be,JAN@client.be,els@client.be --room "Kleine zaal"
  2
  $ officectl agenda add "Five" --at "2026-12-03 14:00" --who an,bert,chloe --external jan@client.be,els@client.be --room "Kleine zaal" --force
  booked anyway: "Five" brings 5 people to room "Kleine zaal", which seats 4
  booked 3 "Five" Thu 2026-12-03 14:00-15:00
  $ officectl agenda edit 1 --external jan@client.be,els@client.be --room "Grote zaal"
  changed 1 "Four" Thu 2026-12-03 10:00-11:00
  $ officectl agenda edit 3 --title "Five, forced"
  changed 3 "Five, forced" Thu 2026-12-03 14:00-15:00
  $ officectl agenda list --since 2026-12-03 --until 2026-12-04
  id  day         time         title         owner  who                                            room         status     repeats
  --  ----------  -----------  ------------  -----  ---------------------------------------------  -----------  ---------  -------
   1  2026-12-03  10:00-11:00  Four          an     an, bert, chloe, jan@client.be, els@client.be  Grote zaal   confirmed
   3  2026-12-03  14:00-15:00  Five, forced  an     an, bert, chloe, jan@client.be, els@client.be  Kleine zaal  confirmed
   2  2026-12-04  10:00-11:00  Four again    an     an, bert, jan@client.be, els@client.be         Kleine zaal  confirmed
