Removing a document from a dossier: its row, a line on the timeline, and its
stored copy (unless another document still points at the same file). A file
outside the store is the user's own and stays.

  $ . "$TESTDIR/../setup.sh"
  $ officectl -q dossier add "Ricoh" --kind supplier
  1
  $ officectl -q dossier add "Canon" --kind supplier
  2
  $ printf '%%PDF-1.4 offerte Ricoh\n' > offerte.pdf
  $ printf '%%PDF-1.4 kbo Ricoh\n' > kbo.pdf
  $ printf '%%PDF-1.4 overeenkomst\n' > overeenkomst.pdf
  $ officectl -q dossier doc add 1 --type offerte --file offerte.pdf --copy
  1
  $ officectl -q dossier doc add 1 --type kbo-uittreksel --file kbo.pdf --no-copy
  2
  $ officectl -q dossier doc add 1 --type overeenkomst --file overeenkomst.pdf --copy
  3
  $ officectl -q dossier doc add 2 --type overeenkomst --file overeenkomst.pdf --copy
  4
  $ find data/officectl/files -type f | wc -l
  2

A stored copy goes with its document; the timeline says so.

  $ officectl dossier doc rm 1 1
  removed document 1 offerte from dossier DOS-0001 (and its stored copy)
  $ find data/officectl/files -type f | wc -l
  1
  $ officectl dossier show 1 | sed -n '/^Documents/,$p' | cut -c1-60
  Documents
  ---------
  
  id  type            name              date  expires  size  s
  --  --------------  ----------------  ----  -------  ----  -
   2  kbo-uittreksel  kbo.pdf                            19  n
   3  overeenkomst    overeenkomst.pdf                   22  y
  
  Timeline
  --------
  
  date        what
  ----------  -----------------------------
  2026-12-02  opened as a supplier dossier
  2026-12-02  document offerte added
  2026-12-02  document kbo-uittreksel added
  2026-12-02  document overeenkomst added
  2026-12-02  document offerte removed

A file outside the store stays where it is; a copy another dossier still needs stays too.

  $ officectl dossier doc rm 1 2
  removed document 2 kbo-uittreksel from dossier DOS-0001
  $ test -f kbo.pdf && echo kept
  kept
  $ officectl dossier doc rm 1 3
  removed document 3 overeenkomst from dossier DOS-0001
  $ find data/officectl/files -type f | wc -l
  1
  $ officectl dossier verify 2 --all | cut -c1-40
  1 file checked, 0 missing or changed
  dossier  document  type          name   
  -------  --------  ------------  -------
        2         4  overeenkomst  overeen

Without a copy removed, undo brings the document back; with one, undo refuses
(it would bring back a document without its file).

  $ officectl undo
    restored dossier.document:3 overeenkomst
  took back change 9 `officectl dossier doc rm 1 3`: 1 record and 1 row that belong to it
  $ officectl dossier show 1 | sed -n '/^Documents/,/^Timeline/p' | cut -c1-40
  Documents
  ---------
  
  id  type          name              date
  --  ------------  ----------------  ----
   3  overeenkomst  overeenkomst.pdf      
  
  Timeline
  $ officectl dossier doc rm 1 3
  removed document 3 overeenkomst from dossier DOS-0001
  $ officectl dossier doc rm 2 4
  removed document 4 overeenkomst from dossier DOS-0002 (and its stored copy)
  $ find data/officectl/files -type f | wc -l
  0
  $ officectl undo
  officectl: change 12 cannot be undone: it removed the document's stored copy
  [65]
  $ officectl dossier show 2 | sed -n '/^Documents/,/^Timeline/p'
  Documents
  ---------
  
  No documents.
  
  Timeline

Refused: an unknown dossier or document, a document of another dossier, a
dossier that no longer changes; nothing changed.

  $ officectl -q dossier doc add 1 --type offerte --file offerte.pdf --copy
  1
  $ officectl dossier doc rm 9 1
  officectl: no dossier 9 (see `officectl dossier list`)
  [66]
  $ officectl dossier doc rm 1 4
  officectl: dossier 1 has no document 4 (see `officectl dossier show 1`)
  [66]
  $ officectl dossier doc rm 2 1
  officectl: dossier 2 has no document 1 (see `officectl dossier show 2`)
  [66]
  $ officectl dossier doc rm 1 x
  officectl: "x" is no document number (see `officectl dossier show 1`)
  [64]
  $ officectl dossier doc rm 1
  officectl: `officectl dossier doc rm` needs its doc (see `officectl dossier doc rm --help`)
  [64]
  $ officectl -q dossier add "Verhuis 2012" --kind project --opened 2011-01-01
  3
  $ officectl -q dossier doc add 3 --type eindverslag --file kbo.pdf --no-copy
  2
  $ officectl dossier close 3 --date 2012-06-30 > /dev/null
  $ officectl dossier purge --expired --yes > /dev/null
  $ officectl dossier doc rm 3 2
  officectl: dossier 3 was archived on 2026-12-02: it does not change any more
  [65]
  $ officectl dossier show 1 | sed -n '/^Documents/,/^Timeline/p' | cut -c1-40
  Documents
  ---------
  
  id  type     name         date  expires 
  --  -------  -----------  ----  ------- 
   1  offerte  offerte.pdf                
  
  Timeline
  $ find data/officectl/files -type f | wc -l
  1
