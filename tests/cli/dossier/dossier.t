Dossiers: kinds with their checklist and retention term, documents with their hash,
completeness, verification, closing, retention, purge with a tombstone, legal hold.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name\nan,An Peeters\nbert,Bert Claes\n' > people.csv
  $ officectl -q team member import people.csv
  2

The kinds are built in: a store without config knows them, each term with its basis.

  $ officectl -o csv dossier kinds
  kind,required,retention,action,basis,origin
  insurance,"polis, algemene-voorwaarden, bijzondere-voorwaarden",10y from closed,destroy,"vorderingen verjaren na 3 jaar (Verzekeringswet 4 april 2014, art. 88); premies zijn boekhoudkundige stukken: 10 jaar (WER art. III.86)",built in
  personnel,"arbeidsovereenkomst, dimona, identiteitskaart, bankgegevens, ontvangst-arbeidsreglement",5y from closed,destroy,"sociale documenten: 5 jaar na het einde van de tewerkstelling (KB nr. 5 van 23 oktober 1978, art. 25); daarna niet langer bewaren (AVG art. 5.1.e)",built in
  project,"projectplan, budget, eindverslag",10y from closed,archive,boekhoudkundige stukken: 10 jaar (WER art. III.86); daarna archief als referentie,built in
  supplier,"offerte, overeenkomst, kbo-uittreksel",10y from closed,destroy,boekhoudkundige stukken: 10 jaar (WER art. III.86; btw: WBTW art. 60),built in
  vehicle,"inschrijvingsbewijs, gelijkvormigheidsattest, verzekeringsbewijs, keuringsbewijs",10y from closed,destroy,aankoop- en afschrijvingsstukken: 10 jaar na verkoop (WER art. III.86),built in
  $ officectl dossier add "Peeters, An" --kind personnel --who an --owner bert --confidential
  dossier 1 DOS-0001 "Peeters, An" (personnel): 5 required documents
  $ officectl dossier add "Ricoh" --kind supplier
  dossier 2 DOS-0002 "Ricoh" (supplier): 3 required documents
  $ officectl dossier add "Iemand" --kind auto
  officectl: no dossier kind "auto" (known: insurance, personnel, project, supplier, vehicle; add one as [dossier.kind.auto] in config)
  [65]
  $ officectl dossier add "Iemand" --kind personnel --who nobody
  officectl: no team member "nobody" (see `officectl team member list`)
  [66]

Documents: path, size and SHA-256; with --copy the file goes into the store.

  $ printf '%%PDF-1.4 arbeidsovereenkomst An\n' > contract.pdf
  $ printf 'eID An\n' > eid.pdf
  $ printf 'DIMONA IN\n' > dimona.pdf
  $ officectl dossier doc add 1 --type arbeidsovereenkomst --file contract.pdf --date 2026-01-05 --copy
  document 1 arbeidsovereenkomst in dossier DOS-0001 (32 bytes, sha256 9d9e8a572bef, copied)
  $ find data/officectl/files -type f | sed 's/[0-9a-f]\{64\}/HASH/'
  data/officectl/files/dossier/9d/HASH
  $ officectl dossier doc add 1 --type identiteitskaart --file eid.pdf --expires 2026-10-31
  this identiteitskaart expired on 2026-10-31
  document 2 identiteitskaart in dossier DOS-0001 (7 bytes, sha256 c08129b85da8)
  $ officectl dossier doc add 1 --type dimona --file dimona.pdf
  document 3 dimona in dossier DOS-0001 (10 bytes, sha256 45dbc4d75fbc)
  $ officectl dossier doc add 1 --type diploma --file nowhere.pdf
  officectl: cannot read "nowhere.pdf": no such file
  [66]
  $ officectl dossier doc add 1 --type diploma --file dimona.pdf --date 2026-02-01 --expires 2026-01-01
  officectl: --expires: before the document's --date
  [65]
  $ officectl dossier doc add 1 --type diploma --file dimona.pdf --copy --no-copy
  officectl: --copy and --no-copy: choose one
  [64]
  $ officectl dossier note 1 "Kopie diploma gevraagd"
  note added to dossier 1 DOS-0001

