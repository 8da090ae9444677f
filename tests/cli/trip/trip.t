Business travel: a Brussels - New York trip for two, each time in its own zone;
the check finds the missing hotel night, an appointment during a leg, leave and
IDs; the legs take the agenda; the costs are committed on the budget line.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2026-11-30
  $ printf 'handle,name,email\nan,An Peeters,an@example.be\nemma,Emma Smith,emma@example.be\n' > people.csv
  $ officectl -q team member import people.csv
  2
  $ officectl -q budget add "Facilitair 2026" --year 2026
  1
  $ officectl -q budget line add 1 Reizen --amount "20.000,00" --code 6500
  1
  $ officectl trip add "Beurs New York" --who emma --who an --purpose "NY Office Expo" --line 6500
  trip 1 "Beurs New York" for emma, an: add its legs with `officectl trip leg add 1 ...`
  $ officectl trip add "Zonder reiziger"
  officectl: who travels? --who HANDLE
  [64]
  $ officectl trip add "Onbekend" --who zoe
  officectl: no team member "zoe"* (glob)
  [66]

Legs: a time without a zone is in the office's zone; each end keeps its own.

  $ officectl trip leg add 1 --mode train --from "Brussel-Zuid" --to "Brussels Airport" --depart "2026-12-07 07:02" --arrive "2026-12-07 07:24" --cost 12
  leg 1: train Brussel-Zuid -> Brussels Airport, 2026-12-07 07:02 Europe/Brussels to 2026-12-07 07:24 Europe/Brussels (22m)
  $ officectl trip leg add 1 --mode flight --from "Brussels Airport" --to JFK --depart "2026-12-07 10:25 Europe/Brussels" --arrive "2026-12-07 12:55 America/New_York" --carrier "Brussels Airlines SN501" --ref K7XQ2P --cost 1450
  leg 2: flight Brussels Airport -> JFK, 2026-12-07 10:25 Europe/Brussels to 2026-12-07 12:55 America/New_York (8h30)
  $ officectl trip leg add 1 --mode flight --from JFK --to "Brussels Airport" --depart "2026-12-10 18:10 America/New_York" --arrive "2026-12-11 07:40 Europe/Brussels" --carrier "Brussels Airlines SN502"
  leg 3: flight JFK -> Brussels Airport, 2026-12-10 18:10 America/New_York to 2026-12-11 07:40 Europe/Brussels (7h30)

Bad legs: nothing is stored.

  $ officectl trip leg add 1 --mode flight --from JFK --to BRU --depart "2026-12-10 10:25 America/New_York" --arrive "2026-12-10 12:55 Europe/Brussels"
  officectl: the leg arrives (2026-12-10 12:55 Europe/Brussels, 2026-12-10T11:55Z) before it departs (2026-12-10 10:25 America/New_York, 2026-12-10T15:25Z)
  [65]
  $ officectl trip leg add 1 --mode flight --from JFK --to BRU --depart "2026-12-10 10:25 America/Gotham" --arrive "2026-12-11 07:40 Europe/Brussels"
  officectl: --depart: * (glob)
  [65]
  $ officectl trip leg add 1 --mode boat --from JFK --to BRU --depart "2026-12-10 10:25" --arrive "2026-12-11 07:40"
  officectl: --mode: "boat" is not train, flight, car, taxi or bus (see `officectl trip leg add --help`)
  [64]
  $ officectl trip leg add 9 --mode train --from A --to B --depart "2026-12-10 10:25" --arrive "2026-12-10 11:40"
  officectl: no trip 9 (see `officectl trip list`)
  [66]

Stays: the nights from --in to the morning of --out.

  $ officectl trip stay add 1 --hotel "Pod Times Square" --check-in 2026-12-07 --check-out 2026-12-09 --address "400 W 42nd St, New York" --ref 88231 --cost 620
  stay 1: Pod Times Square, 2 nights from 2026-12-07
  $ officectl trip stay add 1 --hotel "Pod Times Square" --check-in 2026-12-09 --check-out 2026-12-09
  officectl: --check-out (2026-12-09) must come after --check-in (2026-12-09): a stay is at least one night
  [65]

