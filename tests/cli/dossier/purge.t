Destroyed means destroyed: after a purge, the destroyed content is nowhere in
the store's files (the database, its write-ahead log and shared memory, the
files folder), not in the journal, not in an undo record, not in freed pages;
the tombstone says what, when, which rule and by whom. The purge itself cannot
be undone.

  $ . "$TESTDIR/../setup.sh"
  $ officectl team member add luc --name "Luc Lefèvre" > /dev/null
  $ officectl dossier add "Lefèvre, Luc" --kind personnel --who luc --opened 2015-01-01 --confidential > /dev/null
  $ officectl dossier note 1 "ZZPURGE Gesprek over ziekte: rugproblemen" > /dev/null
  $ printf 'ZZPURGE loonbrief\n' > ZZPURGE-loonbrief.pdf
  $ officectl dossier doc add 1 --file ZZPURGE-loonbrief.pdf --type arbeidsovereenkomst --copy > /dev/null
  $ officectl dossier note 1 "ZZPURGE tweede gesprek" > /dev/null
  $ officectl dossier edit 1 --title "Lefèvre, Luc (ZZPURGE)" > /dev/null
  $ officectl dossier edit 1 --title "Lefèvre, Luc" > /dev/null
  $ officectl dossier close 1 --date 2019-06-30
  closed dossier 1 DOS-0001: keep until 2024-06-30 (5y from closed, then destroy)
  $ rm ZZPURGE-loonbrief.pdf
  $ store=data/officectl

Before: the marker is in the store, its journal's undo records, and the copy.

  $ cat $store/office.db $store/office.db-wal 2>/dev/null | grep -ac ZZPURGE | sed 's/[1-9][0-9]*/some/'
  some
  $ grep -rl ZZPURGE $store/files | wc -l
  1

The purge.

  $ officectl dossier purge --expired --yes
  id  reference  title         kind       done       rule
  --  ---------  ------------  ---------  ---------  --------------
   1  DOS-0001   Lefèvre, Luc  personnel  destroyed  5y from closed
  purged: 1 destroyed, 0 archived, 0 on hold; 1 stored copy removed

After: no byte of it anywhere, whoever looks and however.

  $ for f in $store/office.db $store/office.db-wal $store/office.db-shm; do [ -e $f ] && grep -ac ZZPURGE $f; done; true
  0
  $ ls $store
  files
  office.db
  $ grep -rl ZZPURGE $store | wc -l
  0
  $ officectl --show-confidential history --entity dossier.note -o csv | cut -d, -f5,7,8,9
  action,label,changes,command
  add,(purged),added (content purged),(purged)
  add,(purged),added (content purged),(purged)
  $ officectl --show-confidential dossier show 1 | grep -c ZZPURGE
  0
  [1]

The tombstone: what, when, which rule, by whom; no content.

  $ officectl -o json history --entity dossier.dossier --limit 1 | grep -E '"(action|user|rule|destroyed|documents)"'
      "user": "tester",
      "action": "purge",
        "destroyed": "2026-12-02",
        "documents": 1,
        "rule": "5y from closed",

A purge cannot be undone, and neither can the commands whose records it destroyed.

  $ officectl undo
  officectl: change 9 cannot be undone: it destroyed what it purged, for good
  [65]
  $ officectl undo 3
  officectl: change 3 cannot be undone: what it changed was destroyed by a purge
  [65]
  $ officectl db check -o csv | cut -d, -f1,2
  check,ok
  integrity,true
  foreign_keys,true
  migrations,true