Check: what each dossier lacks; an expired ID card counts as missing.

  $ officectl dossier check
  id  reference  title        kind       complete  missing                                   expired
  --  ---------  -----------  ---------  --------  ----------------------------------------  ----------------
   1  DOS-0001   Peeters, An  personnel        40  bankgegevens, ontvangst-arbeidsreglement  identiteitskaart
   2  DOS-0002   Ricoh        supplier          0  offerte, overeenkomst, kbo-uittreksel
  2 of 2 dossiers incomplete
  $ officectl dossier check --kind supplier --incomplete
  id  reference  title  kind      complete  missing                                expired
  --  ---------  -----  --------  --------  -------------------------------------  -------
   2  DOS-0002   Ricoh  supplier         0  offerte, overeenkomst, kbo-uittreksel
  1 of 1 dossier incomplete
  $ officectl dossier list
  id  reference  title        kind       person  owner  status  complete  opened      closed  keep_until
  --  ---------  -----------  ---------  ------  -----  ------  --------  ----------  ------  ----------
   1  DOS-0001   Peeters, An  personnel  an      bert   open          40  2026-12-02
   2  DOS-0002   Ricoh        supplier                  open           0  2026-12-02

A confidential dossier shows its documents' names and notes only when asked.

  $ officectl dossier show 1
  Dossier 1 DOS-0001: Peeters, An
  ===============================
  
  reference:    DOS-0001
  title:        Peeters, An
  kind:         personnel
  person:       an
  owner:        bert
  confidential: yes
  status:       open
  opened:       2026-12-02
  retention:    5y from closed
  basis:        sociale documenten: 5 jaar na het einde van de tewerkstelling (KB nr. 5 van 23 oktober 1978, art. 25); daarna niet langer bewaren (AVG art. 5.1.e)
  
  Completeness
  ------------
  
  40% complete (2 of 5 required documents); missing: bankgegevens, ontvangst-arbeidsreglement; expired: identiteitskaart
  
  Documents
  ---------
  
  id  type                 name            date        expires     size  stored  path
  --  -------------------  --------------  ----------  ----------  ----  ------  --------------
   1  arbeidsovereenkomst  (confidential)  2026-01-05                32  yes     (confidential)
   3  dimona               (confidential)                            10  no      (confidential)
   2  identiteitskaart     (confidential)              2026-10-31     7  no      (confidential)
  
  Timeline
  --------
  
  date        what
  ----------  -------------------------------------------------------
  2026-12-02  opened as a personnel dossier
  2026-12-02  document arbeidsovereenkomst added
  2026-12-02  document identiteitskaart added, valid until 2026-10-31
  2026-12-02  document dimona added
  2026-12-02  note: (confidential)
  $ officectl --show-confidential dossier show 1 | sed -n '/^Documents/,$p' | sed 's/[0-9a-f]\{64\}/HASH/; s#/.*/data/#DATA/#; s#/[^ ]*/dimona.pdf#CWD/dimona.pdf#; s#/[^ ]*/eid.pdf#CWD/eid.pdf#'
  Documents
  ---------
  
  id  type                 name          date        expires     size  stored  path
  --  -------------------  ------------  ----------  ----------  ----  ------  ----------------------------------------------------------------------------------------------------------------------------------
   1  arbeidsovereenkomst  contract.pdf  2026-01-05                32  yes     DATA/officectl/files/dossier/9d/HASH
   3  dimona               dimona.pdf                              10  no      CWD/dimona.pdf
   2  identiteitskaart     eid.pdf                   2026-10-31     7  no      CWD/eid.pdf
  
  Timeline
  --------
  
  date        what
  ----------  -------------------------------------------------------
  2026-12-02  opened as a personnel dossier
  2026-12-02  document arbeidsovereenkomst added
  2026-12-02  document identiteitskaart added, valid until 2026-10-31
  2026-12-02  document dimona added
  2026-12-02  note: Kopie diploma gevraagd

Verify re-hashes every file: a changed or missing file is reported, exit 65.

  $ officectl dossier verify
  3 files checked, 0 missing or changed
  $ printf 'eID An, vernieuwd\n' > eid.pdf
  $ rm dimona.pdf
  $ officectl dossier verify
  dossier  document  type              name            state    detail
  -------  --------  ----------------  --------------  -------  ---------------
        1         3  dimona            (confidential)  missing  not found
        1         2  identiteitskaart  (confidential)  changed  18 bytes, was 7
  3 files checked, 2 missing or changed
  officectl: 2 document files missing or changed
  [65]
  $ officectl -o csv dossier verify 1 --all | cut -d, -f1-5
  3 files checked, 2 missing or changed
  officectl: 2 document files missing or changed
  dossier,document,type,name,state
  1,1,arbeidsovereenkomst,(confidential),ok
  1,3,dimona,(confidential),missing
  1,2,identiteitskaart,(confidential),changed