The legs are in the travellers' agenda: a meeting during one double-books.

  $ officectl agenda list --since 2026-12-07 --until 2026-12-11
  id  day         time         title                                                   owner  who  room  status     repeats
  --  ----------  -----------  ------------------------------------------------------  -----  ---  ----  ---------  -------
   1  2026-12-07  07:02-07:24  Beurs New York: train Brussel-Zuid -> Brussels Airport  emma   an         confirmed
   2  2026-12-07  10:25-18:55  Beurs New York: flight Brussels Airport -> JFK          emma   an         confirmed
   3  2026-12-11  00:10-07:40  Beurs New York: flight JFK -> Brussels Airport          emma   an         confirmed
  $ officectl agenda add "Teamoverleg" --at "2026-12-07 07:00" --for 1h --who an
  officectl: "Teamoverleg" double-books an:
    1 "Beurs New York: train Brussel-Zuid -> Brussels Airport" Mon 2026-12-07 07:02-07:24 (an)
  (--force books it anyway, as tentative)
  [65]
  $ officectl -q agenda add "Teamoverleg" --at "2026-12-07 07:00" --for 1h --who an --force
  4
  $ officectl -q agenda add "Klant NY" --at "2026-12-08 10:00 America/New_York" --for 1h --who an,emma
  5

The check: one line per finding, exit 65.

  $ officectl absence add emma --type vacation --since 2026-12-10
  recorded leave 1: emma vacation 2026-12-10, 1 day
  $ officectl -q dossier add "Smith, Emma" --kind personnel --who emma
  1
  $ echo scan > passport.pdf
  $ officectl -q dossier doc add 1 --type passport --file passport.pdf --expires 2026-12-10
  1
  $ officectl trip check 1
  Check of trip 1: Beurs New York
  ===============================
  
  5 findings
  ----------
  
  finding
  -----------------------------------------------------------------------------------------------------------------------------
  no stay for the night of 2026-12-09 to 2026-12-10
  emma is on leave (vacation) from 2026-12-10 to 2026-12-10
  emma's passport (DOS-0001 Smith, Emma) expires on 2026-12-10, before the trip ends on 2026-12-11
  an has "Teamoverleg" at 2026-12-07 07:00 Europe/Brussels during the train Brussel-Zuid -> Brussels Airport
  an has no ID or passport on file (`officectl dossier doc add` with --type passport and --expires, in their personnel dossier)
  officectl: 5 findings
  [65]

Mended: the third night, the meeting cancelled, the leave withdrawn, valid passports.

  $ officectl trip stay add 1 --hotel "Pod Times Square" --check-in 2026-12-09 --check-out 2026-12-10 --cost 310
  stay 2: Pod Times Square, 1 night from 2026-12-09
  $ officectl -q agenda cancel 4
  4
  $ officectl -q absence rm 1
  1
  $ officectl -q dossier doc add 1 --type passport --file passport.pdf --expires 2031-05-01
  2
  $ officectl -q dossier add "Peeters, An" --kind personnel --who an
  2
  $ officectl -q dossier doc add 2 --type identiteitskaart --file passport.pdf --expires 2029-01-31
  3
  $ officectl trip check 1
  Check of trip 1: Beurs New York
  ===============================
  
  Sound
  -----
  
  The legs connect, every night has a stay, nothing overlaps, the IDs are valid.

