Meetings: an agenda before, minutes after, decisions followed up; the weekly report.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\nchloe,Chloé Dubois\n' > people.csv
  $ officectl -q team member import people.csv
  3
  $ officectl agenda room add "Vergaderzaal 1" --capacity 12
  added room "Vergaderzaal 1" (12 seats)
  $ officectl -q agenda add "Directiecomité" --at "2026-12-01 10:00" --for 2h --who an,bert,chloe --room "Vergaderzaal 1" --external jan@client.be
  1
  $ officectl agenda item add 1 "Budget 2027" --owner bert
  added item 1 "Budget 2027" to the agenda of 1 "Directiecomit\xc3\xa9" (esc)
  $ officectl agenda item add 1 "Nieuwe printer"
  added item 2 "Nieuwe printer" to the agenda of 1 "Directiecomit\xc3\xa9" (esc)
  $ officectl agenda item list 1
  item  title           owner
  ----  --------------  -----
     1  Budget 2027     bert
     2  Nieuwe printer
  $ officectl -o md agenda print 1
  # Invitation: Directiecomit\xc3\xa9 (esc)
  
  When: Tue 2026-12-01 10:00-12:00
  
  Where: Vergaderzaal 1
  
  Chair: an
  
  Invited: an, bert, chloe, jan@client.be
  
  ## Agenda
  
  1. Budget 2027 (bert)
  
  2. Nieuwe printer

  $ officectl agenda minutes 1 --decision "Budget 2027 goedgekeurd" --decision "Printer wordt vervangen"
  recorded 2 decisions and 0 actions for 1 "Directiecomit\xc3\xa9" (esc)
  $ officectl agenda minutes 1 --action "Drie offertes vragen voor de printer" --owner bert --due 2026-12-01
  recorded 0 decisions and 1 action for 1 "Directiecomit\xc3\xa9" (esc)
  $ officectl agenda minutes 1 --action "Verslag rondsturen" --owner chloe --due +1w
  recorded 0 decisions and 1 action for 1 "Directiecomit\xc3\xa9" (esc)
  $ officectl agenda minutes 1
  id  meeting  on  kind      text                                  owner  due         state    done
  --  -------  --  --------  ------------------------------------  -----  ----------  -------  ----
   3        1      action    Drie offertes vragen voor de printer  bert   2026-12-01  overdue
   4        1      action    Verslag rondsturen                    chloe  2026-12-09  open
   1        1      decision  Budget 2027 goedgekeurd                                  open
   2        1      decision  Printer wordt vervangen                                  open
  $ officectl agenda decisions --open --who bert
  id  meeting  on  kind    text                                  owner  due         state    done
  --  -------  --  ------  ------------------------------------  -----  ----------  -------  ----
   3        1      action  Drie offertes vragen voor de printer  bert   2026-12-01  overdue
  $ officectl agenda decisions done 3
  done 3 "Drie offertes vragen voor de printer" on 2026-12-02
  $ officectl agenda decisions done 3
  officectl: 3 was done on 2026-12-02 already
  [65]
  $ officectl agenda decisions
  id  meeting  on  kind      text                                  owner  due         state  done
  --  -------  --  --------  ------------------------------------  -----  ----------  -----  ----------
   4        1      action    Verslag rondsturen                    chloe  2026-12-09  open
   1        1      decision  Budget 2027 goedgekeurd                                  open
   2        1      decision  Printer wordt vervangen                                  open
   3        1      action    Drie offertes vragen voor de printer  bert   2026-12-01  done   2026-12-02
  $ officectl -o md agenda print 1
  # Minutes: Directiecomit\xc3\xa9 (esc)
  
  When: Tue 2026-12-01 10:00-12:00
  
  Where: Vergaderzaal 1
  
  Chair: an
  
  Present: an, bert, chloe, jan@client.be
  
  ## Agenda
  
  1. Budget 2027 (bert)
  
  2. Nieuwe printer
  
  ## Decisions
  
  - Budget 2027 goedgekeurd
  
  - Printer wordt vervangen
  
  ## Actions
  
  - Verslag rondsturen (chloe), due 2026-12-09
  
  - Drie offertes vragen voor de printer (bert), due 2026-12-01, done 2026-12-02
  $ officectl agenda show 1 | grep -v "^uid:"
  1 Directiecomit\xc3\xa9 (esc)
  ================
  
  id:           1
  title:        Directiecomit\xc3\xa9 (esc)
  when:         Tue 2026-12-01 10:00-12:00
  local_time:   2026-12-01 10:00 Europe/Brussels
  status:       confirmed
  owner:        an
  who:          an, bert, chloe
  external:     jan@client.be
  room:         Vergaderzaal 1
  confidential: no
  sequence:     0
  
  Agenda
  ------
  
  item  title           owner
  ----  --------------  -----
     1  Budget 2027     bert
     2  Nieuwe printer
  
  Decisions and actions
  ---------------------
  
  id  meeting  on  kind      text                                  owner  due         state  done
  --  -------  --  --------  ------------------------------------  -----  ----------  -----  ----------
   4        1      action    Verslag rondsturen                    chloe  2026-12-09  open
   1        1      decision  Budget 2027 goedgekeurd                                  open
   2        1      decision  Printer wordt vervangen                                  open
   3        1      action    Drie offertes vragen voor de printer  bert   2026-12-01  done   2026-12-02