Closing starts the retention clock; the term and its basis come from the kind.

  $ officectl dossier close 2 --date 2019-03-31
  officectl: a dossier cannot close (2019-03-31) before it opened (2026-12-02)
  [65]
  $ officectl dossier close 2
  closed dossier 2 DOS-0002: keep until 2036-12-02 (10y from closed, then destroy)
  $ officectl dossier add "Janssens, Piet" --kind personnel --opened 2010-01-01
  dossier 3 DOS-0003 "Janssens, Piet" (personnel): 5 required documents
  $ officectl dossier close 3 --date 2019-06-30
  closed dossier 3 DOS-0003: keep until 2024-06-30 (5y from closed, then destroy)
  $ printf 'arbeidsovereenkomst Piet\n' > piet.pdf
  $ officectl dossier doc add 3 --type arbeidsovereenkomst --file piet.pdf --copy
  document 4 arbeidsovereenkomst in dossier DOS-0003 (25 bytes, sha256 f28474f116e8, copied)
  $ officectl dossier doc add 3 --type dimona --file contract.pdf
  document 5 dimona in dossier DOS-0003 (32 bytes, sha256 9d9e8a572bef)
  $ officectl dossier note 3 "Gesprek over ziekteverzuim"
  note added to dossier 3 DOS-0003
  $ officectl dossier close 3
  officectl: dossier 3 closed on 2019-06-30 already (`dossier reopen` first)
  [65]
  $ officectl dossier reopen 3
  reopened dossier 3 DOS-0003
  $ officectl dossier close 3 --date 2019-06-30
  closed dossier 3 DOS-0003: keep until 2024-06-30 (5y from closed, then destroy)
  $ officectl dossier add "Verhuis 2012" --kind project --opened 2011-01-01
  dossier 4 DOS-0004 "Verhuis 2012" (project): 3 required documents
  $ officectl dossier close 4 --date 2012-06-30
  closed dossier 4 DOS-0004: keep until 2022-06-30 (10y from closed, then archive)
  $ officectl dossier add "Maes, Lies" --kind personnel --opened 2015-01-01
  dossier 5 DOS-0005 "Maes, Lies" (personnel): 5 required documents
  $ officectl dossier close 5 --date 2022-03-31
  closed dossier 5 DOS-0005: keep until 2027-03-31 (5y from closed, then destroy)
  $ officectl dossier retention
  id  reference  title           kind       closed      term_ends   action   rule             basis                                                                                                                                               state
  --  ---------  --------------  ---------  ----------  ----------  -------  ---------------  --------------------------------------------------------------------------------------------------------------------------------------------------  -----
   4  DOS-0004   Verhuis 2012    project    2012-06-30  2022-06-30  archive  10y from closed  boekhoudkundige stukken: 10 jaar (WER art. III.86); daarna archief als referentie                                                                   due
   3  DOS-0003   Janssens, Piet  personnel  2019-06-30  2024-06-30  destroy  5y from closed   sociale documenten: 5 jaar na het einde van de tewerkstelling (KB nr. 5 van 23 oktober 1978, art. 25); daarna niet langer bewaren (AVG art. 5.1.e)  due
  $ officectl dossier retention --due-before 2027-12-31 -o csv | cut -d, -f1-8
  id,reference,title,kind,closed,term_ends,action,rule
  4,DOS-0004,Verhuis 2012,project,2012-06-30,2022-06-30,archive,10y from closed
  3,DOS-0003,"Janssens, Piet",personnel,2019-06-30,2024-06-30,destroy
  5,DOS-0005,"Maes, Lies",personnel,2022-03-31,2027-03-31,destroy

A legal hold keeps a dossier from the purge.

  $ officectl dossier hold 3 "Geschil arbeidsrechtbank, rolnummer 26/123"
  dossier 3 DOS-0003 on hold: it is not purged until `dossier release 3`
  $ officectl dossier hold 3 " "
  officectl: a hold needs its reason
  [64]
  $ officectl dossier release 2
  officectl: dossier 2 is not on hold
  [65]

