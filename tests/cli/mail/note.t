Service notes: numbered, distributed, acknowledged and followed up.

  $ . "$TESTDIR/../setup.sh"
  $ printf 'handle,name,role\nan,An Peeters,office manager\nbert,Bert Claes,secretary\nchloe,Chloé Dubois,receptionist\n' > people.csv
  $ officectl -q team member import people.csv
  3
  $ echo "Vanaf 1 januari werkt iedereen twee dagen per week thuis." > nota.txt
  $ officectl mail note add "Nieuwe regeling thuiswerk" --recipients team --author an --ack --effective 2027-01-01 --file nota.txt --body "Vanaf 1 januari werkt iedereen twee dagen per week thuis." --action "Thuiswerkdagen in de planning zetten" --owner bert --due +2w
  registered NOTE-2026-0001 "Nieuwe regeling thuiswerk" for 2 recipients, acknowledgement asked
  $ echo "De printer op de tweede verdieping is defect." | officectl -q mail note add "Printer defect" --recipients bert,chloe,bert --body -
  NOTE-2026-0002
  $ officectl mail note add "Nog een" --recipients nobody
  officectl: --recipients: unknown recipient "nobody" (a handle, or team)
  [66]
  $ officectl mail note add "Nog een" --recipients an --owner bert
  officectl: --owner and --due belong to an --action
  [64]
  $ officectl mail note add "Nog een" --recipients an --effective 2027-02-30
  officectl: --effective: invalid date "2027-02-30": no such day
  [65]
  $ officectl mail note add "Nog een" --recipients an --file missing.pdf
  officectl: cannot read "missing.pdf": no such file
  [66]
  $ officectl mail note list
  number          date        subject                    from  recipients  ack  missing      actions_open  status
  --------------  ----------  -------------------------  ----  ----------  ---  -----------  ------------  ------
  NOTE-2026-0002  2026-12-02  Printer defect                            2  -                            0  done
  NOTE-2026-0001  2026-12-02  Nieuwe regeling thuiswerk  an             2  0/2  bert, chloe             1  open

Acknowledgements: once each, by recipients only; the weekly report names who is missing.

  $ officectl mail note ack NOTE-2026-0001 bert
  bert acknowledged NOTE-2026-0001 on 2026-12-02 (1 still to acknowledge)
  $ officectl mail note ack note-2026-0001 bert
  bert had already acknowledged NOTE-2026-0001
  $ officectl mail note ack NOTE-2026-0001 an
  officectl: an is not a recipient of NOTE-2026-0001
  [65]
  $ officectl mail note ack NOTE-2026-0002 bert
  officectl: NOTE-2026-0002 asks no acknowledgement
  [65]
  $ officectl mail note ack NOTE-2026-0009 bert
  officectl: no service note "NOTE-2026-0009" (see `officectl mail note list`)
  [66]
  $ officectl mail note status NOTE-2026-0001
  NOTE-2026-0001 Nieuwe regeling thuiswerk
  ========================================
  
  Acknowledgements
  ----------------
  
  1 of 2 acknowledged.
  
  recipient  acknowledged  days_waiting
  ---------  ------------  ------------
  bert       2026-12-02
  chloe                               0
  
  Actions
  -------
  
  id  action                                owner  due         done  status
  --  ------------------------------------  -----  ----------  ----  ------
   1  Thuiswerkdagen in de planning zetten  bert   2026-12-16        open
  $ officectl --as-of 2026-12-17 report weekly -o md | sed -n '/## Service notes/,/## Days off/p'
  ## Service notes
  
  ### Acknowledgements missing
  
  | number | subject | issued | missing |
  | --- | --- | --- | --- |
  | NOTE-2026-0001 | Nieuwe regeling thuiswerk | 2026-12-02 | chloe |
  
  ### Actions due or overdue
  
  | number | action | owner | due |
  | --- | --- | --- | --- |
  | NOTE-2026-0001 | Thuiswerkdagen in de planning zetten | bert | 2026-12-16 |
  
  ## Contracts
  
  No notice deadline, term end or obligation in the next 60 days.
  
  ## Budget
  
  No budget for 2026.
  
  ## Dossiers
  
  No open dossiers.
  
  No retention action due in the next 30 days.
  
  ## Tasks and workload
  
  No task is overdue.
  
  Nobody has more work than time this week.
  
  ## Absence
  
  Nobody is out this week or next.
  
  ## Agenda
  
  No appointments this week.
  
  ## Days off

Actions are followed up until done.

  $ officectl -q mail note action add NOTE-2026-0001 "Laptops uitdelen" --owner chloe --due 2027-01-15
  2
  $ officectl mail note action done 1
  action 1 "Thuiswerkdagen in de planning zetten" done on 2026-12-02
  $ officectl mail note action done 99
  officectl: no note action 99 (see `officectl mail note status NOTE`)
  [66]
  $ officectl mail note ack NOTE-2026-0001 chloe --date 2026-12-04
  chloe acknowledged NOTE-2026-0001 on 2026-12-04 (0 still to acknowledge)
  $ officectl mail note list --open
  number          date        subject                    from  recipients  ack  missing  actions_open  status
  --------------  ----------  -------------------------  ----  ----------  ---  -------  ------------  ------
  NOTE-2026-0001  2026-12-02  Nieuwe regeling thuiswerk  an             2  2/2                      1  open

The printed note, in the store's language.

  $ officectl mail note print NOTE-2026-0001 -o md | sed "s|$PWD|.|"
  # Dienstnota NOTE-2026-0001
  
  ## Nieuwe regeling thuiswerk
  
  - **Nummer**: NOTE-2026-0001
  - **Datum**: 2026-12-02
  - **Van**: An Peeters
  - **Aan**: Bert Claes, Chlo\xc3\xa9 Dubois (esc)
  - **Onderwerp**: Nieuwe regeling thuiswerk
  - **Van kracht op**: 2027-01-01
  - **Bijlage**: ./nota.txt (sha256 899018687c30ee3912afefe974d14e2c3c80709e4a53359563189603446cef30)
  
  Vanaf 1 januari werkt iedereen twee dagen per week thuis.
  
  ## Acties
  
  - Thuiswerkdagen in de planning zetten (verantwoordelijke: Bert Claes, tegen 2026-12-16)
  - Laptops uitdelen (verantwoordelijke: Chlo\xc3\xa9 Dubois, tegen 2027-01-15) (esc)
  $ mkdir -p config/officectl && printf '[locale]\nlanguage = "fr"\n[mail]\nnote_prefix = "NS"\n' > config/officectl/config.toml
  $ officectl mail note print NOTE-2026-0002 | head -9
  Note de service NOTE-2026-0002
  ==============================
  
  Printer defect
  --------------
  
  Num\xc3\xa9ro: NOTE-2026-0002 (esc)
  Date:   2026-12-02
  \xc3\x80:      Bert Claes, Chlo\xc3\xa9 Dubois (esc)
  $ officectl -q mail note add "Réunion" --recipients an
  NS-2026-0003
  $ officectl team member rm bert
  officectl: team member bert is still referred to by 1 mail note action (as owner), 2 mail note recipients (as member); use --force to end their membership instead
  [65]
