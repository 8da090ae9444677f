Appointments: booked, listed, moved, cancelled; a double booking is refused.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name,email,days\nan,An Peeters,an@office.be,\nbert,Bert Claes,,mon-thu\nchloe,Chloé Dubois,chloe@office.be,\n' > people.csv
  $ officectl -q team member import people.csv
  3
  $ officectl agenda room add "Vergaderzaal 1" --capacity 12 --equipment beamer,video
  added room "Vergaderzaal 1" (12 seats)

Booking: a length or an end, a zone when the time names one, all-day over several days.

  $ officectl agenda add "Board meeting" --at "2026-12-03 10:00" --for 1h30 --who an,bert --room "Vergaderzaal 1" --external jan@client.be --note "Jaarrekening"
  booked 1 "Board meeting" Thu 2026-12-03 10:00-11:30
  $ officectl agenda add "Sollicitatie" --at "2026-12-03 14:00" --end 15:15 --who chloe --room "vergaderzaal 1" --confidential --note "Kandidaat: X"
  booked 2 "Sollicitatie" Thu 2026-12-03 14:00-15:15
  $ officectl agenda add "Call New York" --at "2026-12-04 10:00 America/New_York" --for 45m --who an
  booked 3 "Call New York" Fri 2026-12-04 16:00-16:45
  $ officectl agenda add "Kerstvakantie" --at 2026-12-24 --days 2 --who bert
  booked 4 "Kerstvakantie" Thu 2026-12-24 all day (2 days)
  $ officectl -q agenda add "Lunch" --at "fri 12:00" --who chloe --tentative
  5
  $ officectl agenda list
  id  day         time         title          owner  who                      room            status     repeats
  --  ----------  -----------  -------------  -----  -----------------------  --------------  ---------  -------
   1  2026-12-03  10:00-11:30  Board meeting  an     an, bert, jan@client.be  Vergaderzaal 1  confirmed
   2  2026-12-03  14:00-15:15  Sollicitatie   chloe  chloe                    Vergaderzaal 1  confirmed
   5  2026-12-04  12:00-13:00  Lunch          chloe  chloe                                    tentative
   3  2026-12-04  16:00-16:45  Call New York  an     an                                       confirmed
  $ officectl agenda list --who bert --since 2026-12-01 --until 2026-12-31
  id  day         time              title          owner  who                      room            status     repeats
  --  ----------  ----------------  -------------  -----  -----------------------  --------------  ---------  -------
   1  2026-12-03  10:00-11:30       Board meeting  an     an, bert, jan@client.be  Vergaderzaal 1  confirmed
   4  2026-12-24  all day (2 days)  Kerstvakantie  bert   bert                                     confirmed
  $ officectl agenda list --room "Vergaderzaal 1" --week 2026-W49
  id  day         time         title          owner  who                      room            status     repeats
  --  ----------  -----------  -------------  -----  -----------------------  --------------  ---------  -------
   1  2026-12-03  10:00-11:30  Board meeting  an     an, bert, jan@client.be  Vergaderzaal 1  confirmed
   2  2026-12-03  14:00-15:15  Sollicitatie   chloe  chloe                    Vergaderzaal 1  confirmed
  $ officectl agenda today
  nothing in the agenda from 2026-12-02 to 2026-12-02
  $ officectl agenda show 1 | grep -v "^uid:"
  1 Board meeting
  ===============
  
  id:           1
  title:        Board meeting
  when:         Thu 2026-12-03 10:00-11:30
  local_time:   2026-12-03 10:00 Europe/Brussels
  status:       confirmed
  owner:        an
  who:          an, bert
  external:     jan@client.be
  room:         Vergaderzaal 1
  confidential: no
  note:         Jaarrekening
  sequence:     0
  $ officectl agenda show 2 | grep -v "^uid:"
  2 Sollicitatie
  ==============
  
  id:           2
  title:        Sollicitatie
  when:         Thu 2026-12-03 14:00-15:15
  local_time:   2026-12-03 14:00 Europe/Brussels
  status:       confirmed
  owner:        chloe
  who:          chloe
  room:         Vergaderzaal 1
  confidential: yes
  note:         (confidential)
  sequence:     0
  $ officectl --show-confidential agenda show 2 | grep note
  note:         Kandidaat: X
  $ officectl -o json agenda list --day 2026-12-04
  [
    {
      "id": 5,
      "day": "2026-12-04",
      "time": {
        "all_day": false,
        "start": "2026-12-04T12:00:00+01:00",
        "end": "2026-12-04T13:00:00+01:00"
      },
      "title": "Lunch",
      "owner": "chloe",
      "who": ["chloe"],
      "room": null,
      "status": "tentative",
      "repeats": null
    },
    {
      "id": 3,
      "day": "2026-12-04",
      "time": {
        "all_day": false,
        "start": "2026-12-04T16:00:00+01:00",
        "end": "2026-12-04T16:45:00+01:00"
      },
      "title": "Call New York",
      "owner": "an",
      "who": ["an"],
      "room": null,
      "status": "confirmed",
      "repeats": null
    }
  ]