The itinerary: day by day, each time in its own zone, with the travellers' own
appointments; a document to print.

  $ officectl trip itinerary 1 -o md
  # Itinerary: Beurs New York (emma, an)
  
  ## 2026-12-07 Monday
  
  | time | what | details | cost |
  | --- | --- | --- | ---: |
  | 07:02 Europe/Brussels | train Brussel-Zuid -> Brussels Airport, arrives 07:24 Europe/Brussels |  | \xe2\x82\xac 12,00 | (esc)
  | 10:25 Europe/Brussels | flight Brussels Airport -> JFK, arrives 12:55 America/New_York | Brussels Airlines SN501, ref K7XQ2P | \xe2\x82\xac 1.450,00 | (esc)
  |  | check in at Pod Times Square (2 nights, out 2026-12-09) | 400 W 42nd St, New York, ref 88231 | \xe2\x82\xac 620,00 | (esc)
  
  ## 2026-12-08 Tuesday
  
  | time | what | details | cost |
  | --- | --- | --- | ---: |
  | 10:00 America/New_York | Klant NY |  |  |
  
  ## 2026-12-09 Wednesday
  
  | time | what | details | cost |
  | --- | --- | --- | ---: |
  |  | check out of Pod Times Square |  |  |
  |  | check in at Pod Times Square (1 night, out 2026-12-10) |  | \xe2\x82\xac 310,00 | (esc)
  
  ## 2026-12-10 Thursday
  
  | time | what | details | cost |
  | --- | --- | --- | ---: |
  |  | check out of Pod Times Square |  |  |
  | 18:10 America/New_York | flight JFK -> Brussels Airport, arrives 07:40 Europe/Brussels on 2026-12-11 | Brussels Airlines SN502 |  |
  
  ## Costs
  
  | total | excl_vat | line |
  | --- | ---: | --- |
  | legs and stays | \xe2\x82\xac 2.392,00 | 6500 Reizen | (esc)
  $ officectl trip list
  id  title           travellers  from        to          legs  nights  cost        line
  --  --------------  ----------  ----------  ----------  ----  ------  ----------  -----------
   1  Beurs New York  emma, an    2026-12-07  2026-12-11     3       3  \xe2\x82\xac 2.392,00  6500 Reizen (esc)
  $ officectl trip show 1
  Trip 1: Beurs New York
  ======================
  
  Trip
  ----
  
  travellers: emma, an
  purpose:    NY Office Expo
  from:       2026-12-07
  to:         2026-12-11
  cost:       \xe2\x82\xac 2.392,00 (esc)
  line:       6500 Reizen
  
  Legs and stays
  --------------
  
  Legs:
  id  mode    from              departs                            to                arrives                            carrier                  ref     cost
  --  ------  ----------------  ---------------------------------  ----------------  ---------------------------------  -----------------------  ------  ----------
   1  train   Brussel-Zuid      2026-12-07 07:02 Europe/Brussels   Brussels Airport  2026-12-07 07:24 Europe/Brussels                                       \xe2\x82\xac 12,00 (esc)
   2  flight  Brussels Airport  2026-12-07 10:25 Europe/Brussels   JFK               2026-12-07 12:55 America/New_York  Brussels Airlines SN501  K7XQ2P  \xe2\x82\xac 1.450,00 (esc)
   3  flight  JFK               2026-12-10 18:10 America/New_York  Brussels Airport  2026-12-11 07:40 Europe/Brussels   Brussels Airlines SN502
  
  Stays:
  id  hotel             in          out         nights  address                  ref    cost
  --  ----------------  ----------  ----------  ------  -----------------------  -----  --------
   1  Pod Times Square  2026-12-07  2026-12-09       2  400 W 42nd St, New York  88231  \xe2\x82\xac 620,00 (esc)
   2  Pod Times Square  2026-12-09  2026-12-10       1                                  \xe2\x82\xac 310,00 (esc)
  $ officectl budget commitments
  id  line  title                                                   vendor  date        amount      vat_pct  status  note
  --  ----  ------------------------------------------------------  ------  ----------  ----------  -------  ------  ----
   1     1  Beurs New York: train Brussel-Zuid -> Brussels Airport          2026-12-07     \xe2\x82\xac 12,00        0  open (esc)
   2     1  Beurs New York: flight Brussels Airport -> JFK                  2026-12-07  \xe2\x82\xac 1.450,00        0  open (esc)
   3     1  Beurs New York: Pod Times Square                                2026-12-07    \xe2\x82\xac 620,00        0  open (esc)
   4     1  Beurs New York: Pod Times Square                                2026-12-09    \xe2\x82\xac 310,00        0  open (esc)