Purge: a dry run changes nothing; without a terminal it needs --yes.

  $ officectl dossier purge
  officectl: --expired is required (see `officectl dossier purge --help`)
  [64]
  $ officectl dossier purge --expired --dry-run
  id  reference  title           kind       done                                              rule
  --  ---------  --------------  ---------  ------------------------------------------------  ---------------
   4  DOS-0004   Verhuis 2012    project    archived                                          10y from closed
   3  DOS-0003   Janssens, Piet  personnel  held: Geschil arbeidsrechtbank, rolnummer 26/123  5y from closed
  dry run: would be 0 destroyed, 1 archived, 1 on hold; nothing changed
  $ officectl dossier purge --expired < /dev/null
  officectl: purge would destroy 0 and archive 1 dossier(s): say --yes (see them with --dry-run); nothing changed
  [64]
  $ officectl dossier list --all
  id  reference  title           kind       person  owner  status            complete  opened      closed      keep_until
  --  ---------  --------------  ---------  ------  -----  ----------------  --------  ----------  ----------  ----------
   1  DOS-0001   Peeters, An     personnel  an      bert   open                    40  2026-12-02
   2  DOS-0002   Ricoh           supplier                  closed                   0  2026-12-02  2026-12-02  2036-12-02
   3  DOS-0003   Janssens, Piet  personnel                 closed (on hold)        40  2010-01-01  2019-06-30  2024-06-30
   4  DOS-0004   Verhuis 2012    project                   closed                   0  2011-01-01  2012-06-30  2022-06-30
   5  DOS-0005   Maes, Lies      personnel                 closed                   0  2015-01-01  2022-03-31  2027-03-31
  $ officectl dossier purge --expired --yes
  id  reference  title           kind       done                                              rule
  --  ---------  --------------  ---------  ------------------------------------------------  ---------------
   4  DOS-0004   Verhuis 2012    project    archived                                          10y from closed
   3  DOS-0003   Janssens, Piet  personnel  held: Geschil arbeidsrechtbank, rolnummer 26/123  5y from closed
  purged: 0 destroyed, 1 archived, 1 on hold; 0 stored copies removed
  $ officectl dossier show 3 | grep hold
  status:       closed (on hold)
  hold:         Geschil arbeidsrechtbank, rolnummer 26/123
  2026-12-02  legal hold: Geschil arbeidsrechtbank, rolnummer 26/123
  $ officectl dossier release 3
  dossier 3 DOS-0003: hold lifted
  $ officectl dossier purge --expired --yes 2> talk
  id  reference  title           kind       done       rule
  --  ---------  --------------  ---------  ---------  --------------
   3  DOS-0003   Janssens, Piet  personnel  destroyed  5y from closed
  purged: 1 destroyed, 0 archived, 0 on hold; 1 stored copy removed
  $ sed "s#$PWD#CWD#" talk
  outside the store, destroy by hand: CWD/contract.pdf
  $ find data/officectl/files -type f | sed 's/[0-9a-f]\{64\}/HASH/'
  data/officectl/files/dossier/9d/HASH
  $ officectl dossier purge --expired --yes
  nothing to purge
  $ officectl dossier list --status destroyed
  id  reference  title           kind       person  owner  status                complete  opened      closed      keep_until
  --  ---------  --------------  ---------  ------  -----  --------------------  --------  ----------  ----------  ----------
   3  DOS-0003   Janssens, Piet  personnel                 destroyed 2026-12-02            2010-01-01  2019-06-30