A double booking is refused with the appointment in the way, and nothing is stored;
--force books it as tentative.

  $ officectl agenda add "Lunch with client" --at "2026-12-03 11:00" --for 1h --who bert
  officectl: "Lunch with client" double-books bert:
    1 "Board meeting" Thu 2026-12-03 10:00-11:30 (bert)
  (--force books it anyway, as tentative)
  [65]
  $ officectl agenda add "Training" --at "2026-12-03 15:00" --for 2h --who an --room "Vergaderzaal 1"
  officectl: "Training" double-books room Vergaderzaal 1:
    2 "Sollicitatie" Thu 2026-12-03 14:00-15:15 (room Vergaderzaal 1)
  (--force books it anyway, as tentative)
  [65]
  $ officectl -q agenda list --day 2026-12-03 | wc -l
  2
  $ officectl agenda add "Lunch with client" --at "2026-12-03 11:00" --for 1h --who bert --force
  booked as tentative: "Lunch with client" double-books
    1 "Board meeting" Thu 2026-12-03 10:00-11:30 (bert)
  booked 6 "Lunch with client" Thu 2026-12-03 11:00-12:00 (tentative)
  $ officectl agenda conflicts
  day         first  first_time   first_title    second  second_time  second_title       shared
  ----------  -----  -----------  -------------  ------  -----------  -----------------  ------
  2026-12-03      1  10:00-11:30  Board meeting       6  11:00-12:00  Lunch with client  bert

Moving keeps the length; the move is checked too.

  $ officectl agenda edit 6 --at "2026-12-03 10:30"
  officectl: "Lunch with client" double-books bert:
    1 "Board meeting" Thu 2026-12-03 10:00-11:30 (bert)
  (--force books it anyway, as tentative)
  [65]
  $ officectl agenda edit 6 --at "2026-12-03 11:30" --status confirmed
  changed 6 "Lunch with client" Thu 2026-12-03 11:30-12:30
  $ officectl agenda edit 1 --who an,bert,chloe --title "Raad van bestuur"
  changed 1 "Raad van bestuur" Thu 2026-12-03 10:00-11:30
  $ officectl agenda week 2026-W49
  who    mon 30/11  tue 01/12  wed 02/12  thu 03/12                                        fri 04/12
  -----  ---------  ---------  ---------  -----------------------------------------------  -------------------
  an                                      10:00 Raad van bestuur                           16:00 Call New York
  bert                                    10:00 Raad van bestuur; 11:30 Lunch with client
  chloe                                   10:00 Raad van bestuur; 14:00 Sollicitatie       12:00 Lunch (?)

Cancel keeps the trace; rm deletes.

  $ officectl agenda cancel 3
  cancelled 3 "Call New York"
  $ officectl agenda cancel 3
  officectl: appointment 3 is cancelled already
  [65]
  $ officectl agenda list --status cancelled --week 2026-W49
  id  day         time         title          owner  who  room  status     repeats
  --  ----------  -----------  -------------  -----  ---  ----  ---------  -------
   3  2026-12-04  16:00-16:45  Call New York  an     an         cancelled
  $ officectl agenda rm 5
  deleted 5 "Lunch"
  $ officectl agenda show 5
  officectl: no appointment 5 (see `officectl agenda list`)
  [66]

Bad input: a clear message, the exit code, the store unchanged.

  $ officectl agenda add "X" --at "2026-12-03 10:00" --who zoe
  officectl: no team member "zoe" (the owner; see `officectl team member list`)
  [66]
  $ officectl agenda add "X" --at "2026-12-03 10:00" --room "Zaal 9"
  officectl: --room: no room "Zaal 9" (add it with `officectl agenda room add`)
  [66]
  $ officectl agenda add "X" --at "2026-12-32 10:00"
  officectl: --at: invalid date "2026-12-32": no such day
  [65]
  $ officectl agenda add "X" --at "2027-03-28 02:30"
  officectl: --at: 2027-03-28 02:30 does not exist in Europe/Brussels (the clocks skip it)
  [65]
  $ officectl agenda add "X" --at "2026-12-03 10:00" --end 09:00
  officectl: --end 09:00 is not after the start (2026-12-03 10:00)
  [64]
  $ officectl agenda add "X" --at "2026-12-03 10:00" --for 1h --end 11:00
  officectl: give the end as --for or --end, not both
  [64]
  $ officectl agenda add "X" --at "2026-12-03 10:00" --for soon
  officectl: --for: invalid duration "soon": expected e.g. 45m, 1h30, 2h
  [65]
  $ officectl agenda add "X" --at "2026-12-03 10:00" --external jan
  officectl: --external: "jan" is no e-mail address
  [64]
  $ officectl agenda add "X" --at 2026-12-24 --for 2h
  officectl: an all-day appointment takes --days, not --for or --end
  [64]
  $ officectl agenda add "X"
  officectl: --at is required (see `officectl agenda add --help`)
  [64]
  $ officectl agenda show twelve
  officectl: "twelve" is no appointment number (see `officectl agenda list`)
  [64]
  $ officectl agenda edit 1 --on 2026-12-03 --for 2h
  officectl: --on: appointment 1 is no series; edit it without --on
  [64]
  $ officectl agenda list --day 2026-12-01 --week 2026-W49
  officectl: give one of --day, --week, --since/--until or a range
  [64]
  $ officectl history | grep -c agenda
  11
