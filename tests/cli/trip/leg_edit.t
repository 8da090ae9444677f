Correcting a leg: its agenda entry is the same entry, moved and retitled; a new
cost replaces the open commitment; an invoiced cost is corrected on the budget.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2026-11-30
  $ printf 'handle,name\nan,An Peeters\nemma,Emma Smith\n' > people.csv
  $ officectl -q team member import people.csv
  2
  $ officectl -q budget add "Facilitair 2026" --year 2026
  1
  $ officectl -q budget line add 1 Reizen --amount "20.000,00" --code 6500
  1
  $ officectl -q trip add "Beurs Parijs" --who emma --who an --line 6500
  1
  $ officectl -q trip leg add 1 --mode train --from Brussel-Zuid --to Paris-Nord --depart "2026-12-03 08:13" --arrive "2026-12-03 09:35 Europe/Paris" --carrier "Eurostar 9315" --cost 129
  1
  $ officectl -q trip leg add 1 --mode train --from Paris-Nord --to Brussel-Zuid --depart "2026-12-04 18:13 Europe/Paris" --arrive "2026-12-04 19:35" --cost 129
  2

A later train: the leg and its agenda entry move together.

  $ officectl trip leg edit 1 --depart "2026-12-03 10:13" --arrive "2026-12-03 11:35 Europe/Paris" --carrier "Eurostar 9323"
  leg 1: train Brussel-Zuid -> Paris-Nord, 2026-12-03 10:13 Europe/Brussels to 2026-12-03 11:35 Europe/Paris (1h22)
  $ officectl agenda list --since 2026-12-03 --until 2026-12-04
  id  day         time         title                                           owner  who  room  status     repeats
  --  ----------  -----------  ----------------------------------------------  -----  ---  ----  ---------  -------
   1  2026-12-03  10:13-11:35  Beurs Parijs: train Brussel-Zuid -> Paris-Nord  emma   an         confirmed
   2  2026-12-04  18:13-19:35  Beurs Parijs: train Paris-Nord -> Brussel-Zuid  emma   an         confirmed
  $ officectl agenda show 1 | grep -i "note\|sequence"
  note:         Eurostar 9323, arrives 2026-12-03 11:35 Europe/Paris (trip 1)
  sequence:     1
  $ officectl trip edit 1 --title "Salon Parijs" > /dev/null
  $ officectl trip leg edit 1 --to "Paris Gare du Nord"
  leg 1: train Brussel-Zuid -> Paris Gare du Nord, 2026-12-03 10:13 Europe/Brussels to 2026-12-03 11:35 Europe/Paris (1h22)
  $ officectl -o csv agenda list --since 2026-12-03 --until 2026-12-03 | cut -d, -f1-4
  id,day,time,title
  1,2026-12-03,10:13-11:35,Salon Parijs: train Brussel-Zuid -> Paris Gare du Nord

A new cost: the open commitment is cancelled and the new one committed.

  $ officectl trip leg edit 2 --cost 149
  leg 2: train Paris-Nord -> Brussel-Zuid, 2026-12-04 18:13 Europe/Paris to 2026-12-04 19:35 Europe/Brussels (1h22)
  $ officectl -o csv budget commitments --all | cut -d, -f1-8
  id,line,title,vendor,date,amount,vat_pct,status
  1,1,Beurs Parijs: train Brussel-Zuid -> Paris-Nord,,2026-12-03,129.00,0,open
  2,1,Beurs Parijs: train Paris-Nord -> Brussel-Zuid,,2026-12-04,129.00,0,cancelled
  3,1,Salon Parijs: train Paris-Nord -> Brussel-Zuid,,2026-12-04,149.00,0,open
  $ officectl undo
    reverted agenda.appointment:2 Salon Parijs: train Paris-Nord -> Brussel-Zuid
    reverted budget.commitment:2 2
    removed budget.commitment:3 Salon Parijs: train Paris-Nord -> Brussel-Zuid
    reverted trip.leg:2 Paris-Nord -> Brussel-Zuid
  took back change 22 `officectl trip leg edit 2 --cost 149`: 4 records and 2 rows that belong to them
  $ officectl -o csv budget commitments --all | cut -d, -f1-8
  id,line,title,vendor,date,amount,vat_pct,status
  1,1,Beurs Parijs: train Brussel-Zuid -> Paris-Nord,,2026-12-03,129.00,0,open
  2,1,Beurs Parijs: train Paris-Nord -> Brussel-Zuid,,2026-12-04,129.00,0,open