The weekly report: trips this week and next, with their findings.

  $ officectl report weekly | sed -n '/^Trips/,/^Agenda/p' | head -n -1
  Trips
  -----
  
  id  title           travellers  from        to          legs  nights  cost        line
  --  --------------  ----------  ----------  ----------  ----  ------  ----------  -----------
   1  Beurs New York  emma, an    2026-12-07  2026-12-11     3       3  \xe2\x82\xac 2.392,00  6500 Reizen (esc)
  

The minimum connection per mode comes from config; a bad key is refused.

  $ mkdir -p config/officectl && printf '[trip.connection]\nflight = "4h"\n' > config/officectl/config.toml
  $ officectl trip check 1 2>/dev/null | grep change
  3h01 to change at Brussels Airport for the flight Brussels Airport -> JFK: a flight needs at least 4h
  $ printf '[trip.connection]\nboat = "1h"\n' > config/officectl/config.toml
  $ officectl trip check 1
  officectl: */config/officectl/config.toml:2: trip.connection.boat: no such mode (train, flight, car, taxi, bus) (glob)
  [78]
  $ rm config/officectl/config.toml

Export for the travellers' phones: legs and stays.

  $ officectl trip export 1 --ics | grep -E "^(SUMMARY|DTSTART;|DTEND;)"
  SUMMARY:Beurs New York: train Brussel-Zuid -> Brussels Airport\r (esc)
  DTSTART;TZID=Europe/Brussels:20261207T070200\r (esc)
  DTEND;TZID=Europe/Brussels:20261207T072400\r (esc)
  SUMMARY:Beurs New York: flight Brussels Airport -> JFK\r (esc)
  DTSTART;TZID=Europe/Brussels:20261207T102500\r (esc)
  DTEND;TZID=Europe/Brussels:20261207T185500\r (esc)
  SUMMARY:Beurs New York: flight JFK -> Brussels Airport\r (esc)
  DTSTART;TZID=America/New_York:20261210T181000\r (esc)
  DTEND;TZID=America/New_York:20261211T014000\r (esc)
  SUMMARY:Beurs New York: Pod Times Square\r (esc)
  DTSTART;VALUE=DATE:20261207\r (esc)
  DTEND;VALUE=DATE:20261209\r (esc)
  SUMMARY:Beurs New York: Pod Times Square\r (esc)
  DTSTART;VALUE=DATE:20261209\r (esc)
  DTEND;VALUE=DATE:20261210\r (esc)

Editing the travellers moves the legs in the agenda; removing a leg or the trip
takes it off the agenda and cancels its commitments.

  $ officectl trip edit 1 --who emma
  trip 1 "Beurs New York" updated
  $ officectl agenda list --since 2026-12-07 --until 2026-12-07 -o csv | cut -d, -f4-6
  title,owner,who
  Beurs New York: train Brussel-Zuid -> Brussels Airport,emma,
  Beurs New York: flight Brussels Airport -> JFK,emma,
  $ officectl trip leg rm 1
  removed leg 1: Brussel-Zuid -> Brussels Airport
  $ officectl trip check 1
  Check of trip 1: Beurs New York
  ===============================
  
  Sound
  -----
  
  The legs connect, every night has a stay, nothing overlaps, the IDs are valid.
  $ officectl trip rm 1
  removed trip 1 "Beurs New York"
  $ officectl agenda list --since 2026-12-07 --until 2026-12-11 -o csv
  id,day,time,title,owner,who,room,status,repeats
  5,2026-12-08,16:00-17:00,Klant NY,an,"an, emma",,confirmed,
  $ officectl budget commitments --all -o csv | cut -d, -f1,3,8
  id,title,status
  1,Beurs New York: train Brussel-Zuid -> Brussels Airport,cancelled
  2,Beurs New York: flight Brussels Airport -> JFK,cancelled
  3,Beurs New York: Pod Times Square,cancelled
  4,Beurs New York: Pod Times Square,cancelled
  $ officectl trip list
  id  title  travellers  from  to  legs  nights  cost  line
  --  -----  ----------  ----  --  ----  ------  ----  ----
