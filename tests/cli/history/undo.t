Undo: the last command, or any command from the history, taken back whole, in
every domain; refused rather than clobbering a later change; itself journalled.

  $ . "$TESTDIR/../setup.sh"
  $ src=$OFFICECTL_SOURCE
  $ officectl undo
  officectl: nothing to undo: the history is empty
  [66]
  $ officectl team member import "$src/examples/people.csv" | sed "s|$src/||"
  imported examples/people.csv: added 5, updated 0, unchanged 0
  $ officectl team member edit bert --role "office assistant"
  updated team member bert
  $ officectl undo --dry-run
    would revert team.member:2 bert
  dry run: would take back change 6 `officectl team member edit bert --role 'office assistant'`: 1 record; nothing changed
  $ officectl team member show bert | grep role
  role:    office assistant
  $ officectl undo
    reverted team.member:2 bert
  took back change 6 `officectl team member edit bert --role 'office assistant'`: 1 record
  $ officectl team member show bert | grep role
  role:    secretary

Undoing the undo redoes it; undoing a command that was undone already says so.

  $ officectl undo
    reverted team.member:2 bert
  took back change 7 `officectl undo` (an undo: this redoes what it undid): 1 record
  $ officectl team member show bert | grep role
  role:    office assistant
  $ officectl history --limit 3 -o csv | cut -d, -f1,5,7,8
  id,action,label,changes
  8,undo,bert,undo of change 7: role: secretary -> office assistant
  7,undo,bert,undo of change 6: role: office assistant -> secretary
  6,edit,bert,role: secretary -> office assistant
  $ officectl undo 7
  officectl: change 7 was undone already, by change 8 (`officectl undo 8` redoes it)
  [65]
  $ officectl undo 6
  officectl: cannot undo change 6: change 8 (`officectl undo`) changed team.member bert after it; undo change 8 first
  [65]

An import is one command: the 5 people above are one change group, and so is a
mail import of 6 messages with their full text.

  $ officectl mail import "$src/examples/mail/inbox.mbox"
  imported 6, duplicates 0, skipped 0
  $ officectl mail search offerte -q
  IN-2026-0002
  IN-2026-0003
  $ officectl undo 2>&1 | tail -2
    removed mail.item:6 IN-2026-0006
  took back change 14 `officectl mail import .*/examples/mail/inbox.mbox`: 6 records and 2 rows that belong to them (re)
  $ officectl mail list -q | wc -l
  0
  $ officectl mail search offerte -q
  $ officectl undo -q
  21
  $ officectl mail search offerte -q
  IN-2026-0002
  IN-2026-0003

A later command that changed the same record stops the undo, and is named.

  $ officectl team member add fien --name "Fien Jacobs" --manager an
  added team member fien (Fien Jacobs), id 6
  $ added=$(officectl history --limit 1 -q)
  $ officectl agenda add "Inwerken" --at "2026-12-07 09:00" --for 1h --who fien,an
  booked 1 "Inwerken" Mon 2026-12-07 09:00-10:00
  $ booked=$(officectl history --limit 1 -q)
  $ officectl undo $added
  officectl: cannot undo change 27: agenda.appointment Inwerken (change 28, `officectl agenda add Inwerken --at '2026-12-07 09:00' --for 1h --who fien,an`) still refers to what it would take back; undo change 28 first
  [65]
  $ officectl team member edit fien --role secretary
  updated team member fien
  $ officectl undo $added
  officectl: cannot undo change 27: change 29 (`officectl team member edit fien --role secretary`) changed team.member fien after it; undo change 29 first
  [65]
  $ officectl team member show fien | grep role
  role:        secretary
  $ officectl undo $booked
    removed agenda.appointment:1 Inwerken
  took back change 28 `officectl agenda add Inwerken --at '2026-12-07 09:00' --for 1h --who fien,an`: 1 record and 2 rows that belong to it
  $ officectl agenda list --week 2026-W50 -q

Side effects in other domains go back too: a merge re-points the references of other records.

  $ officectl contact add "Ricoh Belgium" --type supplier > /dev/null
  $ officectl contact add "Ricoh BE" --type supplier > /dev/null
  $ officectl contact add "Marie Dubois" --org "Ricoh BE" > /dev/null
  $ officectl contact merge "Ricoh Belgium" "Ricoh BE"
  merged #2 Ricoh BE into #1 Ricoh Belgium: 1 reference moved
  $ officectl contact show "Marie Dubois" | grep organisation
  organisation: Ricoh Belgium
  $ officectl undo
    restored contact:2 Ricoh BE -> #1 Ricoh Belgium
    reverted contact:3 Marie Dubois
  took back change 35 `officectl contact merge 'Ricoh Belgium' 'Ricoh BE'`: 2 records
  $ officectl contact show "Marie Dubois" | grep organisation
  organisation: Ricoh BE

Bad input: a change that does not exist, a word; the store stays whole.

  $ officectl undo 999
  officectl: no change 999 in the history (see `officectl history`)
  [66]
  $ officectl undo twelve
  officectl: "twelve" is no change number (see `officectl history`)
  [64]
  $ officectl db check -o csv
  check,ok,detail
  integrity,true,ok
  foreign_keys,true,ok
  migrations,true,ok (30 applied)