Refused, nothing changed.

  $ officectl budget spend 6500 --amount 129 --date 2026-11-30 --commit 1 > /dev/null
  $ officectl trip leg edit 1 --cost 139
  officectl: leg 1: its cost is invoiced already (commitment 1); correct it on the budget line, not on the leg
  [65]
  $ officectl trip leg edit 1
  officectl: give what to correct: --mode, --from, --to, --depart, --arrive, --carrier, --ref or --cost
  [64]
  $ officectl trip leg edit 1 --arrive "2026-12-03 07:00"
  officectl: the leg arrives (2026-12-03 07:00 Europe/Brussels, 2026-12-03T06:00Z) before it departs (2026-12-03 10:13 Europe/Brussels, 2026-12-03T09:13Z)
  [65]
  $ officectl trip leg edit 1 --mode boat
  officectl: --mode: "boat" is not train, flight, car, taxi or bus (see `officectl trip leg edit --help`)
  [64]
  $ officectl trip leg edit 1 --depart "2026-12-03 25:00"
  officectl: --depart: invalid date-time "2026-12-03 25:00": no such time of day
  [65]
  $ officectl trip leg edit 9 --ref X
  officectl: no leg 9 (see `officectl trip show TRIP`)
  [66]
  $ officectl trip leg edit x --ref X
  officectl: "x" is no leg number (see `officectl trip show TRIP`)
  [64]
  $ officectl trip show 1 | sed -n '/^Legs/,/^$/p' | cut -c1-90
  Legs and stays
  --------------
  
  Legs:
  id  mode   from          departs                           to                  arrives    
  --  -----  ------------  --------------------------------  ------------------  -----------
   1  train  Brussel-Zuid  2026-12-03 10:13 Europe/Brussels  Paris Gare du Nord  2026-12-03 
   2  train  Paris-Nord    2026-12-04 18:13 Europe/Paris     Brussel-Zuid        2026-12-04 
  $ officectl -o csv agenda list --since 2026-12-03 --until 2026-12-04 | cut -d, -f1-4
  id,day,time,title
  1,2026-12-03,10:13-11:35,Salon Parijs: train Brussel-Zuid -> Paris Gare du Nord
  2,2026-12-04,18:13-19:35,Salon Parijs: train Paris-Nord -> Brussel-Zuid

Travelling on a weekend, a holiday or a traveller's day off is booked, with a
word, as any appointment is; an edit tells only what is new.

  $ officectl -q trip leg add 1 --mode train --from Brussel-Zuid --to Lille --depart "2026-12-05 09:00" --arrive "2026-12-05 09:40 Europe/Paris"
  officectl: warning: leg Brussel-Zuid -> Lille: 2026-12-05 is a Saturday
  3
  $ officectl trip leg edit 3 --carrier "TGV 7154"
  leg 3: train Brussel-Zuid -> Lille, 2026-12-05 09:00 Europe/Brussels to 2026-12-05 09:40 Europe/Paris (40m)
  $ officectl trip leg edit 3 --depart "2026-12-25 09:00" --arrive "2026-12-25 09:40 Europe/Paris"
  officectl: warning: leg Brussel-Zuid -> Lille: 2026-12-25 is a public holiday (Kerstmis)
  leg 3: train Brussel-Zuid -> Lille, 2026-12-25 09:00 Europe/Brussels to 2026-12-25 09:40 Europe/Paris (40m)
