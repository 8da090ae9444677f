The store: created 0600 in WAL mode, checked, backed up, migrated; writers queue.

  $ . "$TESTDIR/../setup.sh"
  $ export OFFICECTL_DB=$PWD/office.db
  $ officectl init | sed "s|$PWD|.|"
  created store ./office.db (from OFFICECTL_DB)
  $ stat -c %a office.db
  600
  $ sqlite3 office.db 'PRAGMA journal_mode'
  wal
  $ officectl init | sed "s|$PWD|.|"
  using existing store ./office.db (from OFFICECTL_DB)
  $ officectl db check
  check         ok   detail
  ------------  ---  ---------------
  integrity     yes  ok
  foreign_keys  yes  ok
  migrations    yes  ok (30 applied)
  $ officectl db migrate
  store is up to date (30 migrations applied)
  $ officectl db migrate --status -o csv | cut -d, -f1-4
  domain,version,name,status
  store,1,history journal,applied
  store,2,undo records and the sealed part of the journal,applied
  team,1,people directory,applied
  contact,1,relations,applied
  mail,1,service notes,applied
  mail,2,correspondence register,applied
  mail,3,an index of the items awaiting an answer,applied
  mail,4,"the register's checks without temporary tables, indexes without empty rows"
  mail,5,the full-text index reads the register instead of keeping a copy,applied
  agenda,1,"appointments, series
  agenda,2,meeting agendas and minutes,applied
  agenda,3,who made an appointment when another domain did (a trip's leg),applied
  agenda,4,agenda items and minutes per occurrence of a series,applied
  absence,1,leave and entitlements,applied
  absence,2,open sick leave (no end yet),applied
  teamwork,1,tasks,applied
  teamwork,2,"skills, training
  teamwork,3,vacancies,applied
  dossier,1,"dossiers, their documents and timeline"
  contract,1,"contracts, obligations
  contract,2,the dossier that holds a contract's papers,applied
  budget,1,"budgets, lines
  budget,2,purchase requests and quotes,applied
  budget,3,spending notes and import keys,applied
  budget,4,the sums per line read each booking's currency from the index; commitment notes,applied
  timesheet,1,projects and the hours logged on them,applied
  trip,1,"trips, their travellers
  event,1,"events, their plan
  event,2,a contracted supplier's commitment on the budget line,applied
  improve,1,"findings, SMART plans
  $ officectl team member add an --name "An Peeters"
  added team member an (An Peeters), id 1
  $ officectl db backup backup.db | sed "s|$PWD|.|"
  backed up ./office.db to backup.db (630784 bytes)
  $ stat -c %a backup.db
  600
  $ sqlite3 backup.db 'SELECT handle, name FROM team_member'
  an|An Peeters
  $ officectl db backup backup.db
  officectl: backup "backup.db" already exists (use --force to overwrite)
  [73]
  $ officectl -q db backup backup.db --force
  backup.db
  $ officectl db backup nowhere/backup.db
  officectl: cannot create backup "nowhere/backup.db": folder "nowhere" does not exist
  [73]

A backup that fails part-way (here no file may grow past 256 KiB, as on a full
disk) exits 74 with the reason and leaves no file that looks complete, not even
a temporary one; with --force, the earlier backup stays as it was.

  $ (ulimit -f 256; trap '' XFSZ; officectl db backup big.db)
  officectl: cannot write backup "big.db": File too large
  [74]
  $ ls -A | grep -e big -e partial
  [1]
  $ cp backup.db before.db
  $ (ulimit -f 256; trap '' XFSZ; officectl db backup backup.db --force)
  officectl: cannot write backup "backup.db": File too large
  [74]
  $ cmp backup.db before.db && ls -A | grep -c partial
  0
  [1]
  $ rm before.db

A damaged reference is found by db check (exit 65).

  $ sqlite3 office.db 'PRAGMA foreign_keys=OFF; INSERT INTO team_member (handle, name, manager_id) VALUES ("ghost", "Ghost", 99)'
  $ officectl db check
  check         ok   detail
  ------------  ---  -------------------------------------------------
  integrity     yes  ok
  foreign_keys  no   team_member row 2 refers to a missing team_member
  migrations    yes  ok (30 applied)
  officectl: the store check found problems (see above)
  [65]
  $ sqlite3 office.db 'DELETE FROM team_member WHERE handle = "ghost"'

Eight writers at once, on an existing store and on a new one: all succeed.

  $ for i in 1 2 3 4 5 6 7 8; do (officectl -q team member add p$i --name "Person $i" > out.$i 2>&1; echo $? > rc.$i) & done; wait
  $ cat rc.* | sort | uniq -c | sed 's/^ *//'
  8 0
  $ officectl -q team member list | wc -l | tr -d ' '
  9
  $ export OFFICECTL_DB=$PWD/fresh.db
  $ for i in 1 2 3 4 5 6 7 8; do (officectl -q team member add q$i --name "Person $i" > out.$i 2>&1; echo $? > rc.$i) & done; wait
  $ cat rc.* | sort | uniq -c | sed 's/^ *//'
  8 0
  $ cat out.* | sort | tr '\n' ' '
  q1 q2 q3 q4 q5 q6 q7 q8  (no-eol)
  $ officectl history --limit 0 -o csv | wc -l | tr -d ' '
  9
  $ sqlite3 fresh.db 'SELECT count(*) FROM schema_migrations'
  30

The race on a new store, five more times (it once failed under load: a new store
can answer SQLITE_BUSY before the busy handler is asked; opening now retries).

  $ for round in 1 2 3 4 5; do rm -f race.db*; for i in 1 2 3 4 5 6 7 8; do (officectl --db race.db -q team member add r$i --name "R $i" > /dev/null 2>&1; echo $? > exit.$i) & done; wait; cat exit.* | sort -u | tr '\n' ' '; done; echo
  0 0 0 0 0 
