Changing and removing an event: a new day moves the open tasks of its plan, a
new owner takes them over; an event with a plan, suppliers or guests goes only
with --force, and takes them along.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_TODAY=2026-11-30
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\n' > people.csv
  $ officectl -q team member import people.csv
  2
  $ officectl -q budget add "Events 2027" --year 2027
  1
  $ officectl -q budget line add 1 Recepties --amount 10000 --code 6400
  1
  $ officectl -q event add Nieuwjaarsreceptie --date 2027-01-15 --kind reception --owner bert --line 6400
  1
  $ officectl -q event task add 1 "Fotograaf boeken" --offset -21d --owner an
  10
  $ officectl -q event task add 1 "Parking regelen" --due 2027-01-11
  11
  $ officectl event task done 2 > /dev/null
  $ officectl -q event add Teambuilding --date 2027-03-12
  2

A week later: the tasks counted from the day move (onto working days); a task
given a date of its own and a task done stay.

  $ officectl event edit 1 --date 2027-01-22 --title "Nieuwjaarsreceptie 2027"
  event 1 "Nieuwjaarsreceptie 2027" on 2027-01-22 changed; 9 tasks of its plan followed
  $ officectl event plan 1 | sed -n '/^task/,/^$/p'
  task  due         when   what                                                                  kind       owner  status
  ----  ----------  -----  --------------------------------------------------------------------  ---------  -----  ------
     1  2026-11-23  T-60d  Locatie vastleggen                                                    task       bert   LATE
     7  2026-11-23  T-60d  Formaliteit: Vergunning gemeente aanvragen (evenement, tent, geluid)  formality  bert   LATE
     2  2026-12-01  T-45d  Gastenlijst opstellen                                                 task       bert   done
     3  2026-12-23  T-30d  Uitnodigingen versturen                                               task       bert   open
     8  2026-12-23  T-30d  Formaliteit: Evenementenverzekering afsluiten                         formality  bert   open
    10  2026-12-31  T-21d  Fotograaf boeken                                                      task       an     open
     4  2027-01-08  T-14d  Catering bevestigen                                                   task       bert   open
     9  2027-01-08  T-14d  Formaliteit: Muziekrechten aangeven (Unisono)                         formality  bert   open
    11  2027-01-11         Parking regelen                                                       task       bert   open
     5  2027-01-15  T-7d   Aantal gasten doorgeven aan catering                                  task       bert   open
     6  2027-01-20  T-2d   Naamkaartjes en onthaal voorbereiden                                  task       bert   open
  

A new owner takes over the open tasks the old one had; the task Bert did stays his.

  $ officectl event edit 1 --owner an --guests 140 --where "Kasteel van Gaasbeek"
  event 1 "Nieuwjaarsreceptie 2027" on 2027-01-22 changed; 9 tasks of its plan followed
  $ officectl event plan 1 | grep -c ' bert '
  1
  $ officectl event plan 1 | grep -c ' an '
  10
  $ officectl event show 1 | sed -n '/^date/,/^line/p'
  date:      2027-01-22
  kind:      reception
  expected:  140
  where:     Kasteel van Gaasbeek
  owner:     an
  line:      6400 Recepties

Refused, nothing changed.

  $ officectl event edit 1
  officectl: give what to change: --title, --date, --goal, --audience, --guests, --where, --line or --owner
  [64]
  $ officectl event edit 1 --date someday
  officectl: --date: invalid date "someday": expected YYYY-MM-DD or a word such as today, fri, +3d, 2026-W49
  [65]
  $ officectl event edit 1 --owner zoe
  officectl: no team member "zoe" (see `officectl team member list`)
  [66]
  $ officectl event edit 1 --title " "
  officectl: --title: the title is empty
  [65]
  $ officectl event edit 9 --title X
  officectl: no event 9 (see `officectl event list`)
  [66]
  $ officectl event supplier add 1 --role catering --vendor "Traiteur Dumont" --quote 4800 --status contracted
  new relation #1 Traiteur Dumont (add details with `officectl contact edit '#1'`)
  supplier 1 for catering of "Nieuwjaarsreceptie 2027": contracted (commitment 1 on the budget line)
  $ officectl -q budget line add 1 Seminaries --amount 5000 --code 6410
  2
  $ officectl event edit 1 --line 6410
  officectl: --line: the catering of event 1 has a commitment on its budget line already; set that supplier back (`event supplier set`) before the event changes line
  [65]
  $ officectl -o csv event list
  id,date,title,kind,owner,open_tasks,late,roles_open,yes,headcount,expected
  1,2027-01-22,Nieuwjaarsreceptie 2027,reception,an,10,2,0,0,0,140
  2,2027-03-12,Teambuilding,,,0,0,0,0,0,

Removing: an empty event goes; one with a plan, suppliers or guests only with --force.

  $ officectl event rm 2
  removed event 2 "Teambuilding"
  $ printf 'name,email\nMarie Dubois,marie@ricoh.be\n' > guests.csv
  $ officectl event guest import 1 guests.csv > /dev/null
  $ officectl event rm 1
  officectl: event 1 "Nieuwjaarsreceptie 2027" has 11 plan tasks (1 done), 1 supplier and 1 guest: `officectl event rm 1 --force` removes them with it
  [65]
  $ officectl -o csv event list
  id,date,title,kind,owner,open_tasks,late,roles_open,yes,headcount,expected
  1,2027-01-22,Nieuwjaarsreceptie 2027,reception,an,10,2,0,0,0,140
  $ officectl event rm 1 --force
  removed event 1 "Nieuwjaarsreceptie 2027" with its 11 plan tasks (1 done), 1 supplier and 1 guest
  $ officectl -o csv event list
  id,date,title,kind,owner,open_tasks,late,roles_open,yes,headcount,expected
  $ officectl -o csv team task list | wc -l
  1
  $ officectl -o csv budget commitments --all | cut -d, -f1-3,8
  id,line,title,status
  1,1,Nieuwjaarsreceptie 2027: catering,cancelled
  $ officectl undo
    reverted budget.commitment:1 1
    restored team.task:1 Locatie vastleggen
    restored team.task:7 Formaliteit: Vergunning gemeente aanvragen (evenement, tent, geluid)
    restored team.task:2 Gastenlijst opstellen
    restored team.task:3 Uitnodigingen versturen
    restored team.task:8 Formaliteit: Evenementenverzekering afsluiten
    restored team.task:10 Fotograaf boeken
    restored team.task:4 Catering bevestigen
    restored team.task:9 Formaliteit: Muziekrechten aangeven (Unisono)
    restored team.task:11 Parking regelen
    ... and 5 more
  took back change 59 `officectl event rm 1 --force`: 15 records and 11 rows that belong to them
  $ officectl -o csv event list
  id,date,title,kind,owner,open_tasks,late,roles_open,yes,headcount,expected
  1,2027-01-22,Nieuwjaarsreceptie 2027,reception,an,10,2,0,0,0,140
  $ officectl event rm 7
  officectl: no event 7 (see `officectl event list`)
  [66]
