A trip leg's appointment belongs to the trip: the agenda's own verbs refuse to
change, cancel or delete it and name the trip's commands; those keep working.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2026-11-30
  $ printf 'handle,name\nan,An Peeters\nemma,Emma Smith\n' > people.csv
  $ officectl -q team member import people.csv
  2
  $ officectl -q trip add "Beurs Parijs" --who emma --who an
  1
  $ officectl -q trip leg add 1 --mode train --from Brussel-Zuid --to Paris-Nord --depart "2026-12-03 08:13" --arrive "2026-12-03 09:35 Europe/Paris"
  1
  $ officectl -q trip leg add 1 --mode train --from Paris-Nord --to Brussel-Zuid --depart "2026-12-04 18:13 Europe/Paris" --arrive "2026-12-04 19:35"
  2
  $ officectl agenda show 2 | grep "made_by"
  made_by:      leg 2 of trip 1 "Beurs Parijs"

Refused, exit 65, nothing changed:

  $ officectl agenda rm 2
  officectl: appointment 2 is leg 2 of trip 1 "Beurs Parijs": the agenda does not delete it; use `officectl trip leg edit 2` or `officectl trip leg rm 2`
  [65]
  $ officectl agenda edit 1 --at "2026-12-03 12:00"
  officectl: appointment 1 is leg 1 of trip 1 "Beurs Parijs": the agenda does not edit it; use `officectl trip leg edit 1` or `officectl trip leg rm 1`
  [65]
  $ officectl agenda cancel 1
  officectl: appointment 1 is leg 1 of trip 1 "Beurs Parijs": the agenda does not cancel it; use `officectl trip leg edit 1` or `officectl trip leg rm 1`
  [65]
  $ officectl agenda list --since 2026-12-03 --until 2026-12-04
  id  day         time         title                                           owner  who  room  status     repeats
  --  ----------  -----------  ----------------------------------------------  -----  ---  ----  ---------  -------
   1  2026-12-03  08:13-09:35  Beurs Parijs: train Brussel-Zuid -> Paris-Nord  emma   an         confirmed
   2  2026-12-04  18:13-19:35  Beurs Parijs: train Paris-Nord -> Brussel-Zuid  emma   an         confirmed
  $ officectl agenda free --who an --for 1h --since 2026-12-03 --until 2026-12-03 --limit 2
  day         start  end    free_until  room
  ----------  -----  -----  ----------  ----
  2026-12-03  09:45  10:45  17:00

The trip's own verbs still change and remove the leg and its appointment; a
renamed trip renames the mark.

  $ officectl trip edit 1 --title "Salon Parijs" > /dev/null
  $ officectl trip leg edit 1 --depart "2026-12-03 10:13" --arrive "2026-12-03 11:35 Europe/Paris"
  leg 1: train Brussel-Zuid -> Paris-Nord, 2026-12-03 10:13 Europe/Brussels to 2026-12-03 11:35 Europe/Paris (1h22)
  $ officectl agenda show 1 | grep "made_by"
  made_by:      leg 1 of trip 1 "Salon Parijs"
  $ officectl trip leg rm 2
  removed leg 2: Paris-Nord -> Brussel-Zuid
  $ officectl agenda list --since 2026-12-03 --until 2026-12-04
  id  day         time         title                                           owner  who  room  status     repeats
  --  ----------  -----------  ----------------------------------------------  -----  ---  ----  ---------  -------
   1  2026-12-03  10:13-11:35  Salon Parijs: train Brussel-Zuid -> Paris-Nord  emma   an         confirmed
  $ officectl agenda edit 1 --title "Mine now"
  officectl: appointment 1 is leg 1 of trip 1 "Salon Parijs": the agenda does not edit it; use `officectl trip leg edit 1` or `officectl trip leg rm 1`
  [65]
