Global options, and the errors every command shares.

  $ . "$TESTDIR/../setup.sh"
  $ officectl --version
  officectl 0.1.0
  $ officectl
  officectl: `officectl` needs a command (see `officectl --help`)
  [64]
  $ officectl frobnicate
  officectl: unknown command "frobnicate" for `officectl` (expected init, team, contact, mail, dossier, contract, budget, trip, event, agenda, absence, improve, report, due, search, history, undo, db, config, completion)
  [64]
  $ officectl team
  officectl: `officectl team` needs a command (see `officectl team --help`)
  [64]
  $ officectl --help | head -4
  officectl: the office manager's toolkit: correspondence, dossiers, contracts, agenda,
  trips, events, absences, budgets and the team, on one local SQLite store.
  Usage: officectl [OPTIONS] SUBCOMMAND
  

The clock: --as-of beats OFFICECTL_TODAY; both accept date words; bad ones are exit 65.

  $ officectl --as-of 2027-03-01 team member add an --name An --start today
  added team member an (An), id 1
  $ officectl team member add bert --name Bert --start today
  added team member bert (Bert), id 2
  $ officectl --as-of 2027-03-01 -o csv team member list
  handle,name,role,email,manager,hours,days,start,end,status
  an,An,,,,,,2027-03-01,,active
  bert,Bert,,,,,,2026-12-02,,active
  $ officectl -o csv team member list
  handle,name,role,email,manager,hours,days,start,end,status
  an,An,,,,,,2027-03-01,,joining
  bert,Bert,,,,,,2026-12-02,,active
  $ officectl --as-of "2026-02-30" team member list
  officectl: --as-of: invalid date "2026-02-30": no such day
  [65]
  $ OFFICECTL_TODAY=someday officectl team member list
  officectl: OFFICECTL_TODAY: invalid date "someday": expected YYYY-MM-DD or a word such as today, fri, +3d, 2026-W49
  [65]

Words in --as-of count from the day OFFICECTL_TODAY pins (here 2026-12-02), never from the machine's date.

  $ officectl --as-of tomorrow team member add cas --name Cas --start today
  added team member cas (Cas), id 3
  $ officectl -q team member list --status joining
  an
  cas
  $ officectl --as-of tomorrow -o csv team member show cas | cut -d, -f2,9,12
  handle,start,status
  cas,2026-12-03,active

Formats and colour: no colour unless asked for or on a tty; --color always forces it.

  $ officectl --color always team member list --limit 1 | head -1 | od -c | head -1
  0000000 033   [   1   m   h   a   n   d   l   e           n   a   m   e
  $ officectl --csv-sep ';;' -o csv team member list
  officectl: --csv-sep: expected one character such as ';', not ";;"
  [64]
  $ officectl team member list -o json --limit 1 | head -2
  [
    {

Where the store lives: --db > OFFICECTL_DB > store.path > $XDG_DATA_HOME.

  $ officectl init | sed "s|$PWD|.|"
  using existing store ./data/officectl/office.db (from default)
  $ OFFICECTL_DB=$PWD/env.db officectl init | sed "s|$PWD|.|"
  created store ./env.db (from OFFICECTL_DB)
  $ officectl --db other.db init
  created store other.db (from --db)
  $ ls
  data
  env.db
  home
  other.db
  $ officectl --db missing/dir/office.db init
  officectl: cannot create store "missing/dir/office.db": folder "missing/dir" does not exist
  [73]
  $ mkdir folder.db
  $ officectl --db folder.db team member list
  officectl: cannot open store "folder.db": it is a folder
  [73]
  $ echo "not a database, but a text file that is long enough" > text.db
  $ officectl --db text.db team member list
  officectl: cannot open store "text.db": the file is not an officectl store (not a SQLite database)
  [74]