The weekly report: the managers' appointments, rooms' occupancy, what is due, double bookings.

  $ officectl -q agenda add "Overleg" --at "2026-12-01 11:00" --for 1h --who bert --force
  2
  $ officectl -q agenda add "Personeelsgesprek" --at "2026-12-02 14:00" --for 1h --who an --confidential
  3
  $ officectl report weekly | sed -n '/^Agenda/,/^Days off/p'
  Agenda
  ------
  
  an: 2 appointments:
  day         time         title           room            status
  ----------  -----------  --------------  --------------  ---------
  2026-12-01  10:00-12:00  Directiecomit\xc3\xa9  Vergaderzaal 1  confirmed (esc)
  2026-12-02  14:00-15:00  (confidential)                  confirmed
  
  bert: 2 appointments:
  day         time         title           room            status
  ----------  -----------  --------------  --------------  ---------
  2026-12-01  10:00-12:00  Directiecomit\xc3\xa9  Vergaderzaal 1  confirmed (esc)
  2026-12-01  11:00-12:00  Overleg                         tentative
  
  chloe: 1 appointment:
  day         time         title           room            status
  ----------  -----------  --------------  --------------  ---------
  2026-12-01  10:00-12:00  Directiecomit\xc3\xa9  Vergaderzaal 1  confirmed (esc)
  
  Rooms:
  room            booked  occupancy
  --------------  ------  ---------
  Vergaderzaal 1      2h  5%
  
  Double bookings:
  day         first  first_time   first_title     second  second_time  second_title  shared
  ----------  -----  -----------  --------------  ------  -----------  ------------  ------
  2026-12-01      1  10:00-12:00  Directiecomit\xc3\xa9       2  11:00-12:00  Overleg       bert (esc)
  
  1 double booking this week.
  
  Days off

Bad input.

  $ officectl agenda item add 9 "X"
  officectl: no appointment 9 (see `officectl agenda list`)
  [66]
  $ officectl agenda minutes 1 --owner bert
  officectl: --owner and --due belong to an --action
  [64]
  $ officectl agenda minutes 1 --action "X" --owner zoe
  officectl: --owner: no team member "zoe"
  [66]
  $ officectl agenda minutes 1 --action "X" --due someday
  officectl: --due: invalid date "someday": expected YYYY-MM-DD or a word such as today, fri, +3d, 2026-W49
  [65]
  $ officectl agenda decisions done 99
  officectl: no decision or action 99 (see `officectl agenda decisions`)
  [66]
  $ officectl agenda decisions --meeting x
  officectl: "x" is no appointment number (see `officectl agenda list`)
  [64]
