Rooms, free rooms, conflicts and free slots for several people.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name,days\nan,An Peeters,\nbert,Bert Claes,mon-thu\nchloe,Chloé Dubois,\n' > people.csv
  $ officectl -q team member import people.csv
  3
  $ officectl agenda room add "Vergaderzaal 1" --capacity 12 --equipment beamer,video
  added room "Vergaderzaal 1" (12 seats)
  $ officectl agenda room add "Kleine zaal" --capacity 4
  added room "Kleine zaal" (4 seats)
  $ officectl agenda room add "Kleine Zaal"
  officectl: room "Kleine Zaal" exists already
  [65]
  $ officectl agenda room add "Bezemkast" --capacity 0
  officectl: --capacity: expected a number of seats of at least 1
  [65]
  $ officectl agenda room list
  room            capacity  equipment
  --------------  --------  -------------
  Kleine zaal            4
  Vergaderzaal 1        12  beamer, video

Rooms free at a time, seating enough, with the equipment.

  $ officectl -q agenda add "Board" --at "2026-12-03 10:00" --for 2h --who an --room "Vergaderzaal 1"
  1
  $ officectl agenda rooms --at "2026-12-03 11:00" --for 1h
  room         capacity  equipment
  -----------  --------  ---------
  Kleine zaal         4
  $ officectl agenda rooms --at "2026-12-03 13:00" --for 1h --capacity 8 --equipment beamer
  room            capacity  equipment
  --------------  --------  -------------
  Vergaderzaal 1        12  beamer, video
  $ officectl agenda rooms --at "2026-12-03 11:00" --for 1h --capacity 8
  no room fits and is free then

Free slots: working hours, weekends, Christmas, bert's free Friday, appointments.

  $ officectl -q agenda add "Kerstmarkt" --at "2026-12-22 09:00" --end 12:00 --who an
  2
  $ officectl agenda free --who an,bert --for 1h --since 2026-12-21 --until 2026-12-31 --limit 6
  day         start  end    free_until  room
  ----------  -----  -----  ----------  ----
  2026-12-21  09:00  10:00  17:00
  2026-12-22  12:00  13:00  17:00
  2026-12-23  09:00  10:00  17:00
  2026-12-24  09:00  10:00  17:00
  2026-12-28  09:00  10:00  17:00
  2026-12-29  09:00  10:00  17:00
  $ officectl agenda free --who an --for 1h --since 2026-12-24 --until 2026-12-28
  day         start  end    free_until  room
  ----------  -----  -----  ----------  ----
  2026-12-24  09:00  10:00  17:00
  2026-12-28  09:00  10:00  17:00
  $ officectl agenda free --who an,bert,chloe --for 2h --in 2026-12-03..2026-12-04 --office-hours 10:00-16:00 --room-capacity 6
  day         start  end    free_until  room
  ----------  -----  -----  ----------  --------------
  2026-12-03  12:00  14:00  16:00       Vergaderzaal 1
  $ officectl -o csv agenda free --who an --for 30m --in 2026-12-03
  day,start,end,free_until,room
  2026-12-03,09:00,09:30,10:00,
  2026-12-03,12:00,12:30,17:00,

Conflicts: a forced double booking shows up.

  $ officectl -q agenda add "Call" --at "2026-12-03 11:00" --for 1h --who an --force
  3
  $ officectl agenda conflicts
  day         first  first_time   first_title  second  second_time  second_title  shared
  ----------  -----  -----------  -----------  ------  -----------  ------------  ------
  2026-12-03      1  10:00-12:00  Board             3  11:00-12:00  Call          an
  $ officectl agenda conflicts 2027-01
  no double bookings from 2027-01-01 to 2027-01-31

A room in use is not removed.

  $ officectl agenda room rm "Vergaderzaal 1"
  officectl: room "Vergaderzaal 1" is booked by 1 appointment; move or remove them first
  [65]
  $ officectl agenda room rm "kleine zaal"
  removed room "Kleine zaal"
  $ officectl agenda room rm "Zaal 9"
  officectl: no room "Zaal 9" (see `officectl agenda room list`)
  [66]

Bad input.

  $ officectl agenda free --who an --for 1h --office-hours 17:00-09:00
  officectl: --hours: invalid hours "17:00-09:00": expected e.g. 09:00-17:00
  [65]
  $ officectl agenda free --who zoe --for 1h
  officectl: no team member "zoe" (see `officectl team member list`)
  [66]
  $ officectl agenda free --who an --for 1h --room-capacity 100 --in 2026-12-03
  no common free slot of 1h from 2026-12-03 to 2026-12-03
  $ officectl agenda free --who an --for 1h --since 2026-12-10 --until 2026-12-01
  officectl: --until 2026-12-01 is before --since 2026-12-10
  [64]
  $ officectl agenda rooms --at "tomorrow" --for 1h
  officectl: --at: invalid date-time "tomorrow": expected a time as HH:MM after the date
  [65]