What is left of a destroyed dossier: its tombstone. Its documents, notes and their
history are gone; it takes no more notes.

  $ officectl dossier show 3 | sed 's/on [0-9T:-]*Z by/on NOW by/'
  Dossier 3 DOS-0003: Janssens, Piet
  ==================================
  
  reference:    DOS-0003
  title:        Janssens, Piet
  kind:         personnel
  confidential: no
  status:       destroyed 2026-12-02
  opened:       2010-01-01
  closed:       2019-06-30
  retention:    5y from closed
  basis:        sociale documenten: 5 jaar na het einde van de tewerkstelling (KB nr. 5 van 23 oktober 1978, art. 25); daarna niet langer bewaren (AVG art. 5.1.e)
  
  Destroyed
  ---------
  
  Destroyed on NOW by tester under the rule "5y from closed" (sociale documenten: 5 jaar na het einde van de tewerkstelling (KB nr. 5 van 23 oktober 1978, art. 25); daarna niet langer bewaren (AVG art. 5.1.e)): 2 document(s), their notes and history.
  $ officectl -o csv history | grep dossier | cut -d, -f5-8 | grep -v 'dossier.dossier:[1245]'
  purge,dossier.dossier:3,"DOS-0003 Janssens, Piet: destroyed under 5y from closed"
  edit,dossier.dossier:3,DOS-0003,(content purged)
  edit,dossier.dossier:3,DOS-0003,(content purged)
  edit,dossier.dossier:3,DOS-0003,(content purged)
  edit,dossier.dossier:3,DOS-0003,(content purged)
  add,dossier.note:12,(purged),added (content purged)
  add,dossier.document:5,(purged),added (content purged)
  add,dossier.document:4,(purged),added (content purged)
  edit,dossier.dossier:3,DOS-0003,(content purged)
  add,dossier.dossier:3,DOS-0003,added (content purged)
  add,dossier.note:6,(confidential),added
  add,dossier.document:3,dimona,added
  add,dossier.document:2,identiteitskaart,added
  add,dossier.document:1,arbeidsovereenkomst,added
  $ officectl -o json history | grep -c -e Gesprek -e piet.pdf
  0
  [1]
  $ officectl dossier note 3 "te laat"
  officectl: dossier 3 was destroyed on 2026-12-02: it does not change any more
  [65]

The weekly report: incomplete dossiers, and retention actions in the next 30 days.

  $ officectl report weekly | sed -n '/^Dossiers/,/^Tasks/p'
  Dossiers
  --------
  
  3 of 3 open dossiers incomplete.
  
  id  reference  title        kind       complete  missing                                                                                  expired
  --  ---------  -----------  ---------  --------  ---------------------------------------------------------------------------------------  ----------------
   1  DOS-0001   Peeters, An  personnel        40  bankgegevens, ontvangst-arbeidsreglement                                                 identiteitskaart
   2  DOS-0002   Ricoh        supplier          0  offerte, overeenkomst, kbo-uittreksel
   5  DOS-0005   Maes, Lies   personnel         0  arbeidsovereenkomst, dimona, identiteitskaart, bankgegevens, ontvangst-arbeidsreglement
  
  No retention action due in the next 30 days.
  
  Tasks and workload

A contract keeps its papers in a dossier.

  $ officectl -q contract add "Onderhoud kopieertoestellen" --vendor Ricoh --start 2025-01-01 --term 36m --dossier 2
  1
  $ officectl contract show 1 | grep dossier
  dossier:   DOS-0002 Ricoh
  $ officectl contract edit 1 --dossier 99
  officectl: no dossier 99 (see `officectl dossier list`)
  [66]
  $ officectl contract edit 1 --dossier x
  officectl: "x" is no dossier number (see `officectl dossier list`)
  [64]

Kinds in config override the built-in ones or add new ones; a bad value is a config error.

  $ mkdir -p config/officectl
  $ cat > config/officectl/config.toml <<'TOML'
  > [dossier.kind.personnel]
  > retention = "6y"
  > 
  > [dossier.kind.keuring]
  > required = ["attest", "factuur"]
  > retention = "3y"
  > action = "archive"
  > basis = "interne regel"
  > TOML
  $ officectl dossier kinds | cut -c1-60
  kind       required                                         
  ---------  -------------------------------------------------
  insurance  polis, algemene-voorwaarden, bijzondere-voorwaard
  keuring    attest, factuur                                  
  personnel  arbeidsovereenkomst, dimona, identiteitskaart, ba
  project    projectplan, budget, eindverslag                 
  supplier   offerte, overeenkomst, kbo-uittreksel            
  vehicle    inschrijvingsbewijs, gelijkvormigheidsattest, ver
  $ officectl dossier add "Keuring bestelwagen" --kind keuring
  dossier 6 DOS-0006 "Keuring bestelwagen" (keuring): 2 required documents
  $ printf '[dossier.kind.personnel]\naction = "shred"\n' > config/officectl/config.toml
  $ officectl dossier kinds 2>&1 | sed 's#/.*/config/#CONFIG/#'
  officectl: CONFIG/officectl/config.toml:2: dossier.kind.personnel.action: expected "destroy" or "archive"
  $ officectl dossier kinds > /dev/null 2>&1
  [78]
